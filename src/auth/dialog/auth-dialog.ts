import {
  createStandardPublicClientApplication,
  type AuthenticationResult,
} from '@azure/msal-browser';
import { parseAuthConfig } from '../msal/auth-config';
import type { DialogReply } from '../msal/dialog-sign-in';

/**
 * The small page the Office dialog opens when nested app authentication is not available:
 * MSAL's redirect flow inside the dialog, then the token back to the pane with `messageParent`.
 * The dialog is a plain browser window, so this is MSAL's standard client, not the nested one.
 */
function reply(message: DialogReply): void {
  Office.context.ui.messageParent(JSON.stringify(message));
}

function fail(error: unknown): void {
  const e = (typeof error === 'object' && error !== null ? error : {}) as Record<string, unknown>;
  reply({
    type: 'error',
    errorCode: String(e.errorCode ?? 'failed'),
    errorMessage: String(e.errorMessage ?? e.message ?? ''),
  });
}

async function run(): Promise<void> {
  const config = parseAuthConfig(await (await fetch('auth-config.json')).json());
  if (config === null) {
    reply({ type: 'error', errorCode: 'not_configured', errorMessage: '' });
    return;
  }
  const client = await createStandardPublicClientApplication({
    auth: {
      clientId: config.clientId,
      authority: config.authority,
      redirectUri: `${location.origin}${location.pathname}`,
    },
    cache: { cacheLocation: 'memoryStorage' },
  });
  const result: AuthenticationResult | null = await client.handleRedirectPromise();
  if (result !== null) {
    reply({
      type: 'token',
      accessToken: result.accessToken,
      expiresOn: result.expiresOn?.getTime() ?? Date.now(),
      // The pane checks it against the mailbox open in Outlook before using the token.
      ...(result.account?.username ? { username: result.account.username } : {}),
    });
    return;
  }
  const query = new URLSearchParams(location.search);
  const scopes = (query.get('scopes') ?? '').split(' ').filter((scope) => scope !== '');
  // The mailbox's address as loginHint, so a browser signed in to several accounts signs in the
  // right one; `select_account` when the pane got another account's token the first time.
  const loginHint = query.get('loginHint') ?? undefined;
  const prompt = query.get('prompt') === 'select_account' ? 'select_account' : undefined;
  await client.acquireTokenRedirect({
    scopes,
    ...(loginHint === undefined ? {} : { loginHint }),
    ...(prompt === undefined ? {} : { prompt }),
  });
}

void Office.onReady(() => run().catch(fail));
