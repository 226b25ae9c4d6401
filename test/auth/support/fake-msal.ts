import type { MsalModule, NestedClient } from '../../../src/auth/msal/outlook-token-source';

export class InteractionRequiredAuthError extends Error {}

/** An MSAL error as msal-browser throws it: a code, and Entra ID's text in the message. */
export const authError = (errorCode: string, errorMessage = '') =>
  Object.assign(new Error(errorMessage), { errorCode, errorMessage });

export type Answer = () => Promise<string | { accessToken: string; username: string }>;

/** What each MSAL call was asked, so tests can check the hint and the prompt. */
export interface MsalCall {
  readonly name: 'silent' | 'popup';
  readonly scopes: string[];
  readonly loginHint?: string;
  readonly prompt?: string;
}

/**
 * MSAL's client as `createNestablePublicClientApplication` returns it, scripted: each call takes
 * the next answer of its list. An answer is a token (for the mailbox's own account) or a token
 * with the account it was issued to.
 */
export function fakeMsal(silent: Answer[], popup: Answer[] = []) {
  const calls: string[] = [];
  const requests: MsalCall[] = [];
  let loads = 0;
  const answer = (list: Answer[], name: 'silent' | 'popup', request: Omit<MsalCall, 'name'>) => {
    calls.push(`${name} ${request.scopes.join(' ')}`);
    requests.push({ name, ...request });
    const next = list.shift();
    if (next === undefined) throw new Error(`unexpected ${name}`);
    return next().then((value) =>
      typeof value === 'string'
        ? { accessToken: value, expiresOn: null, account: { username: 'me@contoso.com' } }
        : {
            accessToken: value.accessToken,
            expiresOn: null,
            account: { username: value.username },
          },
    );
  };
  const client: NestedClient = {
    acquireTokenSilent: (request) => answer(silent, 'silent', request),
    acquireTokenPopup: (request) => answer(popup, 'popup', request),
  };
  const module: MsalModule = {
    createNestablePublicClientApplication: async () => client,
    InteractionRequiredAuthError,
  };
  return {
    module,
    calls,
    requests,
    loads: () => loads,
    load: async () => ((loads += 1), module),
  };
}

/**
 * Outlook without its broker bridge (reported in Outlook on the web although
 * `isSetSupported('NestedAppAuth', '1.1')` is true). msal-browser 5.x's
 * `createNestablePublicClientApplication` (node_modules/@azure/msal-browser/src/app/
 * PublicClientApplication.ts) does not throw then: it returns a standard client, whose
 * `acquireTokenSilent` with no account throws BrowserAuthError `no_account_error`
 * (StandardController.ts), which is not an InteractionRequiredAuthError. Its popup is a plain
 * browser popup, which the host may allow or block.
 */
export function fakeMsalWithoutBridge(popup: Answer[]) {
  return fakeMsal(
    [async () => Promise.reject(authError('no_account_error', 'No account object provided'))],
    popup,
  );
}
