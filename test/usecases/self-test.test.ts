import { DateTime } from 'luxon';
import { SignInError } from '../../src/auth/msal/sign-in-errors';
import { CentaureError } from '../../src/core/errors';
import type { HostFacts, SelfTestPorts } from '../../src/usecases/self-test';
import { runSelfTest, selfTestReport } from '../../src/usecases/self-test';
import { selfTestPorts } from '../../src/usecases/self-test-graph';
import type { GraphHarness } from '../integration/support/graph-harness';
import { startHarness } from '../integration/support/graph-harness';
import { memorySettings } from '../support/memory-settings';

const NEW_OUTLOOK: HostFacts = {
  client: 'newOutlookWindows',
  version: '1.2026.1101.100',
  mailbox: '1.14',
  nestedAppAuth: true,
  dialogApi: true,
  categories: 'array',
  itemReads: { categories: 12.4, customProperties: 231.6, sharedProperties: 18, roundTrips: 3 },
};

/** Every dependency answering as in a healthy tenant; tests break one at a time. */
function healthy(overrides: Partial<SelfTestPorts> = {}): SelfTestPorts {
  return {
    host: async () => NEW_OUTLOOK,
    signIn: async () => ({ path: 'naa-silent', scopes: ['Calendars.Read'] }),
    todayEventCount: async () => 6,
    masterCategories: async () => ({ present: 8, total: 8 }),
    workbook: async () => ({ path: '/Centaure/Centaure.xlsx', folder: true, file: true }),
    excelSession: async () => 'available',
    teamLink: async () => 'none',
    ...overrides,
  };
}

const report = async (ports: SelfTestPorts) => selfTestReport(await runSelfTest(ports), 'en');

describe('the first-day self-test', () => {
  it('says OK for each dependency of a healthy tenant, with the facts IT asks for', async () => {
    expect(await report(healthy())).toBe(
      [
        'Centaure — diagnostics',
        'OK · Outlook: newOutlookWindows 1.2026.1101.100',
        'OK · Requirement sets: Mailbox 1.14 · NestedAppAuth 1.1 · DialogApi 1.1',
        'OK · Meeting categories: read as a list',
        'OK · Meeting reads: categories 12\u00a0ms · custom properties 232\u00a0ms · sharing 18\u00a0ms (medians of 3 round trips)',
        'OK · Sign-in: Outlook, silently (NAA) · Calendars.Read',
        'OK · Today’s calendar: 6 event(s) read',
        'OK · Centaure categories: 8 of 8 present',
        'OK · Workbook: /Centaure/Centaure.xlsx · exists',
        'OK · Excel online: session available',
        'OK · Team link: no team',
      ].join('\n'),
    );
  });

  it('points at the app registration when Outlook says the origin is not valid for NAA', async () => {
    const text = await report(
      healthy({
        signIn: async () => Promise.reject(new SignInError('naa-origin', 'untrusted_origin')),
      }),
    );

    expect(text).toContain(
      'PROBLEM · Sign-in: Outlook refuses Centaure’s sign-in from this address: Centaure’s app registration in Entra ID must list the add-in’s address as a redirect URI',
    );
    expect(text).toContain('(code: untrusted_origin)');
    // Nothing past the sign-in can be probed: no line pretends it was.
    expect(text).not.toContain('Today’s calendar');
  });

  it('says the token was another account’s', async () => {
    const text = await report(
      healthy({ signIn: async () => Promise.reject(new SignInError('wrong-account')) }),
    );

    expect(text).toContain('PROBLEM · Sign-in: You are signed in with another account');
  });

  it('shows the Outlook versions whose categories read as null, as handled', async () => {
    const text = await report(
      healthy({ host: async () => ({ ...NEW_OUTLOOK, client: 'Outlook', categories: 'null' }) }),
    );

    expect(text).toContain('OK · Meeting categories: read as null (handled)');
  });

  it('says how long Outlook answers the meeting’s reads, in French too, and leaves out what it lacks', async () => {
    const older = healthy({
      host: async () => ({
        ...NEW_OUTLOOK,
        itemReads: { categories: 3, customProperties: 41, sharedProperties: null, roundTrips: 3 },
      }),
    });

    expect(selfTestReport(await runSelfTest(older), 'fr')).toContain(
      'OK · Lectures de la réunion : catégories 3\u00a0ms · propriétés 41\u00a0ms (médianes de 3 allers-retours)',
    );
  });

  it('says the reads were not measured where no meeting was read', async () => {
    const text = await report(
      healthy({
        host: async () => ({ ...NEW_OUTLOOK, categories: 'unreadable', itemReads: null }),
      }),
    );

    expect(text).toContain('OK · Meeting reads: not measured: no meeting read from Outlook');
  });

  it('tells Outlook 2016 to update, showing DialogApi as missing', async () => {
    const text = await report(
      healthy({
        host: async () => ({
          ...NEW_OUTLOOK,
          client: 'Outlook',
          version: '16.0.4266.1001',
          mailbox: '1.4',
          nestedAppAuth: false,
          dialogApi: false,
        }),
      }),
    );

    expect(text).toContain(
      'PROBLEM · Requirement sets: Mailbox 1.4 · NestedAppAuth — · DialogApi — → Update Outlook (Microsoft 365, Current Channel) or use Outlook on the web.',
    );
  });

  it('says in words that the pane is not open in Outlook', async () => {
    const text = await report(
      healthy({
        host: async () =>
          Promise.reject(new TypeError("Cannot read properties of undefined (reading 'mailbox')")),
      }),
    );

    expect(text).toContain(
      'PROBLEM · Outlook: The pane is not open in Outlook. → Open Centaure from a meeting of your Outlook calendar.',
    );
    expect(text).not.toMatch(/TypeError|undefined/);
  });

  it('gives a failed calendar read its own line, the other probes still running', async () => {
    const throttled = new CentaureError('graph-throttled', {
      fr: 'Microsoft 365 limite les requêtes : réessayez dans une minute.',
      en: 'Microsoft 365 is limiting requests: try again in a minute.',
    });
    const text = await report(healthy({ todayEventCount: async () => Promise.reject(throttled) }));

    expect(text).toContain('PROBLEM · Today’s calendar: Microsoft 365 is limiting requests');
    expect(text).toContain('OK · Centaure categories: 8 of 8 present');
  });

  it('writes the report in French', async () => {
    const lines = await runSelfTest(healthy());

    expect(selfTestReport(lines, 'fr').split('\n').slice(0, 2)).toEqual([
      'Centaure — diagnostic',
      'OK · Outlook : newOutlookWindows 1.2026.1101.100',
    ]);
  });
});

describe('the self-test against the Graph emulator’s demo week', () => {
  let harness: GraphHarness;
  beforeAll(async () => {
    // The demo week is the current one, so today has meetings (with subjects and attendees).
    harness = await startHarness({ seed: 'demo' });
  });
  afterAll(() => harness.emulator.close());

  it('never puts a token, a subject or an attendee in the report', async () => {
    const ports = selfTestPorts({
      tokens: { forScopes: () => ({ getAccessToken: async () => harness.emulator.token }) },
      graphBaseUrl: harness.emulator.url,
      settings: memorySettings(),
      host: async () => NEW_OUTLOOK,
    });

    const lines = await runSelfTest(ports);
    const text = [selfTestReport(lines, 'en'), selfTestReport(lines, 'fr')].join('\n');

    expect(lines.map((line) => [line.id, line.ok])).toEqual([
      ['outlook', true],
      ['requirement-sets', true],
      ['categories', true],
      ['meeting-reads', true],
      ['sign-in', true],
      ['calendar', true],
      ['master-categories', true],
      ['workbook', true],
      ['excel-session', true],
      ['team-link', true],
    ]);
    const today = DateTime.now().startOf('day');
    const events = harness.emulator.mailbox.instancesBetween(
      today.toMillis(),
      today.plus({ days: 1 }).toMillis(),
    );
    const subjects = events.map((event) => event.data.subject ?? '').filter((s) => s !== '');
    const attendees = events.flatMap((event) =>
      (event.data.attendees ?? []).map((attendee) => attendee.address),
    );
    expect(text).toContain(`Today’s calendar: ${events.length} event(s) read`);
    expect(text).not.toContain(harness.emulator.token);
    for (const secret of [...subjects, ...attendees, harness.emulator.mailbox.owner.mail]) {
      expect(text).not.toContain(secret);
    }
  });
});
