import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { adoptedOn } from '../../src/demo/ai-dates';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { weeklyHistory, weekRecordFromSummary } from '../../src/core/history';
import { measuredGains } from '../../src/core/measured-gain';
import { summaryToJson, type SummaryJson } from '../../src/core/summary-json';
import type { WeekSummary } from '../../src/core/week-summary';
import { writeWeekToWorkbook } from '../../src/workbook/write-week';
import { graphEvent } from '../support/graph-event';
import type { DumpedWorkbook } from './support/independent-readers';
import {
  dumpWithOpenpyxl,
  recalculateWithLibreOffice,
  tableRecords,
} from './support/independent-readers';
import { busyWeek, smallWeek, summarizeFor, weeksOf2026 } from './support/weeks';

/**
 * One LibreOffice run recalculates every workbook of this file; the assertions then
 * compare what LibreOffice computed with what `centaure summarize` reports.
 */
const dir = mkdtempSync(join(tmpdir(), 'centaure-lo-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const YEAR_WEEKS = weeksOf2026(52);
let yearSummaries: Map<string, WeekSummary>;
let year: DumpedWorkbook;
let history: DumpedWorkbook;
let gain: DumpedWorkbook;

/**
 * The history of test/core/method-figures.test.ts, as meetings: MAIL on Mondays and ADM on
 * Tuesdays from 09:00, for W38 to W45 (Mondays 14 September to 2 November 2026).
 */
const GAIN_WEEKS = [
  ['2026-W38', '2026-09-14', 6, 3],
  ['2026-W39', '2026-09-21', 5.5, 3],
  ['2026-W40', '2026-09-28', 6.25, 2.5],
  ['2026-W41', '2026-10-05', 4.5, 3],
  ['2026-W42', '2026-10-12', 4, 3],
  ['2026-W43', '2026-10-19', 4.25, 3],
  ['2026-W44', '2026-10-26', 3.75, 1.5],
  ['2026-W45', '2026-11-02', 4, 1],
] as const;
const GAIN_CATALOG = adoptedOn({ MAIL: '2026-10-05', ADM: '2026-10-21' });
function gainWeek([week, monday, mail, adm]: (typeof GAIN_WEEKS)[number]): WeekSummary {
  const tuesday = `${monday.slice(0, 8)}${String(Number(monday.slice(8)) + 1).padStart(2, '0')}`;
  const until = (day: string, hours: number) => {
    const minutes = 9 * 60 + hours * 60;
    return `${day}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  };
  const events = [
    graphEvent({
      categories: ['Centaure MAIL'],
      start: `${monday}T09:00`,
      end: until(monday, mail),
    }),
    graphEvent({
      categories: ['Centaure ADM'],
      start: `${tuesday}T09:00`,
      end: until(tuesday, adm),
    }),
  ];
  return summarizeFor(events, week, GAIN_CATALOG);
}

async function build(summaries: WeekSummary[], language: 'fr' | 'en'): Promise<Uint8Array> {
  let bytes: Uint8Array | null = null;
  for (const summary of summaries)
    bytes = (await writeWeekToWorkbook(bytes, summary, { language })).bytes;
  return bytes!;
}

beforeAll(async () => {
  // A year of history, 60 events a week, then week 10 rewritten with 45 events:
  // every later row of the Events table moves up.
  yearSummaries = new Map(YEAR_WEEKS.map((week, i) => [week, busyWeek(week, 60, i + 1)]));
  const yearBytes = await build([...yearSummaries.values()], 'fr');
  const rewritten = busyWeek('2026-W10', 45, 999);
  yearSummaries.set('2026-W10', rewritten);
  const yearPath = join(dir, 'year.xlsx');
  writeFileSync(
    yearPath,
    (await writeWeekToWorkbook(yearBytes, rewritten, { language: 'fr' })).bytes,
  );

  // Three weeks around STRAT's "AI since" date (Monday 9 November), written out of order.
  const strat = (monday: string, hours: number) => [
    graphEvent({
      subject: '[STRAT] Plan',
      start: `${monday}T09:00`,
      end: `${monday}T${String(9 + hours).padStart(2, '0')}:00`,
    }),
  ];
  const historyPath = join(dir, 'history.xlsx');
  writeFileSync(
    historyPath,
    await build(
      [
        smallWeek(),
        summarizeFor(strat('2026-11-02', 3), '2026-W45'),
        summarizeFor(strat('2026-11-09', 1), '2026-W46'),
      ],
      'en',
    ),
  );

  const gainPath = join(dir, 'gain.xlsx');
  writeFileSync(gainPath, await build(GAIN_WEEKS.map(gainWeek), 'fr'));

  const recalculated = await recalculateWithLibreOffice([yearPath, historyPath, gainPath]);
  const dumps = await dumpWithOpenpyxl(recalculated, { values: true });
  [year, history, gain] = recalculated.map((path) => dumps[path]);
}, 240_000);

const value = (cell: { v: unknown } | undefined) => cell?.v ?? null;

describe('a year of history (52 weeks × 60 events), recalculated by LibreOffice', () => {
  const json = (week: string): SummaryJson => summaryToJson(yearSummaries.get(week)!);

  it('keeps every table range exact', () => {
    const eventCount = [...yearSummaries.values()].reduce((n, s) => n + s.events.length, 0);
    expect(Object.fromEntries(year.tables.map((t) => [t.name, t.ref]))).toEqual({
      WeeklyTasks: `A1:K${1 + 52 * 8}`,
      WeeklyQuadrants: 'A1:K53',
      Events: `A1:J${1 + eventCount}`,
      Catalog: 'A1:J9',
    });
  });

  it('has, for every week, the task figures of summarize', () => {
    const rows = tableRecords(year, 'WeeklyTasks');
    const expected = YEAR_WEEKS.flatMap((week) =>
      json(week).tasks.map((t) => [
        week,
        t.code,
        t.plannedHours,
        t.actualHours,
        t.deltaHours,
        t.events,
      ]),
    );
    const actual = rows.map((r) =>
      ['Semaine', 'Code', 'Prévu h', 'Réel h', 'Écart h', 'Événements'].map((h) => value(r[h])),
    );
    expect(actual).toEqual(expected);
  });

  it('has, for every week, the quadrant totals of summarize', () => {
    const rows = tableRecords(year, 'WeeklyQuadrants');
    expect(rows.map((r) => Object.values(r).map(value))).toEqual(
      YEAR_WEEKS.map((week) => {
        const { totals, quadrants, week: w } = json(week);
        return [
          week,
          `${w.start.slice(0, 10)}T00:00:00`,
          quadrants['I+U+'],
          quadrants['I-U+'],
          quadrants['I+U-'],
          quadrants['I-U-'],
          totals.taggedHours,
          totals.untaggedHours,
          totals.countedHours,
          totals.overlapHours,
          totals.importantShare,
        ];
      }),
    );
  });

  it('has, for every week, its events in order with their hours and tags', () => {
    const rows = tableRecords(year, 'Events');
    expect(
      rows.map((r) => ['Semaine', 'Heures', 'Code', 'Quadrant', 'Objet'].map((h) => value(r[h]))),
    ).toEqual(
      YEAR_WEEKS.flatMap((week) =>
        json(week).events.map((e) => [
          week,
          e.hours,
          e.task,
          e.quadrant,
          e.subject === '' ? null : e.subject,
        ]),
      ),
    );
  });

  it('computes on the dashboard, for the week just written, the figures of summarize', () => {
    const { totals, quadrants, tasks } = json('2026-W10');
    const cells = year.sheets['Tableau de bord'].cells;
    const at = (address: string) => value(cells[address]);
    expect(at('B3')).toBe('2026-W10');
    expect(at('D3')).toBe('2026-03-02T00:00:00');
    expect(['A6', 'B6', 'C6', 'D6', 'E6'].map(at)).toEqual([
      totals.countedHours,
      totals.taggedHours,
      totals.untaggedHours,
      totals.overlapHours,
      totals.importantShare,
    ]);
    expect(['B11', 'D11', 'B12', 'D12'].map(at)).toEqual([
      quadrants['I+U+'],
      quadrants['I+U-'],
      quadrants['I-U+'],
      quadrants['I-U-'],
    ]);
    const share = (hours: number) => (totals.taggedHours === 0 ? 0 : hours / totals.taggedHours);
    expect(at('C11')).toBeCloseTo(share(quadrants['I+U+']), 12);
    expect(at('E12')).toBeCloseTo(share(quadrants['I-U-']), 12);
    const taskRows = tasks.map((_, i) =>
      ['A', 'C', 'D', 'E', 'F', 'G'].map((c) => at(`${c}${16 + i}`)),
    );
    expect(taskRows).toEqual(
      tasks.map((t) => [t.code, t.quadrant, t.plannedHours, t.actualHours, t.deltaHours, t.events]),
    );
    // Slots past the week's tasks stay empty.
    expect(at(`A${16 + tasks.length}`)).toBeNull();
  });

  it('says why the AI block is empty when no task of the catalog has an AI date', () => {
    const at = (address: string) => value(year.sheets['Tableau de bord'].cells[address]);
    expect(at('J16')).toBeNull();
    expect(at('M14')).toBe(
      'Aucune tâche n’a encore de date « IA depuis » : renseignez-la dans le fichier catalogue (--catalog), que la feuille Catalogue recopie à chaque semaine, pour comparer avant et après.',
    );
  });
});

describe('the dashboard over a few weeks, worked by hand', () => {
  const at = (address: string) => value(history.sheets.Dashboard.cells[address]);

  it('lists the selected week (the last written, W46) task by task, in catalog order', () => {
    expect(at('B3')).toBe('2026-W46');
    expect(['A16', 'A17', 'A18', 'A19'].map(at)).toEqual(['MAIL', 'STRAT', 'MGT', null]);
    // W46: only STRAT, 1 h of its 6 planned.
    expect(['D17', 'E17', 'F17', 'G17'].map(at)).toEqual([6, 1, -5, 1]);
    expect(['A6', 'B6', 'E6'].map(at)).toEqual([1, 1, 1]);
  });

  it('gives no average before 3 weeks on each side of the AI date, and says so', () => {
    // STRAT, AI since Mon 9 Nov: W45 is before; W46 and W47 after.
    expect(['J16', 'K16', 'L16'].map(at)).toEqual(['STRAT', 'Strategy', '2026-11-09T00:00:00']);
    expect(['M16', 'N16', 'O16', 'P16', 'Q16', 'R16'].map(at)).toEqual([
      null,
      null,
      null,
      null,
      1,
      2,
    ]);
    expect(at('S16')).toBe('not enough weeks yet (3 on each side)');
    // MAIL and MGT have no AI date.
    expect(at('J17')).toBeNull();
    expect(at('M14')).toBeNull();
  });

  it('keeps the weeks in order in the week list of the selector', () => {
    expect(tableRecords(history, 'WeeklyQuadrants').map((r) => value(r.Week))).toEqual([
      '2026-W45',
      '2026-W46',
      '2026-W47',
    ]);
  });
});

describe('the measured gain, the same in the workbook recalculated by LibreOffice and in the core', () => {
  const at = (address: string) => value(gain.sheets['Tableau de bord'].cells[address]);

  it('shows the hand-worked figures: MAIL 5.92 h → 4.10 h a week, −1.82 h, −30.7 %, 3 and 5 weeks', () => {
    expect(['J16', 'M16', 'N16', 'O16', 'P16', 'Q16', 'R16', 'S16'].map(at)).toEqual([
      'MAIL',
      5.92,
      4.1,
      -1.82,
      -0.307,
      3,
      5,
      null,
    ]);
    // ADM, adopted on Wednesday 21 October: W43 counts before, so 2 weeks after.
    expect(['J17', 'M17', 'Q17', 'R17', 'S17'].map(at)).toEqual([
      'ADM',
      null,
      6,
      2,
      'pas encore assez de semaines (3 de chaque côté)',
    ]);
  });

  it('computes what measuredGains computes from the same weeks', () => {
    const gains = measuredGains(
      GAIN_CATALOG,
      weeklyHistory(GAIN_WEEKS.map(gainWeek).map(weekRecordFromSummary)),
    );
    const dashboard = gains.map((_, i) => {
      const row = 16 + i;
      const cell = (column: string) => at(`${column}${row}`);
      return {
        code: cell('J'),
        weeksBefore: cell('Q'),
        weeksAfter: cell('R'),
        figures: cell('M') === null ? null : ['M', 'N', 'O', 'P'].map(cell),
      };
    });
    expect(dashboard).toEqual(
      gains.map((g) => ({
        code: g.code,
        weeksBefore: g.weeksBefore,
        weeksAfter: g.weeksAfter,
        figures:
          g.status === 'measured'
            ? [g.beforeHours, g.afterHours, g.changeHours, g.changeShare]
            : null,
      })),
    );
  });
});
