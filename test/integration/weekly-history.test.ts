import { DEFAULT_CATALOG } from '../../src/core/catalog';
import { summarizeWeek } from '../../src/core/summarize';
import { DEFAULT_USER_SETTINGS } from '../../src/core/user-settings';
import { parseIsoWeek } from '../../src/core/week';
import { readWeek } from '../../src/graph/calendar-view';
import { GraphDriveStore } from '../../src/graph/graph-drive-store';
import { readWeeklyHistory } from '../../src/usecases/weekly-history';
import { writeWeekToWorkbook } from '../../src/workbook/write-week';
import { DEMO_WEEKLY_HOURS } from '../../src/emulator/seeds/demo';
import type { GraphHarness } from './support/graph-harness';
import { startHarness } from './support/graph-harness';

let harness: GraphHarness;
beforeAll(async () => {
  harness = await startHarness({ seed: 'demo', week: parseIsoWeek('2026-W47') });
});
afterAll(() => harness.emulator.close());
beforeEach(() => harness.resetLog());

const request = {
  lastWeek: parseIsoWeek('2026-W47'),
  weeks: 12,
  timeZone: 'Europe/Paris',
  settings: DEFAULT_USER_SETTINGS,
};
const deps = () => ({ graph: harness.graph, drive: new GraphDriveStore(harness.graph) });

describe('the weekly history the Results view shows', () => {
  it('without a tracking workbook, counts the 12 weeks of the calendar from one calendarView', async () => {
    const found = await readWeeklyHistory(deps(), request);
    expect([found.workbookWeeks, found.calendarWeeks]).toEqual([0, 12]);
    // One request finds no workbook; one calendarView (a single page here) covers the 12 weeks.
    expect(harness.roundTrips()).toEqual([
      'GET /me/drive/root:/Centaure/Centaure.xlsx:',
      'GET /me/calendarView',
    ]);
    expect(found.history.map((r) => r.week)).toEqual(
      Array.from({ length: 12 }, (_, i) => `2026-W${36 + i}`),
    );
    expect(found.history.map((r) => r.taskHours.MAIL)).toEqual([...DEMO_WEEKLY_HOURS.MAIL]);
    // W47, as the demo week's figures: 33.92 h tagged.
    expect(found.history[11].taggedHours).toBe(33.92);
  });

  it('with a tracking workbook, takes the weeks it holds and counts the others from one calendarView', async () => {
    const fromCalendar = (await readWeeklyHistory(deps(), request)).history;
    let bytes: Uint8Array | null = null;
    for (const week of ['2026-W46', '2026-W45']) {
      const { events } = await readWeek(harness.graph, {
        week: parseIsoWeek(week),
        timeZone: 'Europe/Paris',
      });
      const summary = summarizeWeek(events, {
        week: parseIsoWeek(week),
        timeZone: 'Europe/Paris',
        catalog: DEFAULT_CATALOG,
      });
      bytes = (await writeWeekToWorkbook(bytes, summary, { language: 'fr' })).bytes;
    }
    harness.emulator.drive.putFile('/Centaure/Centaure.xlsx', Buffer.from(bytes!));
    harness.resetLog();
    const found = await readWeeklyHistory(deps(), request);
    // W45 and W46 from the workbook; W36–W44 and W47 counted from the calendar.
    expect([found.workbookWeeks, found.calendarWeeks]).toEqual([2, 10]);
    expect(harness.roundTrips()).toEqual([
      'GET /me/drive/root:/Centaure/Centaure.xlsx:',
      expect.stringMatching(/^GET \/drives\/[^/]+\/items\/[^/]+\/content$/),
      // Graph answers the download with a redirect to a pre-authenticated URL.
      expect.stringMatching(/^GET \/_download\//),
      // One calendarView from W36 (the first week missing) to W47 (the last).
      'GET /me/calendarView',
    ]);
    // W45 and W46 (Mondays 2 and 9 November), MAIL 3 h each, as the seed states.
    expect(found.history.slice(9, 11).map((r) => [r.week, r.weekStart, r.taskHours.MAIL])).toEqual([
      ['2026-W45', '2026-11-02', 3],
      ['2026-W46', '2026-11-09', 3],
    ]);
    // The same twelve weeks as the calendar alone gives.
    expect(found.history).toEqual(fromCalendar);
  });

  it('with every week in the workbook, reads nothing from the calendar', async () => {
    let bytes: Uint8Array | null = null;
    const { events } = await readWeek(harness.graph, {
      week: parseIsoWeek('2026-W47'),
      timeZone: 'Europe/Paris',
    });
    const summary = summarizeWeek(events, {
      week: parseIsoWeek('2026-W47'),
      timeZone: 'Europe/Paris',
      catalog: DEFAULT_CATALOG,
    });
    bytes = (await writeWeekToWorkbook(bytes, summary, { language: 'fr' })).bytes;
    harness.emulator.drive.putFile('/Centaure/Centaure.xlsx', Buffer.from(bytes));
    harness.resetLog();
    const found = await readWeeklyHistory(deps(), { ...request, weeks: 1 });
    expect([found.workbookWeeks, found.calendarWeeks]).toEqual([1, 0]);
    expect(harness.roundTrips()).not.toContain('GET /me/calendarView');
  });
});
