import { DateTime } from 'luxon';
import type { IsoWeek } from '../core/week';
import { weekContaining } from '../core/week';
import { createEmulatorCertificate } from './certificate';
import { Dispatcher } from './dispatcher';
import { FaultRegistry } from './faults';
import type { FaultSpec, InjectedFault } from './faults';
import type { RouteHandler, RouteOptions } from './http-types';
import { startHttpsServer } from './https-server';
import { requireZone } from './mailbox/graph-time';
import type { MailboxOwner } from './mailbox/mailbox';
import { RequestLog } from './request-log';
import type { RouteHost } from './route-host';
import { Router } from './router';
import type { PathPattern } from './router';
import { registerBatchRoutes } from './routes/batch';
import { registerCalendarViewRoutes } from './routes/calendar-view';
import { registerDriveRoutes } from './routes/drive';
import { registerEventRoutes } from './routes/events';
import { registerExcelRoutes } from './routes/excel-workbook';
import type { ExcelRoutesOptions } from './routes/excel-workbook';
import { registerMailboxSettingsRoutes } from './routes/mailbox-settings';
import { registerMasterCategoryRoutes } from './routes/master-categories';
import { registerMeRoutes } from './routes/me';
import { registerSharingRoutes } from './routes/sharing';
import { registerSharesRoutes } from './routes/shares';
import { registerUploadSessionRoutes } from './routes/upload-session';
import { seedDemo } from './seeds/demo';
import { seedTeam, TEAM_FAULT_PATHS } from './seeds/team';
import type { Drive } from './drive/drive';
import type { Mailbox } from './mailbox/mailbox';
import { Sleeper } from './sleeper';
import type { EmulatorUser } from './users';
import { randomToken, UserDirectory } from './users';

export type { Drive, DriveItem } from './drive/drive';
export type {
  DropFault,
  FaultSpec,
  HangFault,
  InjectedFault,
  LatencyFault,
  RandomFault,
  StallFault,
  StatusFault,
} from './faults';
export type { EmulatorRequest, EmulatorResponse, RouteHandler, RouteOptions } from './http-types';
export type { Json, JsonObject } from './json';
export type { EventInput, PatternedRecurrence } from './mailbox/event-types';
export type { Mailbox, MailboxOwner, OutlookCategory } from './mailbox/mailbox';
export type { LoggedRequest, RequestLog } from './request-log';
export type { RouteHost } from './route-host';
export type { EmulatorUser, UserDirectory } from './users';
export type { PathPattern } from './router';
export { emptyResponse, graphError, jsonResponse } from './responses';

export interface GraphEmulatorOptions {
  /** 0 (any free port) by default. */
  port?: number;
  /**
   * `empty` (default): no events, Outlook's default categories; `demo`: a marketing manager's
   * week; `team`: the manager (the first user, empty mailbox) and `members` other users.
   */
  seed?: 'demo' | 'empty' | 'team';
  /** With the `team` seed: how many members besides the manager (default 5). */
  members?: number;
  /**
   * The share (0 to 1) of drive, sharing and Excel requests that meet a random fault
   * ({@link RandomFault}); 0 by default.
   */
  faultRate?: number;
  /** How the Excel REST API behaves (slow session creation, edit-lock conflicts). */
  excel?: ExcelRoutesOptions;
  /** The week the demo seed fills; default the current week in the mailbox's zone. */
  week?: IsoWeek;
  /** The bearer token to accept; a random one by default. */
  token?: string;
  /** Mailbox zone, IANA or Windows name; `Romance Standard Time` (Paris) by default. */
  timeZone?: string;
}

export interface FaultInjector {
  add(spec: FaultSpec): InjectedFault;
  clear(): void;
  list(): readonly InjectedFault[];
}

export interface GraphEmulator {
  /** `https://127.0.0.1:PORT`, no trailing slash; Graph paths are under `/v1.0`. */
  url: string;
  /** The other origin of pre-authenticated download and upload URLs (SharePoint's, in Microsoft 365). */
  contentUrl: string;
  /** The CA certificate, as a file for `NODE_EXTRA_CA_CERTS` and as PEM text. */
  caFile: string;
  caPem: string;
  /** The first user's token: requests must carry `Authorization: Bearer <token>` of some user. */
  token: string;
  /** The first user's mailbox and drive. */
  mailbox: Mailbox;
  drive: Drive;
  /** Every user, the first one first; with the `team` seed, the manager then the members. */
  users: UserDirectory;
  /** Adds a user with their own token (random unless given), mailbox and drive. */
  addUser(owner: MailboxOwner, token?: string): EmulatorUser;
  faults: FaultInjector;
  requests: RequestLog;
  /** Adds a route; one added later wins over an earlier one matching the same request. */
  addRoute(
    method: string,
    pattern: PathPattern,
    handler: RouteHandler,
    options?: RouteOptions,
  ): void;
  close(): Promise<void>;
}

export const DEMO_OWNER: MailboxOwner = {
  id: '4f1c2a9e-7b3d-4e8a-9c61-2d5f8b0e3a71',
  displayName: 'Camille Martin',
  mail: 'camille.martin@contoso.fr',
};

/** Starts a Microsoft Graph v1.0 stand-in over HTTPS on 127.0.0.1. */
export async function startGraphEmulator(
  options: GraphEmulatorOptions = {},
): Promise<GraphEmulator> {
  const timeZone = options.timeZone ?? 'Romance Standard Time';
  const users = new UserDirectory(
    UserDirectory.userFor(DEMO_OWNER, options.token ?? randomToken(), timeZone),
  );
  const { mailbox, drive, token } = users.primary;
  if (options.seed === 'team') seedTeam(users, options.members ?? 5, timeZone);
  if (options.seed === 'demo') {
    const week = options.week ?? weekContaining(DateTime.now(), requireZone(mailbox.timeZone));
    seedDemo(mailbox, week);
  }

  const router = new Router();
  const faults = new FaultRegistry();
  const requests = new RequestLog();
  const sleeper = new Sleeper();
  if ((options.faultRate ?? 0) > 0)
    faults.add({ path: TEAM_FAULT_PATHS, rate: options.faultRate! });
  const dispatcher = new Dispatcher(router, faults, requests, sleeper, users);
  const host: RouteHost = {
    addRoute: (method, pattern, handler, routeOptions) =>
      router.add(method, pattern, handler, routeOptions),
    // The caller's own: `/me/…` is whoever the token belongs to.
    get mailbox() {
      return users.current().mailbox;
    },
    get drive() {
      return users.current().drive;
    },
    users,
  };
  registerMeRoutes(host);
  registerMailboxSettingsRoutes(host);
  registerMasterCategoryRoutes(host);
  registerCalendarViewRoutes(host);
  registerEventRoutes(host);
  registerDriveRoutes(host);
  registerUploadSessionRoutes(host);
  registerSharesRoutes(host);
  registerSharingRoutes(host);
  registerExcelRoutes(host, options.excel);
  registerBatchRoutes(host, dispatcher);

  const certificate = await createEmulatorCertificate();
  let server;
  try {
    server = await startHttpsServer(
      dispatcher,
      { key: certificate.serverKey, cert: certificate.serverCert },
      options.port ?? 0,
    );
  } catch (error) {
    await certificate.dispose();
    throw error;
  }
  const running = server;
  return {
    url: running.baseUrl,
    contentUrl: running.contentBaseUrl,
    caFile: certificate.caFile,
    caPem: certificate.caPem,
    token,
    mailbox,
    drive,
    faults: {
      add: (spec) => faults.add(spec),
      clear: () => faults.clear(),
      list: () => faults.list(),
    },
    requests,
    users,
    addUser: (owner, userToken) =>
      users.add(UserDirectory.userFor(owner, userToken ?? randomToken(), timeZone)),
    addRoute: host.addRoute,
    close: async () => {
      sleeper.wakeAll();
      await running.close();
      await certificate.dispose();
    },
  };
}
