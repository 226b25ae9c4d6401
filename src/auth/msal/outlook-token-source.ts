import type { AccessTokenProvider } from '../../graph/client';
import type { Scope } from '../../graph/scopes';
import type { SignInFacts, SignInPath, TokenSource } from '../token-source';
import type { AuthConfig } from './auth-config';
import type { InteractiveSignIn, TimedToken } from './dialog-sign-in';
import { SignInError, diagnosticOf, signInFailureOf } from './sign-in-errors';

/** A token request: the mailbox's account by name, and `select_account` to choose again. */
export interface NestedTokenRequest {
  scopes: string[];
  loginHint?: string;
  prompt?: 'select_account';
}

export interface NestedTokenResult {
  accessToken: string;
  expiresOn: Date | null;
  /** The account the token is for (MSAL's AccountInfo; `username` is its sign-in name). */
  account?: { username: string } | null;
  /** The scopes Entra ID granted. */
  scopes?: string[];
}

/** The part of an MSAL public client application Centaure uses (NAA supports both calls). */
export interface NestedClient {
  acquireTokenSilent(request: NestedTokenRequest): Promise<NestedTokenResult>;
  acquireTokenPopup(request: NestedTokenRequest): Promise<NestedTokenResult>;
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
  /**
   * The names the mailbox open in Outlook is known by (its address, its user principal name
   * when Outlook gives it), lower-cased or not; empty when unknown (then nothing is checked).
   */
  mailboxAccounts(): Promise<readonly string[]>;
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

/**
 * Whether a token's account is the mailbox's. Unknown on either side counts as yes: an old
 * Outlook without the address, or a sign-in that did not say its account, is not refused.
 */
function isMailboxAccount(username: string | undefined, accounts: readonly string[]): boolean {
  if (username === undefined || username.trim() === '' || accounts.length === 0) return true;
  return accounts.includes(username.trim().toLowerCase());
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

  private last: SignInFacts | null = null;

  constructor(private readonly options: OutlookTokenSourceOptions) {}

  lastSignIn(): SignInFacts | null {
    return this.last;
  }

  private took(path: SignInPath, result: NestedTokenResult, asked: string[]): string {
    this.last = { path, scopes: result.scopes ?? asked };
    return result.accessToken;
  }

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
    const accounts = await this.mailboxAccounts();
    const loginHint = accounts[0];
    const hinted = { scopes, ...(loginHint === undefined ? {} : { loginHint }) };
    let silentFailure: unknown;
    try {
      const result = await client.acquireTokenSilent(hinted);
      if (isMailboxAccount(result.account?.username, accounts)) {
        return this.took('naa-silent', result, scopes);
      }
      // Another account's token (a browser signed in to several): the user chooses again.
      return await this.popup(client, { ...hinted, prompt: 'select_account' }, accounts, null);
    } catch (error) {
      if (error instanceof SignInError) throw error;
      // Microsoft's Outlook NAA sample (OfficeDev/Office-Add-in-samples,
      // Samples/auth/Outlook-Add-in-SSO-NAA) tries the popup after any silent failure: without
      // Outlook's broker, msal-browser hands back a standard client whose silent call fails with
      // `no_account_error`, which is not an InteractionRequiredAuthError.
      silentFailure = error;
      if (signInFailureOf(error) === 'naa-origin') throw signInError(error);
    }
    return this.popup(client, hinted, accounts, silentFailure);
  }

  /** MSAL's popup; the Office dialog where the popup is blocked or the broker missing. */
  private async popup(
    client: NestedClient,
    request: NestedTokenRequest,
    accounts: readonly string[],
    silentFailure: unknown,
  ): Promise<string> {
    let result: NestedTokenResult;
    try {
      result = await client.acquireTokenPopup(request);
    } catch (error) {
      const failure = signInFailureOf(error);
      // The new Outlook and some browsers block MSAL's popup; the Office dialog is allowed. The
      // dialog also signs in where the broker is missing or disabled.
      if (failure === 'blocked' || brokerMissing(error) || brokerMissing(silentFailure)) {
        return this.throughDialog(request.scopes);
      }
      throw signInError(error);
    }
    if (isMailboxAccount(result.account?.username, accounts)) {
      return this.took('naa-popup', result, request.scopes);
    }
    if (request.prompt === 'select_account') throw new SignInError('wrong-account');
    return this.popup(client, { ...request, prompt: 'select_account' }, accounts, silentFailure);
  }

  private async mailboxAccounts(): Promise<string[]> {
    const names = await this.options.mailboxAccounts().catch(() => []);
    return names.map((name) => name.trim().toLowerCase()).filter((name) => name !== '');
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
      this.last = { path: 'office-dialog', scopes };
      return cached.accessToken;
    }
    this.dialogTokens.delete(key);
    await this.requireConfig();
    const accounts = await this.mailboxAccounts();
    const loginHint = accounts[0] ?? null;
    let token = await this.options.dialog.signIn(scopes, { loginHint, selectAccount: false });
    if (!isMailboxAccount(token.username, accounts)) {
      token = await this.options.dialog.signIn(scopes, { loginHint, selectAccount: true });
      if (!isMailboxAccount(token.username, accounts)) throw new SignInError('wrong-account');
    }
    this.dialogTokens.set(key, token);
    this.last = { path: 'office-dialog', scopes };
    return token.accessToken;
  }
}
