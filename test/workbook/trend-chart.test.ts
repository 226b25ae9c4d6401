import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { DateTime } from 'luxon';
import { DEFAULT_CATALOG } from '../../src/core/catalog';
import { trend, weeklyHistory, weekRecordFromSummary } from '../../src/core/history';
import { parseIsoWeek } from '../../src/core/week';
import type { WeekSummary } from '../../src/core/week-summary';
import { writeWeekToWorkbook } from '../../src/workbook/write-week';
import { graphEvent } from '../support/graph-event';
import type { DumpedWorkbook } from './support/independent-readers';
import {
  dumpWithOpenpyxl,
  recalculateWithLibreOffice,
  renderChartsWithLibreOffice,
} from './support/independent-readers';
import type { Picture } from './support/png';
import { countColour, readPng } from './support/png';
import { summarizeFor } from './support/weeks';

const dir = mkdtempSync(join(tmpdir(), 'centaure-chart-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The chart's colours: I+U+ red, I+U- blue, I-U+ orange, I-U- grey, important share green. */
const RED = 'C00000';
const BLUE = '2E75B6';
const ORANGE = 'ED7D31';
const GREY = 'A5A5A5';
const GREEN = '00B050';

/**
 * Week n (0 = 2026-W34): MGT (I+U+) 2 h on Monday, STRAT (I+U-) 1 + n/4 h on Tuesday,
 * MAIL (I-U+) 4 h on Wednesday, ADM (I-U-) 1 h on Thursday, all from 09:00 Paris.
 */
function week(n: number, codes = ['MGT', 'STRAT', 'MAIL', 'ADM']): WeekSummary {
  const monday = DateTime.fromISO('2026-08-17', { zone: 'Europe/Paris' }).plus({ weeks: n });
  const hours: Record<string, number> = { MGT: 2, STRAT: 1 + n / 4, MAIL: 4, ADM: 1 };
  const events = codes.map((code, day) => {
    const start = monday.plus({ days: day, hours: 9 });
    const end = start.plus({ minutes: hours[code] * 60 });
    const local = (d: DateTime) => d.toFormat("yyyy-LL-dd'T'HH:mm");
    return graphEvent({ categories: [`Centaure ${code}`], start: local(start), end: local(end) });
  });
  return summarizeFor(events, `2026-W${34 + n}`, DEFAULT_CATALOG);
}

async function build(summaries: WeekSummary[], name: string): Promise<string> {
  let bytes: Uint8Array | null = null;
  for (const summary of summaries)
    bytes = (await writeWeekToWorkbook(bytes, summary, { language: 'fr' })).bytes;
  const path = join(dir, name);
  writeFileSync(path, bytes!);
  return path;
}

const FOURTEEN = Array.from({ length: 14 }, (_, n) => week(n));
let fullPath: string;
let charts: Record<string, string[]>;
let recalculated: DumpedWorkbook;
let afterLibreOffice: string;

beforeAll(async () => {
  fullPath = await build(FOURTEEN, 'fourteen.xlsx');
  const urgentOnly = await build([week(0, ['MGT']), week(1, ['MGT'])], 'urgent-only.xlsx');
  charts = await renderChartsWithLibreOffice([fullPath, urgentOnly]);
  [afterLibreOffice] = await recalculateWithLibreOffice([fullPath]);
  recalculated = (await dumpWithOpenpyxl([afterLibreOffice], { values: true }))[afterLibreOffice];
}, 240_000);

const picture = (path: string): Picture => readPng(readFileSync(charts[path][0]));

describe('the trend chart of the dashboard, drawn by LibreOffice', () => {
  const urgentOnly = () => picture(Object.keys(charts).find((p) => p !== fullPath)!);

  it('shows only what the weeks hold: with only I+U+ tagged, the other colours are just legend keys', () => {
    const drawn = urgentOnly();
    // The legend draws one key per series, the same size for each; bars add to a colour.
    const key = countColour(drawn, BLUE);
    expect(key).toBeGreaterThan(0);
    expect(countColour(drawn, ORANGE)).toBe(key);
    expect(countColour(drawn, RED)).toBeGreaterThan(10 * key);
  });

  it('is there, with bars of every quadrant and the important share line', () => {
    expect(charts[fullPath]).toHaveLength(1);
    const drawn = picture(fullPath);
    const key = countColour(urgentOnly(), BLUE);
    for (const colour of [RED, BLUE, ORANGE, GREY, GREEN]) {
      expect(countColour(drawn, colour)).toBeGreaterThan(3 * key);
    }
  });
});

describe('the figures the chart plots', () => {
  const at = (address: string) => recalculated.sheets['Tableau de bord'].cells[address]?.v ?? null;

  it('are the last 12 weeks of the workbook, the ones trend() gives', () => {
    const points = trend(
      weeklyHistory(FOURTEEN.map(weekRecordFromSummary)),
      parseIsoWeek('2026-W47'),
    );
    const block = points.map((_, i) =>
      ['U', 'V', 'W', 'X', 'Y', 'Z'].map((c) => at(`${c}${4 + i}`)),
    );
    expect(block).toEqual(
      points.map((p) => [
        p.week,
        p.record!.quadrantHours['I+U+'],
        p.record!.quadrantHours['I-U+'],
        p.record!.quadrantHours['I+U-'],
        p.record!.quadrantHours['I-U-'],
        Math.round(p.importantShare! * 100) / 100,
      ]),
    );
  });

  it('worked by hand for the last week, W47 (n = 13): STRAT 4.25 h, share (2 + 4.25) / 11.25', () => {
    // Tagged 2 + 4.25 + 4 + 1 = 11.25 h; important 6.25 h; 6.25 / 11.25 = 0.5555… → 0.56.
    expect(['U15', 'V15', 'W15', 'X15', 'Y15', 'Z15'].map(at)).toEqual([
      '2026-W47',
      2,
      4,
      4.25,
      1,
      0.56,
    ]);
    expect(at('U3')).toBe('Semaine');
  });

  it('survive LibreOffice saving the workbook, and Centaure writing another week into that copy', async () => {
    const chartParts = async (bytes: Uint8Array) =>
      Object.keys((await JSZip.loadAsync(bytes)).files).filter((p) => p.startsWith('xl/charts/'));
    const saved = new Uint8Array(readFileSync(afterLibreOffice));
    expect(await chartParts(saved)).toHaveLength(1);
    const next = await writeWeekToWorkbook(saved, week(14), { language: 'fr' });
    expect(await chartParts(next.bytes)).toHaveLength(1);
  });
});
