/// <reference types="office-js" />
import type { AuthConfig } from '../auth/msal/auth-config';
import { parseAuthConfig } from '../auth/msal/auth-config';
import { officeDialogSignIn } from '../auth/msal/dialog-sign-in';
import type { MsalModule } from '../auth/msal/outlook-token-source';
import { OutlookTokenSource } from '../auth/msal/outlook-token-source';
import type { TokenSource } from '../auth/token-source';
import { languageOfLocale } from '../core/language-choice';
import type { GraphClient } from '../graph/client';
import type { Scope } from '../graph/scopes';
import { SCOPES } from '../graph/scopes';
import { OutlookMeeting } from '../office/outlook/outlook-meeting';
import { requireOutlook } from '../office/outlook/require-outlook';
import { IndexedDbTeamOutbox } from '../storage/indexeddb-team-outbox';
import type { LearnedHistoryCache } from '../storage/learned-history-cache';
import { RoamingSettingsStore } from '../office/outlook/roaming-settings-store';
import { readCatalog } from '../usecases/user-catalog';
import type { DisplayPreferences, TaskpaneServices } from './services';

/** Graph's service root (as `GRAPH_BASE_URL`, which lives beside the SDK this file must not load). */
const GRAPH = 'https://graph.microsoft.com';

/** The pane's language and theme as Outlook shows them. */
export function displayPreferences(context: {
  displayLanguage: string;
  officeTheme?: { bodyBackgroundColor?: string } | null;
}): DisplayPreferences {
  const language = languageOfLocale(context.displayLanguage);
  // Outlook has no isDarkTheme (officeTheme itself needs Mailbox 1.14): judge the background.
  const background = /^#?([0-9a-f]{6})$/i.exec(context.officeTheme?.bodyBackgroundColor ?? '');
  if (background === null) return { language, theme: 'light' };
  const value = parseInt(background[1], 16);
  const luminance =
    0.2126 * ((value >> 16) & 255) + 0.7152 * ((value >> 8) & 255) + 0.0722 * (value & 255);
  return { language, theme: luminance < 128 ? 'dark' : 'light' };
}

async function loadMsal(): Promise<MsalModule> {
  const msal = await import('@azure/msal-browser');
  return {
    createNestablePublicClientApplication: (configuration) =>
      msal.createNestablePublicClientApplication(configuration),
    InteractionRequiredAuthError: msal.InteractionRequiredAuthError,
  };
}

async function fetchAuthConfig(): Promise<AuthConfig | null> {
  const response = await fetch(new URL('auth-config.json', location.href).href);
  return parseAuthConfig(await response.json());
}

/**
 * The names of the mailbox open in Outlook, to sign in its account and no other: its address
 * (the loginHint of Microsoft's Outlook NAA sample), and the user principal name from
 * `Office.auth.getAuthContext` where Outlook has it, since an address may differ from the name
 * the account signs in with.
 */
async function mailboxAccounts(): Promise<string[]> {
  const names = [Office.context.mailbox.userProfile?.emailAddress ?? ''];
  if (Office.context.requirements.isSetSupported('NestedAppAuth', '1.1')) {
    try {
      const context = await Office.auth.getAuthContext();
      names.push(context.userPrincipalName ?? '');
    } catch {
      // Not every Outlook gives the context: the address alone is checked.
    }
  }
  return names.filter((name) => name !== '');
}

/** Graph clients by scope set, made on first use: the SDK is loaded only then. */
function graphFactory(tokens: TokenSource): (scopes: readonly Scope[]) => Promise<GraphClient> {
  const clients = new Map<string, Promise<GraphClient>>();
  return (scopes) => {
    const key = [...scopes].sort().join(' ');
    let client = clients.get(key);
    if (client === undefined) {
      client = import('../graph/client').then(({ createGraphClient }) =>
        createGraphClient({ tokenProvider: tokens.forScopes(scopes), baseUrl: GRAPH }),
      );
      clients.set(key, client);
    }
    return client;
  };
}

/**
 * The taskpane's services inside Outlook: Office.js for the open meeting and the settings,
 * MSAL (nested app authentication, or the Office dialog) for Graph tokens. MSAL and the Graph
 * SDK are imported only when a token or a Graph call is first needed. `early` holds what the
 * page started before Outlook was ready.
 */
export async function createOutlookServices(early: {
  learnedHistory: LearnedHistoryCache;
}): Promise<TaskpaneServices> {
  await Office.onReady();
  // A browser tab or Word: say so in words rather than fail on `mailbox` below.
  requireOutlook(navigator.language);
  const settings = new RoamingSettingsStore(Office.context.roamingSettings);
  const tokens = new OutlookTokenSource({
    config: fetchAuthConfig,
    loadMsal,
    nestedAppAuthSupported: () =>
      Office.context.requirements.isSetSupported('NestedAppAuth', '1.1'),
    dialog: officeDialogSignIn(new URL('auth-dialog.html', location.href).href),
    now: () => Date.now(),
    mailboxAccounts,
  });
  const graph = graphFactory(tokens);
  let categoriesReady: Promise<void> | null = null;
  const meeting = new OutlookMeeting({
    loadCatalog: () => readCatalog(settings),
    taggingGraph: () => graph([SCOPES.tagEvents]),
    ensureCategories: (catalog) => {
      categoriesReady ??= (async () => {
        const { ensureCatalogCategories } = await import('../graph/categories');
        const setup = await ensureCatalogCategories(await graph([SCOPES.writeCategories]), catalog);
        if (setup.failed.length > 0) throw setup.failed[0].error;
      })();
      // A failure is tried again on the next tag.
      categoriesReady.catch(() => {
        categoriesReady = null;
      });
      return categoriesReady;
    },
    setEventTask: async (...args) => (await import('../graph/event-tags')).setEventTask(...args),
    setQuadrantOverride: async (...args) =>
      (await import('../graph/custom-properties')).setQuadrantOverride(...args),
  });
  return {
    display: displayPreferences(Office.context),
    meeting,
    tokens,
    settings,
    teamOutbox: new IndexedDbTeamOutbox(),
    learnedHistory: early.learnedHistory,
    graphBaseUrl: GRAPH,
    // The webview's flag: false means no network for sure; true only that there may be one.
    offline: () => !navigator.onLine,
    host: async () => (await import('../office/outlook/host-facts')).outlookHostFacts(),
    openExternal: (url) => {
      if (Office.context.requirements.isSetSupported('OpenBrowserWindowApi', '1.1')) {
        Office.context.ui.openBrowserWindow(url);
      } else {
        window.open(url, '_blank', 'noopener');
      }
    },
  };
}
