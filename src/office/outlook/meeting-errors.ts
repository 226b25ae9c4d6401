import { CentaureError } from '../../core/errors';

/** The meeting is in a shared or delegate calendar the user may only read. */
export class ReadOnlyMeetingError extends CentaureError {
  constructor() {
    super('meeting-read-only', {
      fr: 'Cette réunion est dans un calendrier partagé ou délégué que vous pouvez seulement lire : Centaure ne peut pas la marquer. Demandez à son propriétaire de la marquer, ou un accès en modification.',
      en: 'This meeting is in a shared or delegate calendar you can only read: Centaure cannot tag it. Ask its owner to tag it, or for edit access.',
    });
    this.name = 'ReadOnlyMeetingError';
  }
}

/** The Outlook in use lacks an API set the action needs (`isSetSupported` said no). */
export class OutlookTooOldError extends CentaureError {
  constructor(
    readonly requirementSet: string,
    readonly version: string,
  ) {
    super('outlook-too-old', {
      fr: `Cette version d’Outlook ne permet pas de marquer une réunion (il faut ${requirementSet} ${version}). Mettez Outlook à jour, ou utilisez Outlook sur le web.`,
      en: `This version of Outlook cannot tag a meeting (it needs ${requirementSet} ${version}). Update Outlook, or use Outlook on the web.`,
    });
    this.name = 'OutlookTooOldError';
  }
}

/** A new meeting was closed before Outlook saved it: there is nothing to write the tag to. */
export class MeetingClosedError extends CentaureError {
  constructor() {
    super('meeting-closed', {
      fr: 'La réunion a été fermée avant d’être enregistrée : rouvrez-la, puis choisissez la tâche à nouveau.',
      en: 'The meeting was closed before it was saved: open it again, then choose the task again.',
    });
    this.name = 'MeetingClosedError';
  }
}

/** The meeting was saved in Outlook's local cache and has not reached the server yet. */
export class MeetingNotSyncedError extends CentaureError {
  constructor() {
    super('meeting-not-synced', {
      fr: 'Outlook n’a pas encore envoyé la nouvelle réunion au serveur. Réessayez dans une minute.',
      en: 'Outlook has not sent the new meeting to the server yet. Retry in a minute.',
    });
    this.name = 'MeetingNotSyncedError';
  }
}

/** A quadrant override belongs to one occurrence (SPEC §4.6), never to a whole series. */
export class SeriesOverrideError extends CentaureError {
  constructor() {
    super('series-override', {
      fr: 'Le quadrant se change réunion par réunion, pas pour toute la série : ouvrez l’occurrence voulue.',
      en: 'The quadrant is changed meeting by meeting, not for a whole series: open the occurrence you want.',
    });
    this.name = 'SeriesOverrideError';
  }
}

/** Office.js cannot tag this meeting of someone else's calendar here, and Graph's `/me` cannot reach it. */
export class SharedCalendarError extends CentaureError {
  constructor() {
    super('meeting-shared-calendar', {
      fr: 'Cette réunion est dans le calendrier d’une autre personne : Outlook ne permet de la marquer ici qu’en l’ouvrant dans sa propre fenêtre dans Outlook classique. Sinon, demandez à son propriétaire de la marquer.',
      en: 'This meeting is in another person’s calendar: here Outlook lets Centaure tag it only when it is open in its own window in classic Outlook. Otherwise, ask its owner to tag it.',
    });
    this.name = 'SharedCalendarError';
  }
}
