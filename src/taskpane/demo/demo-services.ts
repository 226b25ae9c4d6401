import { ROAMING_KEYS } from '../../core/addin';
import type { Language } from '../../core/errors';
import { DEMO_CATALOG } from '../../demo/ai-dates';
import { languageOfLocale } from '../../core/language-choice';
import { readCatalog } from '../../usecases/user-catalog';
import { IndexedDbTeamOutbox } from '../../storage/indexeddb-team-outbox';
import { IndexedDbLearnedHistoryCache } from '../../storage/learned-history-cache';
import type { TaskpaneServices } from '../services';
import { DemoMailbox } from './demo-mailbox';
import { DEMO_PATHS } from './demo-paths';
import { LocalSettingsStore } from './local-settings-store';
import { meetingFromJson, type MeetingJson } from './meeting-json';
import { routeToSameOrigin } from './same-origin-graph';

/** What the demo server tells the page (`/demo/config.json`). */
export interface DemoConfig {
  /** The emulator's Graph root and its download/upload origin, both https. */
  readonly graphUrl: string;
  readonly contentUrl: string;
  /** The emulator's bearer token: the demo signs in with nothing else. */
  readonly token: string;
  readonly userMail: string;
  /**
   * The demo week's meetings as Office.js would describe them: Outlook hands the pane its
   * item without a network request, so the stand-in gets them with the page.
   */
  readonly meetings: readonly MeetingJson[];
}

/** What the demo server says, the week's meetings as they are in the mailbox now included. */
export async function fetchDemoConfig(): Promise<DemoConfig> {
  const response = await fetch(DEMO_PATHS.config, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${DEMO_PATHS.config}: HTTP ${response.status}`);
  return (await response.json()) as DemoConfig;
}

/** The browser's language, or `?lang=` (fr or en). */
function demoLanguage(params: URLSearchParams): Language {
  const asked = params.get('lang') ?? navigator.language;
  return languageOfLocale(asked);
}

function demoTheme(params: URLSearchParams): 'light' | 'dark' {
  const asked = params.get('theme');
  if (asked === 'light' || asked === 'dark') return asked;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** What the demo keeps in the browser: settings in localStorage, the learned history in IndexedDB. */
export interface DemoStores {
  readonly settings: LocalSettingsStore;
  readonly learnedHistory: IndexedDbLearnedHistoryCache;
}

export function demoStores(): DemoStores {
  return {
    // Until the user saves a catalog, the demo's: the README's AI dates on MAIL and ADM.
    settings: new LocalSettingsStore(localStorage, 'centaure.demo.', {
      [ROAMING_KEYS.settings]: { catalog: DEMO_CATALOG },
      // The demo's visitor is a new user: greeted once by the first-run card, whose "go" marks it
      // done (the demo's catalog above would otherwise read as settings the visitor saved).
      [ROAMING_KEYS.firstRun]: 'due',
    }),
    learnedHistory: new IndexedDbLearnedHistoryCache(),
  };
}

/** The pane's services in a plain browser: in-page stand-ins and the Graph emulator. */
export function createDemoServices(
  config: DemoConfig,
  location: Location,
  { settings, learnedHistory }: DemoStores,
): TaskpaneServices & { mailbox: DemoMailbox } {
  routeToSameOrigin(
    {
      [config.graphUrl]: `${location.origin}${DEMO_PATHS.graphProxy}`,
      [config.contentUrl]: `${location.origin}${DEMO_PATHS.contentProxy}`,
    },
    () => mailbox.markStale(),
  );
  const params = new URLSearchParams(location.search);
  const tokens = { forScopes: () => ({ getAccessToken: async () => config.token }) };
  const access = { tokens, graphBaseUrl: config.graphUrl };
  const mailbox = new DemoMailbox(
    access,
    () => readCatalog(settings),
    config.userMail,
    async () => (await fetchDemoConfig()).meetings.map(meetingFromJson),
  );
  return {
    display: { language: demoLanguage(params), theme: demoTheme(params) },
    meeting: mailbox,
    mailbox,
    tokens,
    settings,
    teamOutbox: new IndexedDbTeamOutbox(),
    learnedHistory,
    graphBaseUrl: config.graphUrl,
    offline: () => !navigator.onLine,
    // The demo stands in for Outlook on the web: its meetings' categories read as lists.
    host: async () => ({
      client: 'demo',
      version: 'emulator',
      mailbox: '1.14',
      nestedAppAuth: false,
      dialogApi: false,
      categories: 'array',
      // No Outlook answers here: nothing to time.
      itemReads: null,
    }),
    // Excel Online is not there: the workbook in the emulator's OneDrive is downloaded instead.
    openExternal: (url) => {
      const link = document.createElement('a');
      link.href = `${DEMO_PATHS.download}?url=${encodeURIComponent(url)}`;
      link.download = '';
      link.click();
    },
  };
}
