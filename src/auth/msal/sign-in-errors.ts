import type { LocalizedMessage } from '../../core/errors';
import { CentaureError } from '../../core/errors';

export type SignInFailure =
  | 'cancelled'
  | 'blocked'
  | 'refused-by-organization'
  | 'consent-needed'
  | 'unsupported'
  | 'not-configured'
  | 'dialog-already-open'
  | 'naa-origin'
  | 'wrong-account'
  | 'failed';

const TEXT: Record<SignInFailure, LocalizedMessage> = {
  cancelled: {
    fr: 'Connexion annulée : rien n’a été modifié. Recommencez quand vous voulez.',
    en: 'Sign-in cancelled: nothing was changed. Try again whenever you like.',
  },
  blocked: {
    fr: 'La fenêtre de connexion a été bloquée. Autorisez les fenêtres contextuelles pour Outlook (icône dans la barre d’adresse du navigateur, ou paramètres de confidentialité du nouvel Outlook), puis recommencez.',
    en: 'The sign-in window was blocked. Allow pop-ups for Outlook (the icon in the browser’s address bar, or the new Outlook’s privacy settings), then try again.',
  },
  'refused-by-organization': {
    fr: 'Une stratégie d’accès conditionnel de votre organisation refuse la connexion de Centaure. Demandez à votre service informatique d’autoriser l’application Centaure (ou cet appareil).',
    en: 'Your organization’s conditional access policy refuses Centaure’s sign-in. Ask your IT department to allow the Centaure app (or this device).',
  },
  'consent-needed': {
    fr: 'Centaure a besoin d’une autorisation qu’un administrateur de votre organisation doit accorder. Transmettez ce message à votre service informatique.',
    en: 'Centaure needs a permission that an administrator of your organization must grant. Pass this message on to your IT department.',
  },
  unsupported: {
    fr: 'Cette version d’Outlook est trop ancienne pour que Centaure vous connecte. Mettez Outlook à jour (Microsoft 365, canal actuel) ou utilisez Outlook sur le web.',
    en: 'This version of Outlook is too old for Centaure to sign you in. Update Outlook (Microsoft 365, Current Channel) or use Outlook on the web.',
  },
  'not-configured': {
    fr: 'Cette installation de Centaure n’a pas d’identifiant d’application Entra ID : l’administrateur doit la reconstruire avec CENTAURE_CLIENT_ID (voir docs/outlook-add-in.md).',
    en: 'This installation of Centaure has no Entra ID application id: the administrator must rebuild it with CENTAURE_CLIENT_ID (see docs/outlook-add-in.md).',
  },
  'dialog-already-open': {
    fr: 'Une fenêtre de connexion est déjà ouverte : terminez-la ou fermez-la, puis recommencez.',
    en: 'A sign-in window is already open: finish or close it, then try again.',
  },
  // office-js issues 5113 and 6610: NAA answers `untrusted_origin` when the app registration
  // lacks the SPA redirect URI `brk-multihub://<the add-in's domain>`.
  'naa-origin': {
    fr: 'Outlook refuse la connexion de Centaure depuis cette adresse : l’inscription de l’application Centaure dans Entra ID doit déclarer l’adresse du complément comme URI de redirection (voir la procédure d’inscription). Transmettez ce message à votre service informatique.',
    en: 'Outlook refuses Centaure’s sign-in from this address: Centaure’s app registration in Entra ID must list the add-in’s address as a redirect URI (see the registration steps). Pass this message on to your IT department.',
  },
  'wrong-account': {
    fr: 'Vous êtes connecté avec un autre compte que celui de cette boîte aux lettres : rien n’a été modifié. Recommencez et choisissez le compte de la boîte aux lettres ouverte dans Outlook.',
    en: 'You are signed in with another account than this mailbox’s: nothing was changed. Try again and choose the account of the mailbox open in Outlook.',
  },
  failed: {
    fr: 'La connexion à Microsoft 365 a échoué. Vérifiez la connexion réseau, puis recommencez.',
    en: 'Signing in to Microsoft 365 failed. Check the network connection, then try again.',
  },
};

/**
 * Signing in did not give a token; the message says what the user can do about it. The
 * `diagnostic` holds only MSAL's error codes and Entra ID's AADSTS numbers (never a token, an
 * address or a message text), so IT can look them up: it is shown after the message so the user
 * can copy it.
 */
export class SignInError extends CentaureError {
  constructor(
    readonly failure: SignInFailure,
    readonly diagnostic: string = '',
  ) {
    super(`sign-in-${failure}`, withDiagnostic(TEXT[failure], diagnostic));
    this.name = 'SignInError';
  }
}

function withDiagnostic(text: LocalizedMessage, diagnostic: string): LocalizedMessage {
  if (diagnostic === '') return text;
  return { fr: `${text.fr} (code : ${diagnostic})`, en: `${text.en} (code: ${diagnostic})` };
}

const CODE = /^[a-z0-9_]{1,60}$/i;

/** MSAL's code and Entra ID's AADSTS number of an error, e.g. `access_denied AADSTS53003`. */
export function diagnosticOf(error: unknown): string {
  const e = (typeof error === 'object' && error !== null ? error : {}) as AuthErrorLike;
  const code = typeof e.errorCode === 'string' && CODE.test(e.errorCode) ? e.errorCode : '';
  const text = `${String(e.errorMessage ?? '')} ${String(e.message ?? '')}`;
  const aadsts = /AADSTS\d{4,6}/.exec(text)?.[0] ?? '';
  return [code, aadsts].filter((part) => part !== '').join(' ') || 'unknown';
}

/** MSAL and Entra ID errors as they arrive: an `errorCode` and a message with the AADSTS code. */
interface AuthErrorLike {
  errorCode?: unknown;
  errorMessage?: unknown;
  message?: unknown;
}

/** The failure an MSAL or Entra ID error stands for. */
export function signInFailureOf(error: unknown): SignInFailure {
  const e = (typeof error === 'object' && error !== null ? error : {}) as AuthErrorLike;
  const code = typeof e.errorCode === 'string' ? e.errorCode : '';
  const text = `${String(e.errorMessage ?? '')} ${String(e.message ?? '')}`;
  // BrowserAuthError spells it `user_cancelled`, the NAA bridge's ClientAuthError `user_canceled`.
  if (
    code === 'user_cancelled' ||
    code === 'user_canceled' ||
    (code === 'access_denied' && /AADSTS65004/.test(text))
  ) {
    return 'cancelled';
  }
  if (code === 'popup_window_error' || code === 'empty_window_error') return 'blocked';
  if (code === 'untrusted_origin' || /origin is not valid for Nested App Auth/i.test(text)) {
    return 'naa-origin';
  }
  // Sent by Centaure's own dialog page when the build has no client id.
  if (code === 'not_configured') return 'not-configured';
  // AADSTS53000–53003: device not compliant, not joined, blocked by conditional access.
  if (/AADSTS5300[0-3]/.test(text)) return 'refused-by-organization';
  // AADSTS65001: consent missing; AADSTS90094/90099: an administrator must grant it.
  if (/AADSTS(65001|90094|90099)/.test(text)) return 'consent-needed';
  return 'failed';
}
