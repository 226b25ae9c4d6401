import { DEFAULT_CATALOG } from '../../src/core/catalog';
import { compactTagHistory, tagExample } from '../../src/core/suggestions';
import {
  NOTIFICATION_KEY,
  suggestOnNewMeeting,
} from '../../src/launch-event/suggest-on-new-meeting';

interface Notification {
  type: string;
  message: string;
  icon: string;
  persistent: boolean;
}

/** Outlook opening a new meeting form, as the event-based runtime sees it. */
function newMeeting(options: {
  subject?: string;
  attendees?: number;
  settings?: Record<string, unknown>;
  language?: string;
}) {
  const notifications = new Map<string, Notification>();
  const touched: string[] = [];
  const answer =
    <T>(value: T) =>
    (callback: (result: { status: string; value: T }) => void) =>
      callback({ status: 'succeeded', value });
  const attendees = Array.from({ length: options.attendees ?? 0 }, (_, i) => ({
    emailAddress: `p${i}@contoso.com`,
  }));
  const forbidden = (name: string) => () => {
    touched.push(name);
  };
  (globalThis as { Office?: unknown }).Office = {
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    MailboxEnums: { ItemNotificationMessageType: { InformationalMessage: 'informationalMessage' } },
    context: {
      displayLanguage: options.language ?? 'en-US',
      roamingSettings: { get: (key: string) => options.settings?.[key] },
      mailbox: {
        userProfile: { emailAddress: 'me@contoso.com' },
        item: {
          subject: { getAsync: answer(options.subject ?? ''), setAsync: forbidden('subject') },
          requiredAttendees: { getAsync: answer(attendees) },
          optionalAttendees: { getAsync: answer([]) },
          categories: { addAsync: forbidden('categories'), removeAsync: forbidden('categories') },
          loadCustomPropertiesAsync: forbidden('customProperties'),
          saveAsync: forbidden('save'),
          notificationMessages: {
            replaceAsync: (key: string, message: Notification, callback: (r: unknown) => void) => {
              notifications.set(key, message);
              callback({ status: 'succeeded' });
            },
          },
        },
      },
    },
  };
  return { notifications, touched };
}

// OnNewAppointmentOrganizer fires when the form opens, before the user types a subject or adds
// anyone (Microsoft's event-based activation walkthrough: "on composing a new appointment").
describe('the new meeting’s empty form', () => {
  it('shows nothing while there is neither a subject nor an attendee, whatever the history', async () => {
    // The user organizes meetings alone with no subject often enough that "me, nobody, no
    // subject" points to a task.
    const history = compactTagHistory(
      Array.from({ length: 12 }, () =>
        tagExample(
          { subject: '', organizer: 'me@contoso.com', attendeeCount: 0, seriesMasterId: null },
          'MGT',
        ),
      ),
      4096,
    );
    const meeting = newMeeting({ subject: '', attendees: 0, settings: { tagHistory: history } });

    await suggestOnNewMeeting();

    expect(meeting.notifications.size).toBe(0);
  });
});

describe('the suggestion on every new meeting', () => {
  it('shows the best local suggestion as an informational message, and tags nothing', async () => {
    const meeting = newMeeting({ subject: 'Revue stratégie marketing' });

    await suggestOnNewMeeting();

    expect(meeting.notifications.get(NOTIFICATION_KEY)).toEqual({
      type: 'informationalMessage',
      message:
        'Centaure suggests STRAT — Strategic marketing: planning, decisions — open Centaure to tag',
      icon: 'Icon.16x16',
      persistent: false,
    });
    expect(meeting.touched).toEqual([]);
  });

  it('speaks French to a French Outlook', async () => {
    const meeting = newMeeting({ subject: 'Revue stratégie marketing', language: 'fr-FR' });

    await suggestOnNewMeeting();

    expect(meeting.notifications.get(NOTIFICATION_KEY)?.message).toBe(
      'Centaure suggère STRAT — Marketing stratégique : planification, décisions — ouvrez Centaure pour marquer la réunion',
    );
  });

  it('speaks the language chosen in the settings rather than Outlook’s', async () => {
    const french = newMeeting({
      subject: 'Revue stratégie marketing',
      language: 'en-US',
      settings: { 'centaure.settings': { language: 'fr' } },
    });
    await suggestOnNewMeeting();
    expect(french.notifications.get(NOTIFICATION_KEY)?.message).toMatch(
      /^Centaure suggère STRAT — Marketing stratégique/,
    );

    const english = newMeeting({
      subject: 'Revue stratégie marketing',
      language: 'fr-FR',
      settings: { 'centaure.settings': { language: 'en' } },
    });
    await suggestOnNewMeeting();
    expect(english.notifications.get(NOTIFICATION_KEY)?.message).toMatch(
      /^Centaure suggests STRAT — Strategic marketing/,
    );
  });

  it('follows Outlook when the settings choose no language, or one it does not know', async () => {
    for (const language of [null, 'de']) {
      const meeting = newMeeting({
        subject: 'Revue stratégie marketing',
        language: 'fr-FR',
        settings: { 'centaure.settings': { language } },
      });
      await suggestOnNewMeeting();
      expect(meeting.notifications.get(NOTIFICATION_KEY)?.message).toMatch(/^Centaure suggère/);
    }
  });

  it('learns from the tag history and catalog in roaming settings', async () => {
    const history = [1, 2, 3].map(() =>
      tagExample(
        {
          subject: 'Point Acme',
          organizer: 'me@contoso.com',
          attendeeCount: 1,
          seriesMasterId: null,
        },
        'ACME',
      ),
    );
    // A task only the user's own catalog has: the handler must read the pane's settings.
    const acme = {
      ...DEFAULT_CATALOG[4],
      code: 'ACME',
      category: 'Client Acme',
      label: { fr: 'Compte Acme', en: 'Acme account' },
    };
    const meeting = newMeeting({
      subject: 'Point Acme',
      attendees: 1,
      settings: {
        tagHistory: compactTagHistory(history, 4096),
        'centaure.settings': { catalog: [...DEFAULT_CATALOG, acme] },
      },
    });

    await suggestOnNewMeeting();

    expect(meeting.notifications.get(NOTIFICATION_KEY)?.message).toBe(
      'Centaure suggests ACME — Acme account — open Centaure to tag',
    );
  });

  it('stays silent when nothing points to a task', async () => {
    const meeting = newMeeting({ subject: '' });

    await suggestOnNewMeeting();

    expect(meeting.notifications.size).toBe(0);
  });

  it('falls back to the default catalog when the stored one is unreadable', async () => {
    const meeting = newMeeting({
      subject: 'Revue stratégie marketing',
      settings: { 'centaure.settings': { catalog: 'junk' } },
    });

    await suggestOnNewMeeting();

    expect(meeting.notifications.get(NOTIFICATION_KEY)?.message).toMatch(/STRAT/);
  });
});
