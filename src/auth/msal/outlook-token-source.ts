import type { AccessTokenProvider } from '../../graph/client';
import type { Scope } from '../../graph/scopes';
import type { TokenSource } from '../token-source';
import type { AuthConfig } from './auth-config';
import type { InteractiveSignIn, TimedToken } from './dialog-sign-in';
import { SignInError, diagnosticOf, signInFailureOf } from './sign-in-errors';

/** The part of an MSAL public client application Centaure uses (NAA supports both calls). */
export interface NestedClient {
  acquireTokenSilent(request: { scopes: string[] }): Promise<{
    accessToken: string;
    expiresOn: Date | null;
  }>;
  acquireTokenPopup(request: { scopes: string[] }): Promise<{
    accessToken: string;
    expiresOn: Date | null;
  }>;
}

/** The part of `@azure/msal-browser` Centaure uses, loaded only when a token is first needed. */
export interface MsalModule {
  createNestablePublicClientApplication(configuration: {
    auth: { clientId: string; authority: string };
    cache: { cacheLocation: 'memoryStorage' };
  }): Promise<NestedClient>;
  InteractionRequiredAuthError: abstract new (...args: never[]) => Error;
}

export interface OutlookTokenSourceOptions {
  /** The app registration, or null when the build has none. */
  config(): Promise<AuthConfig | null>;
  loadMsal(): Promise<MsalModule>;
  /** `isSetSupported('NestedAppAuth', '1.1')`. */
  nestedAppAuthSupported(): boolean;
  /** The Office dialog fallback. */
  dialog: InteractiveSignIn;
  now(): number;
}

function signInError(error: unknown): SignInError {
  return new SignInError(signInFailureOf(error), diagnosticOf(error));
}

/**
 * MSAL's codes for "Outlook's broker is not there": a standard client with no account
 * (BrowserAuthErrorCodes.noAccountError), and the NAA bridge's disabled or unavailable
 * answers (msal-browser src/webBrokerBridge/WebBrokerBridgeErrorMap.ts).
 */
const BROKER_MISSING = new Set(['no_account_error', 'nested_app_auth_bridge_disabled']);

function brokerMissing(error: unknown): boolean {
  const code = (error as { errorCode?: unknown } | null)?.errorCode;
  return typeof code === 'string' && BROKER_MISSING.has(code);
}

/** A token this close to its expiry is renewed first, so a long operation never sends a dead one. */
const EXPIRY_MARGIN_MS = 5 * 60 * 1000;

/**
 * Tokens for Graph in Outlook: MSAL nested app authentication where Outlook supports it
 * (silent, then a popup when Entra ID wants the user), the Office dialog otherwise or when the
 * popup is blocked. Each feature asks for its own scopes when it first needs them. Tokens stay
 * in memory only; MSAL's own cache is in memory too.
 */
export class OutlookTokenSource implements TokenSource {
  private client: Promise<{ msal: MsalModule; client: NestedClient }> | null = null;
  /** Dialog tokens by scope set, until they expire; never written anywhere. */
  private readonly dialogTokens = new Map<string, TimedToken>();

  constructor(private readonly options: OutlookTokenSourceOptions) {}

  forScopes(scopes: readonly Scope[]): AccessTokenProvider {
    const wanted = [...scopes];
    return { getAccessToken: () => this.token(wanted) };
  }

  private async token(scopes: string[]): Promise<string> {
    if (!this.options.nestedAppAuthSupported()) return this.throughDialog(scopes);
    let nested: { msal: MsalModule; client: NestedClient };
    try {
      nested = await this.nestedClient();
    } catch (error) {
      if (error instanceof SignInError) throw error;
      // Outlook said yes but its broker did not answer (as inside an Office dialog): the dialog.
      return this.throughDialog(scopes);
    }
    const { client } = nested;
    let silentFailure: unknown;
    try {
      return (await client.acquireTokenSilent({ scopes })).accessToken;
    } catch (error) {
      // Microsoft's Outlook NAA sample (OfficeDev/Office-Add-in-samples,
      // Samples/auth/Outlook-Add-in-SSO-NAA) tries the popup after any silent failure: without
      // Outlook's broker, msal-browser hands back a standard client whose silent call fails with
      // `no_account_error`, which is not an InteractionRequiredAuthError.
      silentFailure = error;
      if (signInFailureOf(error) === 'naa-origin') throw signInError(error);
    }
    try {
      return (await client.acquireTokenPopup({ scopes })).accessToken;
    } catch (error) {
      const failure = signInFailureOf(error);
      // The new Outlook and some browsers block MSAL's popup; the Office dialog is allowed. The
      // dialog also signs in where the broker is missing or disabled.
      if (failure === 'blocked' || brokerMissing(error) || brokerMissing(silentFailure)) {
        return this.throughDialog(scopes);
      }
      throw signInError(error);
    }
  }

  private nestedClient(): Promise<{ msal: MsalModule; client: NestedClient }> {
    this.client ??= (async () => {
      const config = await this.requireConfig();
      const msal = await this.options.loadMsal();
      const client = await msal.createNestablePublicClientApplication({
        auth: { clientId: config.clientId, authority: config.authority },
        cache: { cacheLocation: 'memoryStorage' },
      });
      return { msal, client };
    })();
    // A failed start (offline, unconfigured) is tried again on the next call.
    this.client.catch(() => {
      this.client = null;
    });
    return this.client;
  }

  private async requireConfig(): Promise<AuthConfig> {
    const config = await this.options.config();
    if (config === null) throw new SignInError('not-configured');
    return config;
  }

  private async throughDialog(scopes: string[]): Promise<string> {
    const key = [...scopes].sort().join(' ');
    const cached = this.dialogTokens.get(key);
    if (cached !== undefined && cached.expiresOn - this.options.now() > EXPIRY_MARGIN_MS) {
      return cached.accessToken;
    }
    this.dialogTokens.delete(key);
    await this.requireConfig();
    const token = await this.options.dialog.signIn(scopes);
    this.dialogTokens.set(key, token);
    return token.accessToken;
  }
}
