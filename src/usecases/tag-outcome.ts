import type { LocalizedMessage } from '../core/errors';
import type { CurrentMeeting } from '../office/current-meeting';

const KEPT_WHEN_SAVED: LocalizedMessage = {
  fr: 'L’étiquette sera conservée quand vous enregistrerez ou enverrez la réunion ; si vous la fermez sans l’enregistrer, elle sera perdue.',
  en: 'The tag is kept when you save or send the meeting; if you close it without saving, it is lost.',
};

/**
 * What the pane adds after a tag: nothing when it is in the mailbox, the plain warning when it
 * is on a new meeting's form only (classic Outlook on Windows, see OutlookMeeting).
 */
export function afterTagNotice(meeting: CurrentMeeting): LocalizedMessage | null {
  return meeting.keptWhenSaved === true ? KEPT_WHEN_SAVED : null;
}
