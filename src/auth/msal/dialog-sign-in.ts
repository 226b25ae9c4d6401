import { SignInError, signInFailureOf } from './sign-in-errors';

/** A token with the time it stops working (ms since the epoch) and the account it is for. */
export interface TimedToken {
  readonly accessToken: string;
  readonly expiresOn: number;
  /** The signed-in account's user name, when the sign-in said it. */
  readonly username?: string;
}

/** Which account to sign in: the mailbox's, and whether to make the user choose again. */
export interface AccountHint {
  readonly loginHint: string | null;
  readonly selectAccount: boolean;
}

/** Signs in interactively for `scopes` somewhere the popup cannot reach. */
export interface InteractiveSignIn {
  signIn(scopes: readonly string[], hint?: AccountHint): Promise<TimedToken>;
}

/** What the auth dialog page sends back with `messageParent` (see src/auth/dialog). */
export type DialogReply =
  | {
      readonly type: 'token';
      readonly accessToken: string;
      readonly expiresOn: number;
      readonly username?: string;
    }
  | { readonly type: 'error'; readonly errorCode: string; readonly errorMessage: string };

// Office dialog error codes (Office.js `ooe…`): the page did not load, the user closed the
// window, another dialog is open, the user ignored or the browser blocked the window.
const NAVIGATION_ERROR = 12002;
const CLOSED_BY_USER = 12006;
const ALREADY_OPEN = 12007;
const IGNORED_OR_BLOCKED = 12009;
const CROSS_ZONE = 12011;

function failureOfDialogCode(code: number): SignInError {
  if (code === CLOSED_BY_USER) return new SignInError('cancelled');
  if (code === ALREADY_OPEN) return new SignInError('dialog-already-open');
  if (code === IGNORED_OR_BLOCKED || code === CROSS_ZONE) return new SignInError('blocked');
  if (code === NAVIGATION_ERROR) return new SignInError('failed');
  return new SignInError('failed');
}

function parseReply(message: string): DialogReply | null {
  try {
    const reply = JSON.parse(message) as Partial<DialogReply> & Record<string, unknown>;
    if (reply.type === 'token' && typeof reply.accessToken === 'string') {
      const token = {
        type: 'token' as const,
        accessToken: reply.accessToken,
        expiresOn: Number(reply.expiresOn),
      };
      return typeof reply.username === 'string' ? { ...token, username: reply.username } : token;
    }
    if (reply.type === 'error') {
      return {
        type: 'error',
        errorCode: String(reply.errorCode ?? ''),
        errorMessage: String(reply.errorMessage ?? ''),
      };
    }
  } catch {
    // Not one of ours: ignored below.
  }
  return null;
}

/**
 * Sign-in through the Office dialog API (`displayDialogAsync`) and Centaure's small auth page,
 * for hosts without nested app authentication or where the popup is blocked. The token comes
 * back in memory with `messageParent`; nothing is stored.
 */
export function officeDialogSignIn(dialogUrl: string): InteractiveSignIn {
  return {
    signIn: (scopes, hint = { loginHint: null, selectAccount: false }) =>
      new Promise<TimedToken>((resolve, reject) => {
        // Outlook 2016 answers false to DialogApi 1.1 yet opens the dialog: try it whenever the
        // call is there, and say "update Outlook" only when it is not.
        if (typeof Office.context.ui?.displayDialogAsync !== 'function') {
          reject(new SignInError('unsupported'));
          return;
        }
        const query = new URLSearchParams({ scopes: scopes.join(' ') });
        if (hint.loginHint !== null) query.set('loginHint', hint.loginHint);
        if (hint.selectAccount) query.set('prompt', 'select_account');
        const url = `${dialogUrl}?${query.toString().replace(/\+/g, '%20')}`;
        const open = (callback: (opened: Office.AsyncResult<Office.Dialog>) => void) => {
          try {
            Office.context.ui.displayDialogAsync(url, { height: 60, width: 30 }, callback);
          } catch {
            reject(new SignInError('unsupported'));
          }
        };
        open((opened) => {
          if (opened.status !== Office.AsyncResultStatus.Succeeded) {
            reject(failureOfDialogCode(opened.error.code));
            return;
          }
          const dialog = opened.value;
          dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
            if (!('message' in arg)) return;
            const reply = parseReply(arg.message);
            if (reply === null) return;
            dialog.close();
            if (reply.type === 'token') resolve(reply);
            else reject(new SignInError(signInFailureOf(reply)));
          });
          dialog.addEventHandler(Office.EventType.DialogEventReceived, (arg) => {
            if ('error' in arg) reject(failureOfDialogCode(arg.error));
          });
        });
      }),
  };
}
