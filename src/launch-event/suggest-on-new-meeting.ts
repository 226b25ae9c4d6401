import { ROAMING_KEYS } from '../core/addin';
import type { Catalog } from '../core/catalog';
import { DEFAULT_CATALOG, parseCatalog } from '../core/catalog';
import type { Language } from '../core/errors';
import { languageOfLocale, storedLanguageChoice } from '../core/language-choice';
import type { TagExample } from '../core/suggestions';
import { Suggester, defaultKeywordRules, expandTagHistory } from '../core/suggestions';

/** The key of Centaure's notification on the meeting: one at a time, replaced, never stacked. */
export const NOTIFICATION_KEY = 'centaure-suggestion';
/** Outlook cuts informational messages at 150 characters. */
const MAX_MESSAGE = 150;

/** The catalog inside the stored user settings (`core/user-settings`), read without the rest. */
function catalogFromSettings(settings: unknown): Catalog {
  const raw =
    typeof settings === 'object' && settings !== null
      ? (settings as { catalog?: unknown }).catalog
      : undefined;
  if (raw === undefined || raw === null) return DEFAULT_CATALOG;
  try {
    return parseCatalog(raw);
  } catch {
    // A catalog the pane would refuse is not worth a broken meeting form: use the default.
    return DEFAULT_CATALOG;
  }
}

/**
 * Keyword rules and the learned history. Keyword rules compile to regular expressions with
 * look-behind (ECMAScript 2018), which classic Outlook's ECMAScript 2016 runtime refuses: there
 * the suggestion comes from the history alone.
 */
function suggesterFor(catalog: Catalog, history: TagExample[]): Suggester {
  try {
    return new Suggester({ catalog, rules: defaultKeywordRules(catalog), history });
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    return new Suggester({ catalog, rules: [], history });
  }
}

export function suggestionMessage(code: string, label: string, language: Language): string {
  const text =
    language === 'fr'
      ? `Centaure suggère ${code} — ${label} — ouvrez Centaure pour marquer la réunion`
      : `Centaure suggests ${code} — ${label} — open Centaure to tag`;
  return text.length <= MAX_MESSAGE ? text : `${text.slice(0, MAX_MESSAGE - 1)}…`;
}

function get<T>(start: (done: (result: Office.AsyncResult<T>) => void) => void): Promise<T | null> {
  return new Promise((resolve) =>
    start((result) =>
      resolve(result.status === Office.AsyncResultStatus.Succeeded ? result.value : null),
    ),
  );
}

/**
 * What the `OnNewAppointmentOrganizer` and `OnAppointmentAttendeesChanged` handlers do: reads the new meeting's subject and
 * attendees, the catalog, the language the user chose and the compact tag history from roaming
 * settings, and shows the best local suggestion as an informational notification (replacing
 * the previous one). It never tags. Resolves once the notification is shown, or at once when
 * there is nothing to suggest: an empty form (no subject, no attendee) included.
 */
export async function suggestOnNewMeeting(): Promise<void> {
  const mailbox = Office.context.mailbox;
  const item = mailbox.item as Office.AppointmentCompose | undefined;
  if (item === undefined) return;
  const settings = Office.context.roamingSettings;
  const userSettings: unknown = settings.get(ROAMING_KEYS.settings);
  const catalog = catalogFromSettings(userSettings);
  const history = expandTagHistory(settings.get(ROAMING_KEYS.tagHistory));
  const [subject, required, optional] = await Promise.all([
    get<string>((done) => item.subject.getAsync(done)),
    get<Office.EmailAddressDetails[]>((done) => item.requiredAttendees.getAsync(done)),
    get<Office.EmailAddressDetails[]>((done) => item.optionalAttendees.getAsync(done)),
  ]);
  const attendeeCount = (required?.length ?? 0) + (optional?.length ?? 0);
  // OnNewAppointmentOrganizer fires as the form opens, before a subject or an attendee: a
  // suggestion then would come from habits alone. OnAppointmentAttendeesChanged runs this again
  // once people are added.
  if ((subject ?? '').trim() === '' && attendeeCount === 0) return;
  const suggester = suggesterFor(catalog, history);
  const [best] = suggester.suggest({
    subject: subject ?? '',
    organizer: mailbox.userProfile.emailAddress,
    attendeeCount,
    seriesMasterId: null,
    isPrivate: false,
  });
  if (best === undefined) return;
  const task = catalog.find((t) => t.code === best.code);
  const language: Language =
    storedLanguageChoice(userSettings) ?? languageOfLocale(Office.context.displayLanguage);
  await get<void>((done) =>
    item.notificationMessages.replaceAsync(
      NOTIFICATION_KEY,
      {
        type: Office.MailboxEnums.ItemNotificationMessageType.InformationalMessage,
        message: suggestionMessage(best.code, task?.label[language] ?? best.code, language),
        icon: 'Icon.16x16',
        persistent: false,
      },
      done,
    ),
  );
}
