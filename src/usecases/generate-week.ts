import type { Language, LocalizedMessage } from '../core/errors';
import { CentaureError } from '../core/errors';
import { summarizeWeek } from '../core/summarize';
import type { IsoWeek } from '../core/week';
import { formatIsoWeek, parseIsoWeek } from '../core/week';
import type { WeekSummary } from '../core/week-summary';
import { weekInWords, type WeekPlace } from '../core/week-words';
import type { RetryPolicy } from '../graph/retry-policy';
import { SCOPES, TEAM_MEMBER_SCOPES } from '../graph/scopes';
import type { SettingsStore } from '../storage/settings-store';
import type { PendingTeamPush, TeamOutbox } from '../storage/team-outbox';
import type { GraphAccess } from './graph-connection';
import { connectGraph } from './graph-connection';
import { messageOf } from './error-message';
import type { TeamPushOutcome } from './team-push';
import type { UserSettings } from '../core/user-settings';
import { readUserSettings } from './user-catalog';

/** The settings key of the weeks that could not be written yet: kept until written. */
export const PENDING_WEEKS_SETTING = 'generate.pendingWeeks';

/**
 * What the user reads when the device has no network, before the run or during it: no
 * address and no service name, and what happens to the week.
 */
export const NO_CONNECTION: LocalizedMessage = {
  fr: 'Pas de connexion : la semaine sera écrite au prochain essai.',
  en: 'No connection: the week will be written at the next try.',
};

/** The device is offline: nothing is asked of the network. */
class NoConnectionError extends CentaureError {
  constructor() {
    super('no-connection', NO_CONNECTION);
    this.name = 'NoConnectionError';
  }
}

/**
 * No network at all: the device says so, or a request got no answer while it does. (A
 * browser gives the same failure for a server that is down; the week is kept either way.)
 */
function isNoConnection(deps: GenerateDeps, error: unknown): boolean {
  if (error instanceof NoConnectionError || deps.offline?.() === true) return true;
  return error instanceof CentaureError && error.code === 'graph-offline' && !isCertificate(error);
}

function isCertificate(error: CentaureError): boolean {
  return (error as { reason?: unknown }).reason === 'untrusted-certificate';
}

/** `team` runs only for a member of a team. */
export type GenerateStep = 'read' | 'count' | 'write' | 'team';

export interface GenerateDeps extends GraphAccess {
  readonly settings: SettingsStore;
  /** The team pushes not sent yet. */
  readonly outbox: TeamOutbox;
  /** The retry budget of one team push (waits are the Graph client's). */
  readonly teamRetry?: Partial<RetryPolicy>;
}

export interface GenerateRequest {
  readonly week: IsoWeek;
  readonly language: Language;
  readonly now: Date;
  /** Called as each step starts. */
  readonly onStep: (step: GenerateStep) => void;
}

/** How writing the personal workbook ended, in words a user acts on. */
export type PersonalResult =
  | {
      kind: 'created' | 'updated' | 'updatedInOpenWorkbook';
      week: string;
      fileName: string;
      webUrl: string | null;
      /** The copy kept of a workbook Centaure had not made, or whose Catalog sheet was edited. */
      backupName: string | null;
      /** Catalog cells edited by hand that the run replaced (the copy keeps them), one line each. */
      catalogEdits: readonly string[];
    }
  /** Nothing was written; the week is kept to try again. */
  | {
      kind: 'retryLater' | 'failed';
      week: string;
      message: LocalizedMessage;
      /** Failed for want of a network: the message says the week waits for the next try. */
      offline?: boolean;
    };

/** How the team step ended; it never undoes or hides the personal result. */
export type TeamStepOutcome =
  | { kind: 'notInTeam' }
  /** The week could not be read: only the pushes already pending were sent. */
  | { kind: 'skipped' }
  | TeamPushOutcome
  /** Refused (revoked link, table removed, …) or failed: the push waits in the outbox. */
  | { kind: 'failed'; code: string; message: LocalizedMessage };

export interface GenerateOutcome {
  personal: PersonalResult;
  team: TeamStepOutcome;
  /** Team pushes still waiting, for the view to say. */
  pending: PendingTeamPush[];
}

/** Weeks kept for a retry, oldest first. */
export async function pendingWeeks(settings: SettingsStore): Promise<string[]> {
  const stored = await settings.read(PENDING_WEEKS_SETTING);
  if (!Array.isArray(stored)) return [];
  return stored.filter((week): week is string => {
    if (typeof week !== 'string') return false;
    try {
      parseIsoWeek(week);
      return true;
    } catch {
      return false;
    }
  });
}

async function keepPending(settings: SettingsStore, week: string, pending: boolean): Promise<void> {
  const weeks = (await pendingWeeks(settings)).filter((w) => w !== week);
  await settings.write(PENDING_WEEKS_SETTING, pending ? [...weeks, week].sort() : weeks);
}

/**
 * Reads, counts and writes the week to the tracking workbook; the summary when it was
 * counted, and the user's settings when they could be read.
 */
async function writePersonal(
  deps: GenerateDeps,
  request: GenerateRequest,
): Promise<{
  personal: PersonalResult;
  summary: WeekSummary | null;
  settings: UserSettings | null;
}> {
  const week = formatIsoWeek(request.week);
  let summary: WeekSummary | null = null;
  let settings: UserSettings | null = null;
  try {
    settings = await readUserSettings(deps.settings);
    request.onStep('read');
    // Said at once: no request is sent, so none waits out its retries.
    if (deps.offline?.() === true) throw new NoConnectionError();
    const [graph, { readWeek }] = await Promise.all([
      connectGraph(deps, [SCOPES.readCalendar, SCOPES.readMailboxSettings, SCOPES.ownWorkbook]),
      import('../graph/calendar-view'),
    ]);
    const read = await readWeek(graph, { week: request.week });
    request.onStep('count');
    summary = summarizeWeek(read.events, {
      week: request.week,
      timeZone: read.timeZone,
      catalog: settings.catalog,
      allDayHours: settings.counting.allDayHours,
      exclusions: settings.counting.exclusions,
    });
    request.onStep('write');
    const [{ GraphDriveStore }, { GraphExcelSession }, { saveWeekToOneDrive }] = await Promise.all([
      import('../graph/graph-drive-store'),
      import('./graph-excel-session'),
      import('./save-week-to-onedrive'),
    ]);
    const outcome = await saveWeekToOneDrive(
      {
        drive: new GraphDriveStore(graph),
        openExcelSession: (file) => GraphExcelSession.open(graph, file),
      },
      summary,
      { language: request.language, now: request.now, path: settings.workbookPath },
    );
    if (outcome.kind === 'retryLater') {
      await keepPending(deps.settings, week, true);
      return {
        personal: { kind: 'retryLater', week, message: outcome.message },
        summary,
        settings,
      };
    }
    await keepPending(deps.settings, week, false);
    const personal: PersonalResult = {
      kind: outcome.kind,
      week,
      fileName: outcome.file.name,
      webUrl: outcome.file.webUrl,
      backupName: outcome.kind === 'created' ? null : (outcome.backup?.name ?? null),
      catalogEdits: outcome.kind === 'created' ? [] : outcome.catalogEdits,
    };
    return { personal, summary, settings };
  } catch (error) {
    await keepPending(deps.settings, week, true);
    const personal: PersonalResult = isNoConnection(deps, error)
      ? { kind: 'failed', week, message: NO_CONNECTION, offline: true }
      : { kind: 'failed', week, message: messageOf(error) };
    return { personal, summary, settings };
  }
}

/** Sends the pushes still pending, then (unless `week` is null) this week's totals to the team workbook. */
async function pushToTeam(
  deps: GenerateDeps,
  now: Date,
  week: { link: string; summary: WeekSummary; language: Language } | null,
): Promise<TeamStepOutcome> {
  try {
    const [graph, { flushTeamOutbox, pushWeekToTeam }] = await Promise.all([
      connectGraph(deps, TEAM_MEMBER_SCOPES),
      import('./team-push'),
    ]);
    // The pane says weeks in words ("semaine 47"), the year only for another year than this one's.
    const reference = week === null ? null : week.summary.window.week;
    const team = {
      graph,
      outbox: deps.outbox,
      now: () => now,
      retry: deps.teamRetry,
      ...(reference === null
        ? {}
        : {
            sayWeek: (said: string, language: Language, place: WeekPlace) =>
              weekInWords(said, language, reference, place),
          }),
    };
    if (week === null) {
      // The member is asked with the links, in one round trip, as the command line does.
      await flushTeamOutbox(team);
      return { kind: 'skipped' };
    }
    // The week goes into the outbox first (superseding a pending push of it), before even the
    // member is asked for (offline, it waits there), then all go at once.
    return await pushWeekToTeam(team, week.summary, {
      link: week.link,
      language: week.language,
    });
  } catch (error) {
    const code = error instanceof CentaureError ? error.code : 'unexpected';
    return { kind: 'failed', code, message: messageOf(error) };
  }
}

/**
 * At the pane's open: sends the team pushes still pending and returns those that still are.
 * With none pending it asks for no token and makes no request.
 */
export async function sendPendingTeamPushes(
  deps: GenerateDeps,
  now: Date,
): Promise<PendingTeamPush[]> {
  if ((await deps.outbox.list()).length === 0) return [];
  await pushToTeam(deps, now, null);
  return deps.outbox.list();
}

/**
 * Generate, the end-of-week job: reads the week from Graph, counts it as `centaure summarize`
 * does and writes it to the tracking workbook in OneDrive with `saveWeekToOneDrive`, whatever
 * happens next; a week not written stays in the pending list until a later run writes it.
 * Then, for a member of a team (a link in the settings), the pushes still pending and this
 * week's totals go to the team workbook; a push that cannot land waits in the outbox.
 */
export async function generateWeek(
  deps: GenerateDeps,
  request: GenerateRequest,
): Promise<GenerateOutcome> {
  const { personal, summary, settings } = await writePersonal(deps, request);
  // Settings that cannot be read say so in the personal result; no team is known then.
  const link = settings?.teamWorkbookUrl ?? null;
  if (link === null) return { personal, team: { kind: 'notInTeam' }, pending: [] };
  // Offline, the team's pushes wait in the outbox for the next run; nothing to try now.
  if (personal.kind === 'failed' && personal.offline === true) {
    return { personal, team: { kind: 'skipped' }, pending: await deps.outbox.list() };
  }
  request.onStep('team');
  const team = await pushToTeam(
    deps,
    request.now,
    summary === null ? null : { link, summary, language: request.language },
  );
  return { personal, team, pending: await deps.outbox.list() };
}
