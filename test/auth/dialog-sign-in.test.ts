import { officeDialogSignIn } from '../../src/auth/msal/dialog-sign-in';

type Handler = (arg: { message?: string; error?: number }) => void;

/** Office's dialog API: opens (or fails to), then the page or the user answers. */
function fakeOffice(options: { openError?: number; dialogApi?: boolean; noDialog?: boolean }) {
  const handlers = new Map<string, Handler>();
  const opened: string[] = [];
  let closed = 0;
  (globalThis as { Office?: unknown }).Office = {
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { DialogMessageReceived: 'message', DialogEventReceived: 'event' },
    context: {
      requirements: { isSetSupported: () => options.dialogApi ?? true },
      ui: {
        displayDialogAsync: (url: string, _options: unknown, callback: (r: unknown) => void) => {
          if (options.noDialog === true)
            throw new TypeError('displayDialogAsync is not a function');
          opened.push(url);
          if (options.openError !== undefined) {
            callback({ status: 'failed', error: { code: options.openError } });
            return;
          }
          callback({
            status: 'succeeded',
            value: {
              addEventHandler: (type: string, handler: Handler) => handlers.set(type, handler),
              close: () => {
                closed += 1;
              },
            },
          });
        },
      },
    },
  };
  return {
    opened,
    closed: () => closed,
    pageSays: (message: unknown) => handlers.get('message')?.({ message: JSON.stringify(message) }),
    userCloses: () => handlers.get('event')?.({ error: 12006 }),
  };
}

const DIALOG = 'https://centaure.example/auth-dialog.html';

describe('the Office dialog sign-in', () => {
  it('names the mailbox’s account, and asks to choose again when told to', async () => {
    const office = fakeOffice({});
    const pending = officeDialogSignIn(DIALOG).signIn(['Calendars.Read'], {
      loginHint: 'me@contoso.com',
      selectAccount: true,
    });
    office.pageSays({
      type: 'token',
      accessToken: 'abc',
      expiresOn: 42,
      username: 'me@contoso.com',
    });

    await expect(pending).resolves.toMatchObject({ username: 'me@contoso.com' });
    expect(office.opened).toEqual([
      `${DIALOG}?scopes=Calendars.Read&loginHint=me%40contoso.com&prompt=select_account`,
    ]);
  });

  it('opens the auth page for the scopes and takes the token it sends back', async () => {
    const office = fakeOffice({});
    const pending = officeDialogSignIn(DIALOG).signIn([
      'Calendars.ReadWrite',
      'MailboxSettings.ReadWrite',
    ]);
    office.pageSays({ type: 'token', accessToken: 'abc', expiresOn: 42 });

    await expect(pending).resolves.toEqual({ type: 'token', accessToken: 'abc', expiresOn: 42 });
    expect(office.opened).toEqual([
      `${DIALOG}?scopes=Calendars.ReadWrite%20MailboxSettings.ReadWrite`,
    ]);
    expect(office.closed()).toBe(1);
  });

  it('says the sign-in was cancelled when the user closes the window', async () => {
    const office = fakeOffice({});
    const pending = officeDialogSignIn(DIALOG).signIn(['Calendars.Read']);
    office.userCloses();

    await expect(pending).rejects.toMatchObject({ code: 'sign-in-cancelled' });
  });

  it('says to allow pop-ups when the browser blocks the window', async () => {
    fakeOffice({ openError: 12009 });

    await expect(officeDialogSignIn(DIALOG).signIn(['Calendars.Read'])).rejects.toThrow(
      /Allow pop-ups for Outlook/,
    );
  });

  it('says to finish the other sign-in when one is already open', async () => {
    fakeOffice({ openError: 12007 });

    await expect(officeDialogSignIn(DIALOG).signIn(['Calendars.Read'])).rejects.toMatchObject({
      code: 'sign-in-dialog-already-open',
    });
  });

  it('passes on what Entra ID said, as what to do', async () => {
    const office = fakeOffice({});
    const pending = officeDialogSignIn(DIALOG).signIn(['Files.ReadWrite.All']);
    office.pageSays({
      type: 'error',
      errorCode: 'invalid_grant',
      errorMessage: 'AADSTS65001: consent',
    });

    await expect(pending).rejects.toThrow(/administrator of your organization must grant/);
  });

  it('says the build needs a client id when the page has none', async () => {
    const office = fakeOffice({});
    const pending = officeDialogSignIn(DIALOG).signIn(['Calendars.Read']);
    office.pageSays({ type: 'error', errorCode: 'not_configured', errorMessage: '' });

    await expect(pending).rejects.toThrow(/CENTAURE_CLIENT_ID/);
  });

  // Outlook 2016 answers false to isSetSupported('DialogApi', '1.1') although its dialog opens
  // (the requirement set was not declared for that build): the dialog is tried, not trusted.
  it('opens the dialog in Outlook 2016, which says no to DialogApi 1.1 yet has it', async () => {
    const office = fakeOffice({ dialogApi: false });
    const pending = officeDialogSignIn(DIALOG).signIn(['Calendars.Read']);
    office.pageSays({ type: 'token', accessToken: 'abc', expiresOn: 42 });

    await expect(pending).resolves.toMatchObject({ accessToken: 'abc' });
  });

  it('says to update Outlook when it has no dialog at all', async () => {
    fakeOffice({ dialogApi: false, noDialog: true });

    await expect(officeDialogSignIn(DIALOG).signIn(['Calendars.Read'])).rejects.toThrow(
      /Update Outlook/,
    );
  });
});
