import type { AccessTokenProvider } from '../graph/client';
import type { Scope } from '../graph/scopes';

/**
 * Where the taskpane gets Graph tokens: MSAL nested app authentication in Outlook, the
 * emulator's token in the demo. Scopes are asked for when a feature first needs them
 * (incremental consent), so each feature takes a provider for its own scopes.
 */
export interface TokenSource {
  forScopes(scopes: readonly Scope[]): AccessTokenProvider;
}
