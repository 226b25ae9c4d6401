import type { DialogReply } from '../../src/auth/msal/dialog-sign-in';

/** MSAL's standard client in the dialog: a redirect result, or none (first visit). */
const msal = {
  redirectResult: null as {
    accessToken: string;
    expiresOn: Date | null;
    account?: { username: string };
  } | null,
  redirectError: null as Error | null,
  redirects: [] as string[][],
  requests: [] as Record<string, unknown>[],
  configurations: [] as unknown[],
};

jest.mock('@azure/msal-browser', () => ({
  createStandardPublicClientApplication: async (configuration: unknown) => {
    msal.configurations.push(configuration);
    return {
      handleRedirectPromise: async () => {
        if (msal.redirectError !== null) throw msal.redirectError;
        return msal.redirectResult;
      },
      acquireTokenRedirect: async (request: { scopes: string[] }) => {
        msal.redirects.push(request.scopes);
        msal.requests.push(request);
      },
    };
  },
}));

const CLIENT_ID = '11111111-2222-3333-4444-555555555555';

/** Opens the auth page as the Office dialog does, and resolves with what it told the pane. */
async function openPage(
  config: unknown,
  search = '?scopes=Calendars.ReadWrite%20MailboxSettings.ReadWrite',
): Promise<DialogReply[]> {
  const replies: DialogReply[] = [];
  let ready: Promise<unknown> = Promise.resolve();
  Object.assign(globalThis, {
    Office: {
      onReady: (callback: () => unknown) => {
        ready = Promise.resolve(callback());
        return ready;
      },
      context: { ui: { messageParent: (message: string) => replies.push(JSON.parse(message)) } },
    },
    location: {
      origin: 'https://centaure.example.com',
      pathname: '/auth-dialog.html',
      search,
    },
    fetch: async () => ({ json: async () => config }),
  });
  await jest.isolateModulesAsync(async () => {
    await import('../../src/auth/dialog/auth-dialog');
  });
  await ready;
  await new Promise((resolve) => setImmediate(resolve));
  return replies;
}

beforeEach(() => {
  msal.redirectResult = null;
  msal.redirectError = null;
  msal.redirects = [];
  msal.requests = [];
  msal.configurations = [];
});

describe('the sign-in dialog page', () => {
  it('starts the redirect sign-in for the scopes the pane asked for', async () => {
    const replies = await openPage({ clientId: CLIENT_ID, tenant: 'contoso.com' });

    expect(msal.redirects).toEqual([['Calendars.ReadWrite', 'MailboxSettings.ReadWrite']]);
    expect(msal.configurations).toEqual([
      expect.objectContaining({
        auth: {
          clientId: CLIENT_ID,
          authority: 'https://login.microsoftonline.com/contoso.com',
          redirectUri: 'https://centaure.example.com/auth-dialog.html',
        },
        cache: { cacheLocation: 'memoryStorage' },
      }),
    ]);
    expect(replies).toEqual([]);
  });

  it('sends the token back to the pane when Entra ID returns', async () => {
    msal.redirectResult = { accessToken: 'token', expiresOn: new Date(42_000) };

    const replies = await openPage({ clientId: CLIENT_ID });

    expect(replies).toEqual([{ type: 'token', accessToken: 'token', expiresOn: 42_000 }]);
    expect(msal.redirects).toEqual([]);
  });

  it('signs in the mailbox’s account by name, making the user choose when the pane asks', async () => {
    await openPage(
      { clientId: CLIENT_ID },
      '?scopes=Calendars.Read&loginHint=me%40contoso.com&prompt=select_account',
    );

    expect(msal.requests).toEqual([
      { scopes: ['Calendars.Read'], loginHint: 'me@contoso.com', prompt: 'select_account' },
    ]);
  });

  it('tells the pane which account the token is for', async () => {
    msal.redirectResult = {
      accessToken: 'token',
      expiresOn: new Date(42_000),
      account: { username: 'me@contoso.com' },
    };

    const replies = await openPage({ clientId: CLIENT_ID });

    expect(replies).toEqual([
      { type: 'token', accessToken: 'token', expiresOn: 42_000, username: 'me@contoso.com' },
    ]);
  });

  it('passes Entra ID’s refusal on to the pane', async () => {
    msal.redirectError = Object.assign(new Error('AADSTS53003: blocked'), {
      errorCode: 'access_denied',
      errorMessage: 'AADSTS53003: blocked',
    });

    const replies = await openPage({ clientId: CLIENT_ID });

    expect(replies).toEqual([
      { type: 'error', errorCode: 'access_denied', errorMessage: 'AADSTS53003: blocked' },
    ]);
  });

  it('tells the pane when the build has no app registration', async () => {
    const replies = await openPage({ clientId: '' });

    expect(replies).toEqual([{ type: 'error', errorCode: 'not_configured', errorMessage: '' }]);
    expect(msal.configurations).toEqual([]);
  });
});
