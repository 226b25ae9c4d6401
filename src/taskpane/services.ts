import type { TokenSource } from '../auth/token-source';
import type { Language } from '../core/errors';
import type { CurrentMeetingPort } from '../office/current-meeting';
import type { LearnedHistoryCache } from '../storage/learned-history-cache';
import type { SettingsStore } from '../storage/settings-store';
import type { TeamOutbox } from '../storage/team-outbox';
import type { HostFacts } from '../usecases/self-test';

/** What the host tells the pane about the user's display. */
export interface DisplayPreferences {
  /** The host's language: the pane's, unless the user chose another in Settings. */
  readonly language: Language;
  readonly theme: 'light' | 'dark';
}

/**
 * Everything the taskpane's views and use-cases reach the outside world through. Outlook
 * builds it from Office.js and MSAL (`outlook-services.ts`); the demo builds it from in-page
 * stand-ins and the Graph emulator (`demo/`). Views never see Office.js, MSAL or Graph.
 */
export interface TaskpaneServices {
  readonly display: DisplayPreferences;
  readonly meeting: CurrentMeetingPort;
  readonly tokens: TokenSource;
  readonly settings: SettingsStore;
  /** The team pushes not sent yet, kept on this device. */
  readonly teamOutbox: TeamOutbox;
  /** What the suggestions learned from the last weeks' calendar, kept on this device. */
  readonly learnedHistory: LearnedHistoryCache;
  /** Graph service root without the version, e.g. `https://graph.microsoft.com`. */
  readonly graphBaseUrl: string;
  /** True when the device has no network (the browser's own flag): said at once, not retried. */
  offline(): boolean;
  /** Opens a link (the workbook in Excel) outside the pane. */
  openExternal(url: string): void;
  /** What the host says about itself, for the self-test (Settings → Diagnostics). */
  host(): Promise<HostFacts>;
}
