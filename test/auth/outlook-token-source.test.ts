import type { InteractiveSignIn } from '../../src/auth/msal/dialog-sign-in';
import type { MsalModule, NestedClient } from '../../src/auth/msal/outlook-token-source';
import { OutlookTokenSource } from '../../src/auth/msal/outlook-token-source';
import { SCOPES } from '../../src/graph/scopes';

class InteractionRequiredAuthError extends Error {}
const authError = (errorCode: string, errorMessage = '') =>
  Object.assign(new Error(errorMessage), { errorCode, errorMessage });

const CONFIG = {
  clientId: '11111111-2222-3333-4444-555555555555',
  authority: 'https://login.microsoftonline.com/common',
};
const HOUR = 3600_000;

/** MSAL's nested client, scripted: each call takes the next answer of its list. */
function fakeMsal(silent: (() => Promise<string>)[], popup: (() => Promise<string>)[] = []) {
  const calls: string[] = [];
  let loads = 0;
  const answer = (list: (() => Promise<string>)[], name: string, scopes: string[]) => {
    calls.push(`${name} ${scopes.join(' ')}`);
    const next = list.shift();
    if (next === undefined) throw new Error(`unexpected ${name}`);
    return next().then((accessToken) => ({ accessToken, expiresOn: null }));
  };
  const client: NestedClient = {
    acquireTokenSilent: ({ scopes }) => answer(silent, 'silent', scopes),
    acquireTokenPopup: ({ scopes }) => answer(popup, 'popup', scopes),
  };
  const module: MsalModule = {
    createNestablePublicClientApplication: async () => client,
    InteractionRequiredAuthError,
  };
  return { module, calls, loads: () => loads, load: async () => ((loads += 1), module) };
}

function fakeDialog(answers: (() => Promise<{ accessToken: string; expiresOn: number }>)[]) {
  const opened: string[][] = [];
  const dialog: InteractiveSignIn = {
    signIn: async (scopes) => {
      opened.push([...scopes]);
      const next = answers.shift();
      if (next === undefined) throw new Error('unexpected dialog');
      return next();
    },
  };
  return { dialog, opened };
}

function source(options: {
  msal?: ReturnType<typeof fakeMsal>;
  dialog?: ReturnType<typeof fakeDialog>;
  naa?: boolean;
  clock?: { now: number };
  configured?: boolean;
}) {
  const msal = options.msal ?? fakeMsal([]);
  const clock = options.clock ?? { now: 0 };
  return new OutlookTokenSource({
    config: async () => (options.configured === false ? null : CONFIG),
    loadMsal: msal.load,
    nestedAppAuthSupported: () => options.naa ?? true,
    dialog: (options.dialog ?? fakeDialog([])).dialog,
    now: () => clock.now,
  });
}

describe('signing in with nested app authentication', () => {
  it('gets the token silently, asking only for the feature’s own scopes', async () => {
    const msal = fakeMsal([async () => 'token-1']);
    const tokens = source({ msal });

    const token = await tokens.forScopes([SCOPES.tagEvents]).getAccessToken();

    expect(token).toBe('token-1');
    expect(msal.calls).toEqual(['silent Calendars.ReadWrite']);
  });

  it('opens the sign-in popup when Entra ID needs the user (consent to a new scope)', async () => {
    const msal = fakeMsal(
      [async () => Promise.reject(new InteractionRequiredAuthError('consent_required'))],
      [async () => 'token-after-consent'],
    );

    const token = await source({ msal }).forScopes([SCOPES.ownWorkbook]).getAccessToken();

    expect(token).toBe('token-after-consent');
    expect(msal.calls).toEqual(['silent Files.ReadWrite', 'popup Files.ReadWrite']);
  });

  it('falls back to the Office dialog when the popup is blocked', async () => {
    const msal = fakeMsal(
      [async () => Promise.reject(new InteractionRequiredAuthError())],
      [async () => Promise.reject(authError('popup_window_error'))],
    );
    const dialog = fakeDialog([async () => ({ accessToken: 'dialog-token', expiresOn: HOUR })]);

    const token = await source({ msal, dialog }).forScopes([SCOPES.tagEvents]).getAccessToken();

    expect(token).toBe('dialog-token');
    expect(dialog.opened).toEqual([['Calendars.ReadWrite']]);
  });

  it('says what to do when conditional access refuses the app', async () => {
    const msal = fakeMsal([
      async () =>
        Promise.reject(
          authError(
            'access_denied',
            'AADSTS53003: Access has been blocked by Conditional Access policies.',
          ),
        ),
    ]);

    await expect(source({ msal }).forScopes([SCOPES.tagEvents]).getAccessToken()).rejects.toThrow(
      /conditional access policy refuses Centaure’s sign-in. Ask your IT department/,
    );
  });

  it('keeps renewing through MSAL during a long operation, past the first token’s expiry', async () => {
    const msal = fakeMsal([async () => 'token-1', async () => 'token-1', async () => 'token-2']);
    const provider = source({ msal }).forScopes([SCOPES.tagEvents]);

    const seen = [
      await provider.getAccessToken(),
      await provider.getAccessToken(),
      await provider.getAccessToken(),
    ];

    // Every request asks MSAL, which renews an expired token silently.
    expect(seen).toEqual(['token-1', 'token-1', 'token-2']);
    expect(msal.loads()).toBe(1);
  });

  it('uses the Office dialog when the nested client cannot start despite Outlook’s answer', async () => {
    const msal = fakeMsal([]);
    msal.module.createNestablePublicClientApplication = async () => {
      throw new Error('no NAA bridge');
    };
    const dialog = fakeDialog([async () => ({ accessToken: 'dialog-token', expiresOn: HOUR })]);

    const token = await source({ msal, dialog }).forScopes([SCOPES.tagEvents]).getAccessToken();

    expect(token).toBe('dialog-token');
  });

  it('says the build has no app registration when none was set', async () => {
    await expect(
      source({ configured: false }).forScopes([SCOPES.tagEvents]).getAccessToken(),
    ).rejects.toThrow(/CENTAURE_CLIENT_ID/);
  });
});

describe('signing in where nested app authentication is not supported', () => {
  it('uses the Office dialog and never loads MSAL', async () => {
    const msal = fakeMsal([]);
    const dialog = fakeDialog([async () => ({ accessToken: 'dialog-token', expiresOn: HOUR })]);

    const token = await source({ msal, dialog, naa: false })
      .forScopes([SCOPES.readCalendar])
      .getAccessToken();

    expect(token).toBe('dialog-token');
    expect(msal.loads()).toBe(0);
  });

  it('reuses the dialog’s token until shortly before it expires, then signs in again', async () => {
    const clock = { now: 0 };
    const dialog = fakeDialog([
      async () => ({ accessToken: 'first', expiresOn: HOUR }),
      async () => ({ accessToken: 'second', expiresOn: 2 * HOUR }),
    ]);
    const provider = source({ dialog, naa: false, clock }).forScopes([SCOPES.tagEvents]);

    const early = await provider.getAccessToken();
    clock.now = 30 * 60_000;
    const middle = await provider.getAccessToken();
    clock.now = HOUR - 60_000; // one minute left: too close to send
    const late = await provider.getAccessToken();

    expect([early, middle, late]).toEqual(['first', 'first', 'second']);
    expect(dialog.opened).toHaveLength(2);
  });

  it('leaves nothing half-done when the user closes the dialog, and asks again next time', async () => {
    const { SignInError } = await import('../../src/auth/msal/sign-in-errors');
    const dialog = fakeDialog([
      async () => Promise.reject(new SignInError('cancelled')),
      async () => ({ accessToken: 'after-retry', expiresOn: HOUR }),
    ]);
    const provider = source({ dialog, naa: false }).forScopes([SCOPES.tagEvents]);

    await expect(provider.getAccessToken()).rejects.toThrow(
      /Sign-in cancelled: nothing was changed/,
    );
    expect(await provider.getAccessToken()).toBe('after-retry');
  });
});
