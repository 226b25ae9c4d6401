import type { TokenSource } from '../auth/token-source';
import type { GraphClient } from '../graph/client';
import type { Scope } from '../graph/scopes';

/** What a use-case needs to reach Graph: tokens per scope and the service root. */
export interface GraphAccess {
  readonly tokens: TokenSource;
  readonly graphBaseUrl: string;
  /** True when the device has no network: requests then fail at once rather than retry. */
  readonly offline?: () => boolean;
}

/**
 * A Graph client for one feature's scopes. The SDK is loaded on first use, so opening the
 * pane on a meeting does not download it.
 */
export async function connectGraph(
  access: GraphAccess,
  scopes: readonly Scope[],
): Promise<GraphClient> {
  const { createGraphClient } = await import('../graph/client');
  return createGraphClient({
    baseUrl: access.graphBaseUrl,
    tokenProvider: access.tokens.forScopes(scopes),
    retry: access.offline === undefined ? undefined : { offline: access.offline },
  });
}
