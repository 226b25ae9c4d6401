import type { InteractiveSignIn } from '../../src/auth/msal/dialog-sign-in';
import { OutlookTokenSource } from '../../src/auth/msal/outlook-token-source';
import { SCOPES } from '../../src/graph/scopes';
import {
  InteractionRequiredAuthError,
  authError,
  fakeMsal,
  fakeMsalWithoutBridge,
} from './support/fake-msal';

const CONFIG = {
  clientId: '11111111-2222-3333-4444-555555555555',
  authority: 'https://login.microsoftonline.com/common',
};
const HOUR = 3600_000;

function fakeDialog(
  answers: (() => Promise<{ accessToken: string; expiresOn: number; username?: string }>)[],
) {
  const opened: string[][] = [];
  const hints: unknown[] = [];
  const dialog: InteractiveSignIn = {
    signIn: async (scopes, ...hint: unknown[]) => {
      opened.push([...scopes]);
      hints.push(hint[0]);
      const next = answers.shift();
      if (next === undefined) throw new Error('unexpected dialog');
      return next();
    },
  };
  return { dialog, opened, hints };
}

function source(options: {
  msal?: ReturnType<typeof fakeMsal>;
  dialog?: ReturnType<typeof fakeDialog>;
  naa?: boolean;
  clock?: { now: number };
  configured?: boolean;
  mailbox?: string;
}) {
  const msal = options.msal ?? fakeMsal([]);
  const clock = options.clock ?? { now: 0 };
  return new OutlookTokenSource({
    config: async () => (options.configured === false ? null : CONFIG),
    loadMsal: msal.load,
    nestedAppAuthSupported: () => options.naa ?? true,
    dialog: (options.dialog ?? fakeDialog([])).dialog,
    now: () => clock.now,
    mailboxAccounts: async () => [options.mailbox ?? 'me@contoso.com'],
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
    const refused = async () =>
      Promise.reject(
        authError(
          'access_denied',
          'AADSTS53003: Access has been blocked by Conditional Access policies.',
        ),
      );
    // Silent, then the popup (Microsoft's NAA sample tries it after any silent failure).
    const msal = fakeMsal([refused], [refused]);

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

// Samples/auth/Outlook-Add-in-SSO-NAA/src/taskpane/authConfig.ts (OfficeDev/Office-Add-in-samples)
// tries acquireTokenPopup after any silent failure, not only InteractionRequiredAuthError.
describe('signing in when Outlook says NAA is supported but its broker is missing', () => {
  it('opens the sign-in popup after MSAL’s no_account_error, so the user can still tag', async () => {
    const msal = fakeMsalWithoutBridge([async () => 'popup-token']);

    const token = await source({ msal }).forScopes([SCOPES.tagEvents]).getAccessToken();

    expect(token).toBe('popup-token');
    expect(msal.calls).toEqual(['silent Calendars.ReadWrite', 'popup Calendars.ReadWrite']);
  });

  it('goes on to the Office dialog when that popup is blocked too', async () => {
    const msal = fakeMsalWithoutBridge([
      async () => Promise.reject(authError('popup_window_error')),
    ]);
    const dialog = fakeDialog([async () => ({ accessToken: 'dialog-token', expiresOn: HOUR })]);

    const token = await source({ msal, dialog }).forScopes([SCOPES.tagEvents]).getAccessToken();

    expect(token).toBe('dialog-token');
    expect(dialog.opened).toEqual([['Calendars.ReadWrite']]);
  });

  it('goes on to the Office dialog when the broker bridge is disabled', async () => {
    const msal = fakeMsal(
      [async () => Promise.reject(authError('nested_app_auth_bridge_disabled'))],
      [async () => Promise.reject(authError('nested_app_auth_bridge_disabled'))],
    );
    const dialog = fakeDialog([async () => ({ accessToken: 'dialog-token', expiresOn: HOUR })]);

    const token = await source({ msal, dialog }).forScopes([SCOPES.tagEvents]).getAccessToken();

    expect(token).toBe('dialog-token');
  });

  it('points at the app registration when Outlook says the origin is not valid for NAA', async () => {
    // office-js issues 5113 and 6610: the NAA broker's answer when the registration lacks
    // the `brk-multihub://` SPA redirect URI.
    const untrusted = async () =>
      Promise.reject(authError('untrusted_origin', 'The origin is not valid for Nested App Auth.'));
    const msal = fakeMsal([untrusted], [untrusted]);

    const failure = source({ msal }).forScopes([SCOPES.tagEvents]).getAccessToken();

    await expect(failure).rejects.toThrow(
      'Outlook refuses Centaure’s sign-in from this address: Centaure’s app registration in Entra ID must list the add-in’s address as a redirect URI (see the registration steps). Pass this message on to your IT department. (code: untrusted_origin)',
    );
  });

  it('keeps MSAL’s code and the AADSTS number for IT, never the token or Entra ID’s text', async () => {
    const failed = async () =>
      Promise.reject(
        authError(
          'invalid_grant',
          'AADSTS50020: User account ana@fabrikam.com from identity provider is not in tenant. eyJ0eXAi.secret',
        ),
      );
    const msal = fakeMsal([failed], [failed]);

    const error = await source({ msal })
      .forScopes([SCOPES.tagEvents])
      .getAccessToken()
      .catch((e: unknown) => e as Error);

    expect((error as Error).message).toBe(
      'Signing in to Microsoft 365 failed. Check the network connection, then try again. (code: invalid_grant AADSTS50020)',
    );
    expect((error as Error).message).not.toMatch(/fabrikam|eyJ/);
  });
});

// Samples/auth/Outlook-Add-in-SSO-NAA/src/taskpane/authConfig.ts passes the mailbox's address
// (Office.context.mailbox.userProfile.emailAddress) as loginHint on every request. A browser
// signed in to several accounts may otherwise return another account's token, with which Graph
// answers 404 on the open meeting and the Week view reads the wrong mailbox.
describe('signing in to the mailbox open in Outlook, not another account', () => {
  it('asks MSAL for the mailbox’s account by name', async () => {
    const msal = fakeMsalWithoutBridge([async () => 'popup-token']);

    await source({ msal }).forScopes([SCOPES.tagEvents]).getAccessToken();

    expect(msal.requests.map((r) => [r.name, r.loginHint])).toEqual([
      ['silent', 'me@contoso.com'],
      ['popup', 'me@contoso.com'],
    ]);
  });

  it('lets the user pick the account again when the token is another account’s', async () => {
    const msal = fakeMsal(
      [async () => ({ accessToken: 'personal', username: 'me@outlook.com' })],
      [async () => ({ accessToken: 'work', username: 'Me@Contoso.com' })],
    );

    const token = await source({ msal }).forScopes([SCOPES.tagEvents]).getAccessToken();

    expect(token).toBe('work');
    expect(msal.requests[1]).toMatchObject({ name: 'popup', prompt: 'select_account' });
  });

  it('refuses the token, before any write, when the user picks another account again', async () => {
    const other = async () => ({ accessToken: 'personal', username: 'me@outlook.com' });
    const msal = fakeMsal([other], [other]);

    await expect(source({ msal }).forScopes([SCOPES.tagEvents]).getAccessToken()).rejects.toThrow(
      'You are signed in with another account than this mailbox’s: nothing was changed. Try again and choose the account of the mailbox open in Outlook.',
    );
  });

  it('gives the Office dialog the mailbox’s address, and checks the account it returns', async () => {
    const dialog = fakeDialog([
      async () => ({ accessToken: 'personal', expiresOn: HOUR, username: 'me@outlook.com' }),
      async () => ({ accessToken: 'work', expiresOn: HOUR, username: 'me@contoso.com' }),
    ]);

    const token = await source({ dialog, naa: false })
      .forScopes([SCOPES.readCalendar])
      .getAccessToken();

    expect(token).toBe('work');
    expect(dialog.hints).toEqual([
      { loginHint: 'me@contoso.com', selectAccount: false },
      { loginHint: 'me@contoso.com', selectAccount: true },
    ]);
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
