import type { LocalizedMessage } from '../../core/errors';
import { CentaureError } from '../../core/errors';

/**
 * Outlook's error names (`asyncResult.error.name`) that the calls of this adapter can return,
 * each with what the user should do. Names and codes as Office.js defines them (9000–9055).
 */
const ADVICE: Readonly<Record<string, LocalizedMessage>> = {
  APICallFailedDueToItemChange: {
    fr: 'Une autre réunion a été ouverte pendant l’opération. Rouvrez la réunion voulue et recommencez.',
    en: 'Another meeting was opened during the operation. Open the meeting again and retry.',
  },
  AccessRestricted: {
    fr: 'Outlook refuse l’accès à cette réunion (stratégie de l’organisation). Demandez à votre administrateur.',
    en: 'Outlook restricts access to this meeting (an organization policy). Ask your administrator.',
  },
  InsufficientItemPermissionsError: {
    fr: 'Vous n’avez pas le droit de modifier cette réunion (calendrier partagé ou délégué en lecture seule). Marquez-la depuis la boîte de son propriétaire.',
    en: 'You may not change this meeting (a shared or delegate calendar opened read-only). Tag it from its owner’s mailbox.',
  },
  APINotSupportedForSharedFolders: {
    fr: 'Outlook ne permet pas de modifier une réunion d’un calendrier partagé ici. Marquez-la depuis la boîte de son propriétaire.',
    en: 'Outlook does not allow changing a meeting of a shared calendar here. Tag it from its owner’s mailbox.',
  },
  PermissionDenied: {
    fr: 'Vous n’avez pas le droit de modifier cette réunion. Marquez-la depuis la boîte de son propriétaire.',
    en: 'You do not have permission to change this meeting. Tag it from its owner’s mailbox.',
  },
  InvalidCategory: {
    fr: 'La catégorie Outlook de cette tâche n’existe pas dans votre boîte. Connectez-vous à Centaure pour qu’il la crée, puis recommencez.',
    en: 'The Outlook category of this task does not exist in your mailbox. Sign in to Centaure so it creates it, then retry.',
  },
  ItemNotSaved: {
    fr: 'Outlook n’a pas encore enregistré cette réunion. Enregistrez-la, puis recommencez.',
    en: 'Outlook has not saved this meeting yet. Save it, then retry.',
  },
  SaveError: {
    fr: 'Outlook n’a pas pu enregistrer la réunion (connexion ou serveur). Vérifiez la connexion, puis recommencez.',
    en: 'Outlook could not save the meeting (connection or server). Check the connection, then retry.',
  },
  CannotPersistPropertyInUnsavedDraftError: {
    fr: 'Outlook ne peut pas enregistrer le quadrant d’une réunion pas encore enregistrée. Enregistrez-la, puis recommencez.',
    en: 'Outlook cannot store the quadrant of a meeting that is not saved yet. Save it, then retry.',
  },
  ItemNotFound: {
    fr: 'La réunion n’existe plus (supprimée ou déplacée). Rouvrez-la depuis le calendrier.',
    en: 'The meeting no longer exists (deleted or moved). Open it again from the calendar.',
  },
  NetworkError: {
    fr: 'Outlook n’est pas connecté à Internet. Vérifiez la connexion, puis recommencez.',
    en: 'Outlook is not connected to the Internet. Check the connection, then retry.',
  },
  HTTPRequestFailure: {
    fr: 'La requête d’Outlook à son serveur a échoué. Recommencez dans un instant.',
    en: 'Outlook’s request to its server failed. Retry in a moment.',
  },
  InternalServerError: {
    fr: 'Le serveur Exchange a rencontré une erreur. Recommencez dans un instant.',
    en: 'The Exchange server had an error. Retry in a moment.',
  },
  GenericResponseError: {
    fr: 'Outlook a renvoyé une réponse inattendue. Recommencez dans un instant.',
    en: 'Outlook returned an unexpected answer. Retry in a moment.',
  },
  GenericSettingsError: {
    fr: 'Outlook n’a pas pu enregistrer les réglages de Centaure. Recommencez dans un instant.',
    en: 'Outlook could not save Centaure’s settings. Retry in a moment.',
  },
  ApiCallNotSupportedByExtensionPoint: {
    fr: 'Cette version d’Outlook ne permet pas cette opération ici. Ouvrez la réunion dans sa propre fenêtre, ou mettez Outlook à jour.',
    en: 'This version of Outlook does not allow this here. Open the meeting in its own window, or update Outlook.',
  },
  InternalFormatError: {
    fr: 'Outlook a rencontré une erreur interne. Fermez puis rouvrez la réunion, et recommencez.',
    en: 'Outlook had an internal error. Close and reopen the meeting, then retry.',
  },
};

/** A failed Office.js call, with Outlook's error name kept for programs and advice for people. */
export class OfficeCallError extends CentaureError {
  constructor(
    /** Outlook's error name, e.g. `InvalidCategory`. */
    readonly officeName: string,
    /** Outlook's numeric code, e.g. 9044. */
    readonly officeCode: number,
    what: LocalizedMessage,
  ) {
    const advice = ADVICE[officeName] ?? {
      fr: `Outlook a répondu « ${officeName} » (${officeCode}). Recommencez ; si cela persiste, fermez puis rouvrez la réunion.`,
      en: `Outlook answered "${officeName}" (${officeCode}). Retry; if it persists, close and reopen the meeting.`,
    };
    super('office-call-failed', {
      fr: `Échec pendant ${what.fr} : ${advice.fr}`,
      en: `Failed while ${what.en}: ${advice.en}`,
    });
    this.name = 'OfficeCallError';
  }
}

/** Outlook error names that mean the user may not change this item. */
export const READ_ONLY_ERRORS: ReadonlySet<string> = new Set([
  'InsufficientItemPermissionsError',
  'APINotSupportedForSharedFolders',
  'PermissionDenied',
  'AccessRestricted',
]);

/**
 * Runs one callback-style Office.js call as a promise; a failure becomes an
 * {@link OfficeCallError} naming `what` was being done.
 */
export function officeCall<T>(
  what: LocalizedMessage,
  start: (callback: (result: Office.AsyncResult<T>) => void) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    start((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) resolve(result.value);
      else reject(new OfficeCallError(result.error.name, result.error.code, what));
    });
  });
}
