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
    fr: 'Cette installation de Centaure n’a pas d’identifiant d’application Entra ID : l’administrateur doit la reconstruire avec CENTAURE_CLIENT_ID (voir le README).',
    en: 'This installation of Centaure has no Entra ID application id: the administrator must rebuild it with CENTAURE_CLIENT_ID (see the README).',
  },
  'dialog-already-open': {
    fr: 'Une fenêtre de connexion est déjà ouverte : terminez-la ou fermez-la, puis recommencez.',
    en: 'A sign-in window is already open: finish or close it, then try again.',
  },
  failed: {
    fr: 'La connexion à Microsoft 365 a échoué. Vérifiez la connexion réseau, puis recommencez.',
    en: 'Signing in to Microsoft 365 failed. Check the network connection, then try again.',
  },
};

/** Signing in did not give a token; the message says what the user can do about it. */
export class SignInError extends CentaureError {
  constructor(readonly failure: SignInFailure) {
    super(`sign-in-${failure}`, TEXT[failure]);
    this.name = 'SignInError';
  }
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
  if (code === 'user_cancelled' || (code === 'access_denied' && /AADSTS65004/.test(text))) {
    return 'cancelled';
  }
  if (code === 'popup_window_error' || code === 'empty_window_error') return 'blocked';
  // Sent by Centaure's own dialog page when the build has no client id.
  if (code === 'not_configured') return 'not-configured';
  // AADSTS53000–53003: device not compliant, not joined, blocked by conditional access.
  if (/AADSTS5300[0-3]/.test(text)) return 'refused-by-organization';
  // AADSTS65001: consent missing; AADSTS90094/90099: an administrator must grant it.
  if (/AADSTS(65001|90094|90099)/.test(text)) return 'consent-needed';
  return 'failed';
}
