import type { AccessTokenProvider } from '../graph/client';
import type { Scope } from '../graph/scopes';

/** How the pane got its Graph token: NAA silently, NAA's popup, the Office dialog, the demo. */
export type SignInPath = 'naa-silent' | 'naa-popup' | 'office-dialog' | 'demo';

export interface SignInFacts {
  readonly path: SignInPath;
  /** The scopes the token carries, as Entra ID granted them. */
  readonly scopes: readonly string[];
}

/**
 * Where the taskpane gets Graph tokens: MSAL nested app authentication in Outlook, the
 * emulator's token in the demo. Scopes are asked for when a feature first needs them
 * (incremental consent), so each feature takes a provider for its own scopes.
 */
export interface TokenSource {
  forScopes(scopes: readonly Scope[]): AccessTokenProvider;
  /** How the last token was obtained and the scopes granted, for the self-test; none in the demo. */
  lastSignIn?(): SignInFacts | null;
}
