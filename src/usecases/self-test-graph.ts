import { DateTime } from 'luxon';
import type { TokenSource } from '../auth/token-source';
import { loadUserSettings } from './user-settings';
import { readCalendarRange } from '../graph/calendar-view';
import { GraphDriveStore } from '../graph/graph-drive-store';
import { itemPath } from '../graph/drive';
import { callGraph } from '../graph/graph-call';
import { OPERATIONS } from '../graph/operations';
import { readAllPages } from '../graph/pages';
import { SCOPES } from '../graph/scopes';
import type { SettingsStore } from '../storage/settings-store';
import { connectGraph } from './graph-connection';
import type { HostFacts, SelfTestPorts, SignInFacts } from './self-test';
import { readTeamLink } from './team-settings';
import { readCatalog } from './user-catalog';

export interface SelfTestDeps {
  readonly tokens: TokenSource;
  readonly graphBaseUrl: string;
  readonly settings: SettingsStore;
  readonly host: () => Promise<HostFacts>;
}

/**
 * The self-test's probes on Graph and the settings. Each returns counts, states and the
 * workbook path only: the events read today are counted, never shown.
 */
export function selfTestPorts(deps: SelfTestDeps): SelfTestPorts {
  const graph = (scopes: Parameters<TokenSource['forScopes']>[0]) => connectGraph(deps, scopes);
  const settings = () => loadUserSettings(deps.settings).then((loaded) => loaded.settings);
  const findWorkbook = async () => {
    const { workbookPath } = await settings();
    const store = new GraphDriveStore(await graph([SCOPES.ownWorkbook]));
    return { path: workbookPath, store, file: await store.findByPath(workbookPath) };
  };
  return {
    host: deps.host,
    signIn: async (): Promise<SignInFacts> => {
      const scopes = [SCOPES.readCalendar];
      await deps.tokens.forScopes(scopes).getAccessToken();
      return deps.tokens.lastSignIn?.() ?? { path: 'demo', scopes };
    },
    todayEventCount: async () => {
      const start = DateTime.now().startOf('day');
      const events = await readCalendarRange(
        await graph([SCOPES.readCalendar]),
        start,
        start.plus({ days: 1 }),
      );
      return events.length;
    },
    masterCategories: async () => {
      const catalog = await readCatalog(deps.settings);
      const client = await graph([SCOPES.readMailboxSettings]);
      const master = (await readAllPages(client, OPERATIONS.readCategories, {
        path: '/me/outlook/masterCategories',
      })) as { displayName?: string }[];
      const names = new Set(master.map((c) => (c.displayName ?? '').trim().toLowerCase()));
      const present = catalog.filter((task) => names.has(task.category.trim().toLowerCase()));
      return { present: present.length, total: catalog.length };
    },
    workbook: async () => {
      const { path, store, file } = await findWorkbook();
      const folderPath = path.slice(0, path.lastIndexOf('/')) || '/';
      const folder =
        file !== null || folderPath === '/' || (await store.findByPath(folderPath)) !== null;
      return { path, folder, file: file !== null };
    },
    excelSession: async () => {
      const { file } = await findWorkbook();
      if (file === null) return 'no-file';
      const client = await graph([SCOPES.ownWorkbook]);
      const base = `${itemPath(file)}/workbook`;
      try {
        // A session that keeps nothing (persistChanges false), closed at once: a dry check.
        const session = (await callGraph(
          client,
          OPERATIONS.readOwnFile,
          `POST ${base}/createSession`,
          () => client.api.api(`${base}/createSession`).post({ persistChanges: false }),
        )) as { id?: string };
        if (typeof session.id === 'string') {
          await client.api
            .api(`${base}/closeSession`)
            .header('workbook-session-id', session.id)
            .post({})
            .catch(() => undefined);
        }
        return 'available';
      } catch {
        return 'unavailable';
      }
    },
    teamLink: async () => {
      const link = await readTeamLink(deps.settings);
      if (link === null) return 'none';
      const store = new GraphDriveStore(await graph([SCOPES.sharedWorkbook]));
      await store.resolveSharingLink(link);
      return 'reachable';
    },
  };
}
