/**
 * A scripted Outlook on the web for the production taskpane page, appended to the real office.js
 * (served from @microsoft/office-js): the page parses and runs Microsoft's loader as in Outlook,
 * then `Office.onReady` answers as Outlook on the web does for an appointment open in read mode.
 *
 * Outside a host, office.js initialises with `host: null` and no mailbox; this script waits for
 * that, then fills `Office.context` with what Outlook hands a pane in its first context message
 * (the item's read-mode properties, the roaming settings of a returning user, the display
 * language and theme) and
 * answers the item's asynchronous calls after ITEM_READ_MS, as Outlook's round trip does.
 * Both pages of the bench (Centaure's and the template) get the same office.js and this script.
 */

import { ROAMING_KEYS } from '../../src/core/addin';

/**
 * One asynchronous item call in Outlook on the web (`categories.getAsync`,
 * `loadCustomPropertiesAsync`, `getSharedPropertiesAsync`): the pane posts a message to the
 * Outlook page, which answers from its item cache or from the server.
 * - Microsoft's "Limits for activation and JavaScript API for Outlook add-ins" lists
 *   `loadCustomPropertiesAsync` among the calls that reach the server on the web ("browsers allow
 *   only a limited number of asynchronous calls to servers").
 * - Telemetry published in OfficeDev/office-js#2666 puts that custom-property server call on the
 *   web "almost always" over 200 ms (measured on its twin, `CustomProperties.saveAsync`).
 * - No published figure exists for the calls Outlook may answer from its cache (categories,
 *   shared properties): they take as long here, the cautious choice.
 * - A real Outlook's own figures: Settings → Diagnostics, "Meeting reads" (medians of a few
 *   round trips of each call, src/office/outlook/host-facts.ts).
 * Centaure's reads run in parallel, so the pane pays about one of these. (office-js#2212 puts
 * office.js's own readiness on the web at about 700 ms; here office.js takes its plain-browser
 * path, the mapping table instead of outlook-web-16.01.js and the host's handshake, which is
 * faster, for both pages of the bench alike.)
 */
export const ITEM_READ_MS = 200;

/** The meeting the pane opens on: the demo week's "Point juridique CGV" (Monday 14:30–15:30, Paris). */
const MEETING = {
  subject: 'Point juridique CGV',
  start: '2026-11-16T13:30:00Z',
  end: '2026-11-16T14:30:00Z',
  organizer: 'juridique@contoso.fr',
};

/** JavaScript appended to office.js: runs in the page, once office.js has defined `Office`. */
export function scriptedOutlookHost(options: { language: string }): string {
  return `
;(function scriptedOutlookOnTheWeb() {
  var ITEM_READ_MS = ${ITEM_READ_MS};
  var meeting = ${JSON.stringify(MEETING)};
  var later = function (callback, value, failure) {
    performance.mark('host:item-call');
    setTimeout(function () {
      performance.mark('host:item-answer');
      callback(failure
        ? { status: Office.AsyncResultStatus.Failed, error: failure, value: undefined }
        : { status: Office.AsyncResultStatus.Succeeded, value: value });
    }, ITEM_READ_MS);
  };
  // A user who opened the pane before (the first-run card said "go"): the pane opens for every
  // meeting they open, the card once in their life (its own first paint is checked for layout
  // shifts by the first-run journey).
  var stored = ${JSON.stringify({ [ROAMING_KEYS.firstRun]: 'done' })};
  var item = {
    itemType: 'appointment',
    itemId: 'AAMkAGI2TG93AAA=',
    seriesId: null,
    recurrence: null,
    sensitivity: 'normal',
    subject: meeting.subject,
    start: new Date(meeting.start),
    end: new Date(meeting.end),
    organizer: { emailAddress: meeting.organizer, displayName: 'Service juridique' },
    requiredAttendees: [{ emailAddress: 'ana@contoso.fr', displayName: 'Ana' }],
    optionalAttendees: [],
    categories: { getAsync: function (callback) { later(callback, []); } },
    loadCustomPropertiesAsync: function (callback) {
      later(callback, { get: function () { return undefined; }, set: function () {}, remove: function () {} });
    },
    // Not in a shared folder: Outlook answers with an error.
    getSharedPropertiesAsync: function (callback) {
      later(callback, undefined, { name: 'GenericResponseError', code: 9018 });
    },
  };
  var realOnReady = Office.onReady.bind(Office);
  var ready = realOnReady().then(function () {
    performance.mark('host:office-ready');
    Office.MailboxEnums = {
      ItemType: { Appointment: 'appointment', Message: 'message' },
      RestVersion: { v2_0: 'v2.0' },
      AppointmentSensitivityType: { Normal: 'normal', Private: 'private' },
      DelegatePermissions: { Read: 1, Write: 2, DeleteOwn: 4, DeleteAll: 8, EditOwn: 16, EditAll: 32 },
    };
    Office.context.displayLanguage = ${JSON.stringify(options.language)};
    Office.context.officeTheme = { bodyBackgroundColor: '#ffffff' };
    // Mailbox 1.1 to 1.13, compared as versions: as decimals, 1.8 would be above 1.13.
    Office.context.requirements = {
      isSetSupported: function (name, version) {
        var parts = String(version).split('.').map(Number);
        return name === 'Mailbox' && parts[0] === 1 && (parts[1] || 0) <= 13;
      },
    };
    Office.context.roamingSettings = {
      get: function (key) { return stored[key]; },
      set: function (key, value) { stored[key] = value; },
      remove: function (key) { delete stored[key]; },
      saveAsync: function (callback) { later(callback, undefined); },
    };
    Office.context.mailbox = {
      item: item,
      userProfile: { emailAddress: 'camille@contoso.fr', displayName: 'Camille' },
      // On the web, hostVersion is the Exchange server's (Office.Diagnostics.hostVersion).
      diagnostics: { hostName: 'OutlookWebApp', hostVersion: '15.20.8293.19' },
      convertToRestId: function (id) { return id.replace(/\\//g, '-').replace(/\\+/g, '_'); },
      addHandlerAsync: function () {},
      removeHandlerAsync: function () {},
    };
    return { host: 'Outlook', platform: 'OfficeOnline' };
  });
  Office.onReady = function (callback) {
    return ready.then(function (info) {
      if (callback) callback(info);
      return info;
    });
  };
})();
`;
}
