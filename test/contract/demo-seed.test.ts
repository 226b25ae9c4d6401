import { parseIsoWeek } from '../../src/core/week';
import { adoptedOn } from '../../src/demo/ai-dates';
import { summarizeWeek } from '../../src/core/summarize';
import { summaryToJson } from '../../src/core/summary-json';
import type { GraphEmulator } from '../../src/emulator';
import { startGraphEmulator } from '../../src/emulator';
import { trustEmulatorCa } from '../../src/emulator/trust-ca';
import { DEMO_WEEKLY_HOURS } from '../../src/emulator/seeds/demo';
import { graphGetAll } from './support/graph-fetch';
import type { WeekRecord } from '../../src/core/history';
import { weeklyHistory, weekRecordFromSummary } from '../../src/core/history';
import { measuredGains } from '../../src/core/measured-gain';

/*
 * The demo week 2026-W47 (Monday 16 to Sunday 22 November 2026, Paris = UTC+1), counted by
 * hand with SPEC §4 and the default catalog. Minutes each event counts (shares of overlaps):
 *
 * Monday 16 — union 405 min, 30 double-booked (14:30–15:00)
 *   08:00–08:15 [VEIL] Revue de presse (daily series)        VEIL   15
 *   08:30–09:00 Créneau emails (weekly series)               MAIL   30
 *   09:00–11:00 CODIR hebdomadaire (weekly series)           REU   120
 *   11:00–12:00 Rédaction brief agence (UTC)                 OPE    60
 *   12:30–13:30 Déjeuner avec Sophie                         —      60 untagged
 *   14:00–15:00 Réponse presse (override I+U+)               OPE    30 + 30/2 = 45
 *   14:30–15:30 Point juridique CGV                          —      30/2 + 30 = 45 untagged
 *   16:30–17:00 Point individuel 1:1 (occurrence)            MGT    30
 * Tuesday 17 — union 360 min, 45 double-booked (11:00–11:45)
 *   08:00–08:15 revue de presse VEIL 15; 08:30–09:00 emails MAIL 30
 *   09:30–09:45 [OPE] Stand-up agence (occurrence)           OPE    15
 *   10:00–11:30 Revue campagne Noël                          OPE    60 + 15/2 + 15/3 = 72.5
 *   11:00–12:30 [STRAT] Préparation plan 2027                STRAT  15/2 + 15/3 + 15/2 + 45 = 65
 *   11:15–11:45 Appel client Groupe Fnac (UTC)               —      15/3 + 15/2 = 12.5 untagged
 *   14:00–15:00 Webinar Salesforce                           declined, 0
 *   15:30–17:00 Atelier persona (STRAT and OPE categories)   STRAT  90, ambiguous
 *   17:00–18:00 Préparation CODIR de décembre                REU    60
 *   (the Tuesday 1:1 moved to Wednesday)
 * Wednesday 18 — union 420 min, 15 double-booked (08:00–08:15)
 *   all day     Télétravail                                  untagged all-day: excluded
 *   07:30–08:30 Rendez-vous médical (private)                —      30 + 15/2 + 15 = 52.5 untagged
 *   08:00–08:15 revue de presse                              VEIL   15/2 = 7.5
 *   08:30–09:00 emails                                       MAIL   30
 *   10:00–10:30 Point individuel 1:1 (exception, moved)      MGT    30
 *   12:30–14:00 Déjeuner agence RP                           cancelled, 0
 *   14:00–15:30 Comité budget mensuel (monthly series)       ADM    90
 *   16:00–17:00 Entretien de recrutement (private)           MGT    60
 *   18:30–20:00 Afterwork (tentative)                        —      90 untagged
 *   23:00–00:30 Visio APAC (UTC, crosses midnight)           OPE    60 here + 30 on Thursday = 90
 * Thursday 19 — timed union 135 min
 *   all day     [VEIL] Salon Heavent Paris                   VEIL  420 (7 h)
 *   00:00–00:30 end of the APAC call (above)
 *   08:00–08:15 revue de presse VEIL 15; 08:30–09:00 emails MAIL 30
 *   09:30–09:45 Stand-up agence (exception, cancelled)       cancelled, 0
 *   14:00–15:00 [VEIL] Conférence IA & marketing             VEIL   60
 *   (the Thursday 1:1 is deleted: not in the view)
 * Friday 20 — timed union 165 min
 *   Fri–Sun     Séminaire Deauville (category "STRAT")       STRAT 420 (Friday only: 7 h)
 *   08:00–08:15 revue de presse VEIL 15; 08:30–09:00 emails MAIL 30
 *   09:00–10:00 Reporting hebdo KPI (numbered series)        ADM    60
 *   10:00–10:30 Appel imprimeur                              —      30 untagged
 *   11:00–11:15 Rappel notes de frais (showAs free)          free, 0
 *   11:30–12:00 [ope] Relances partenaires salon             OPE    30
 * Sunday 22
 *   11:00–13:00 Brunch famille (private, free)               free, 0
 *
 * Tasks: MAIL 5×30 = 150; REU 120+60 = 180; ADM 90+60 = 150;
 *   VEIL 15+15+7.5+15+15 + 420 + 60 = 547.5; OPE 60+45+15+72.5+90+30 = 312.5;
 *   MGT 30+30+60 = 120; STRAT 65+90+420 = 575; CRISE 0.
 * Tagged 2035 min, untagged 60+45+12.5+52.5+90+30 = 290, counted 2325
 *   (= timed unions 405+360+420+135+165 + all-day 420+420).
 * Quadrants: I+U+ = MGT 120 + override 45 = 165; I-U+ = MAIL 150 + OPE 267.5 = 417.5;
 *   I+U- = REU 180 + VEIL 547.5 + STRAT 575 = 1302.5; I-U- = ADM 150.
 * Overlap 30+45+15 = 90 min. Important share (165+1302.5)/2035 = 0.7211.
 */
const WEEK = '2026-W47';

let emulator: GraphEmulator;
beforeAll(async () => {
  emulator = await startGraphEmulator({ seed: 'demo', week: parseIsoWeek(WEEK) });
  trustEmulatorCa(emulator.caPem);
});
afterAll(() => emulator.close());

async function demoWeekEvents(): Promise<Record<string, unknown>[]> {
  const query = new URLSearchParams({
    startDateTime: '2026-11-16T00:00:00+01:00',
    endDateTime: '2026-11-23T00:00:00+01:00',
    $expand: `singleValueExtendedProperties($filter=id eq 'String {00020329-0000-0000-C000-000000000046} Name cecp-c82467d4-2a51-46fa-bd47-41687ebb5dc1')`,
  });
  const { items } = await graphGetAll(emulator, `/v1.0/me/calendarView?${query.toString()}`, {
    Prefer: 'odata.maxpagesize=50',
  });
  return items;
}

describe('the demo seed', () => {
  it('holds 40 events in its week: 23 single events and 17 from seven series', async () => {
    const events = await demoWeekEvents();
    expect(events).toHaveLength(40);
    const types = events.map((event) => event.type);
    expect(types.filter((type) => type === 'singleInstance')).toHaveLength(23);
    expect(types.filter((type) => type === 'occurrence')).toHaveLength(15);
    expect(types.filter((type) => type === 'exception')).toHaveLength(2);
    expect(new Set(events.map((event) => event.seriesMasterId).filter(Boolean)).size).toBe(7);
  });

  it('adds up to the figures worked out by hand', async () => {
    const summary = summaryToJson(
      summarizeWeek(await demoWeekEvents(), {
        week: parseIsoWeek(WEEK),
        timeZone: 'Romance Standard Time',
      }),
    );
    expect(summary.totals).toEqual({
      countedHours: 38.75, // 2325 min
      taggedHours: 33.92, // 2035 min
      untaggedHours: 4.83, // 290 min
      overlapHours: 1.5, // 90 min
      importantShare: 0.72,
    });
    expect(summary.quadrants).toEqual({ 'I+U+': 2.75, 'I-U+': 6.96, 'I+U-': 21.71, 'I-U-': 2.5 });
    expect(summary.tasks.map((task) => [task.code, task.actualHours, task.events])).toEqual([
      ['MAIL', 2.5, 5],
      ['REU', 3, 2],
      ['ADM', 2.5, 2],
      ['VEIL', 9.13, 7], // 547.5 min
      ['OPE', 5.21, 6], // 312.5 min
      ['MGT', 2, 3],
      ['STRAT', 9.58, 3], // 575 min
      ['CRISE', 0, 0],
    ]);
  });

  it('excludes the declined, cancelled, free and untagged all-day events with their reason', async () => {
    const summary = summaryToJson(
      summarizeWeek(await demoWeekEvents(), { week: parseIsoWeek(WEEK), timeZone: 'Europe/Paris' }),
    );
    const excluded = summary.events
      .filter((event) => event.excluded !== null)
      .map((event) => event.excluded);
    expect(excluded.sort()).toEqual([
      'allDay',
      'cancelled',
      'cancelled',
      'declined',
      'free',
      'free',
    ]);
    const ambiguous = summary.events.filter((event) => event.ambiguous);
    expect(ambiguous).toEqual([
      expect.objectContaining({ task: 'STRAT', hours: 1.5, tagSource: 'category' }),
    ]);
    const overridden = summary.events.filter(
      (event) => event.task === 'OPE' && event.quadrant === 'I+U+',
    );
    expect(overridden).toEqual([expect.objectContaining({ hours: 0.75 })]);
  });
});

/*
 * The 12 weeks of the demo mailbox, W36 (Monday 31 August) to W47. MAIL and ADM hours per
 * week are the story the seed states (DEMO_WEEKLY_HOURS), with AI on email from Monday
 * 12 October (W42) and on reporting from Monday 26 October (W44):
 *   MAIL before: (5 + 5.5 + 5 + 4.5 + 5 + 5.5) / 6 = 5.0833 → 5.08 h; after:
 *     (3.5 + 3.5 + 3 + 3 + 3 + 2.5) / 6 = 3.0833 → 3.08 h; −2.00 h, −2 / 5.08 = −39.4 %.
 *   ADM before: (4 + 4.5 + 4 + 4 + 4.5 + 4 + 4 + 4.5) / 8 = 4.1875 → 4.19 h; after:
 *     (3 + 2.5 + 2.5 + 2.5) / 4 = 2.625 → 2.63 h; −1.56 h, −1.56 / 4.19 = −37.2 %.
 */
describe('the twelve weeks of the demo mailbox', () => {
  const WEEKS = Array.from({ length: 12 }, (_, i) => `2026-W${36 + i}`);
  let records: WeekRecord[];

  beforeAll(async () => {
    const query = new URLSearchParams({
      startDateTime: '2026-08-31T00:00:00+02:00',
      endDateTime: '2026-11-23T00:00:00+01:00',
    });
    const { items } = await graphGetAll(emulator, `/v1.0/me/calendarView?${query.toString()}`, {
      Prefer: 'odata.maxpagesize=500',
    });
    records = WEEKS.map((week) =>
      weekRecordFromSummary(
        summarizeWeek(items, { week: parseIsoWeek(week), timeZone: 'Europe/Paris' }),
      ),
    );
  });

  it('holds the MAIL and ADM hours the seed states, week by week', () => {
    expect(records.map((r) => r.taskHours.MAIL)).toEqual([...DEMO_WEEKLY_HOURS.MAIL]);
    expect(records.map((r) => r.taskHours.ADM)).toEqual([...DEMO_WEEKLY_HOURS.ADM]);
  });

  it('has every quadrant every week, and the crisis in W39', () => {
    for (const record of records) {
      expect(record.quadrantHours['I+U-']).toBeGreaterThan(0);
      expect(record.quadrantHours['I-U+']).toBeGreaterThan(0);
      expect(record.quadrantHours['I-U-']).toBeGreaterThan(0);
    }
    expect(records.map((r) => r.taskHours.CRISE)).toEqual([0, 0, 0, 1.5, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('gives the measured gains worked out above', () => {
    const catalog = adoptedOn({ MAIL: '2026-10-12', ADM: '2026-10-26' });
    expect(measuredGains(catalog, weeklyHistory(records))).toEqual([
      expect.objectContaining({
        code: 'MAIL',
        weeksBefore: 6,
        weeksAfter: 6,
        beforeHours: 5.08,
        afterHours: 3.08,
        changeHours: -2,
        changeShare: -0.394,
      }),
      expect.objectContaining({
        code: 'ADM',
        weeksBefore: 8,
        weeksAfter: 4,
        beforeHours: 4.19,
        afterHours: 2.63,
        changeHours: -1.56,
        changeShare: -0.372,
      }),
    ]);
  });
});
