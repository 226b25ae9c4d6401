import JSZip from 'jszip';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { writeWeekToWorkbook } from '../../src/workbook/write-week';
import type { DumpedWorkbook } from './support/independent-readers';
import {
  dumpWithOpenpyxl,
  recalculateWithLibreOffice,
  tableRecords,
} from './support/independent-readers';
import { smallWeek, smallWeekEvents, summarizeFor } from './support/weeks';

const run = promisify(execFile);
const PYTHON = '/usr/bin/python3';
const dir = mkdtempSync(join(tmpdir(), 'centaure-edits-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// W46 then W47 (5 events each); the user edits the file; then W46 is generated again
// without its lunch, so the Events rows of W47 move up by one (rows 7-11 → 6-10).
const w46 = () => summarizeFor(smallWeekEvents('2026-11-09'), '2026-W46');
const w46Again = () =>
  summarizeFor(
    smallWeekEvents('2026-11-09').filter((e) => e.id !== 'd'),
    '2026-W46',
  );

let edited: DumpedWorkbook;
let chartXml: string;
let editedValues: DumpedWorkbook;
let savedByLibreOfficeValues: DumpedWorkbook;

async function fileOf(name: string, bytes: Uint8Array): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

beforeAll(async () => {
  let bytes = (await writeWeekToWorkbook(null, w46(), { language: 'en' })).bytes;
  bytes = (await writeWeekToWorkbook(bytes, smallWeek(), { language: 'en' })).bytes;
  const base = await fileOf('base.xlsx', bytes);

  const editedPath = join(dir, 'edited.xlsx');
  await run(PYTHON, [join(__dirname, 'support/user-edits.py'), base, editedPath]);
  const afterEdits = await writeWeekToWorkbook(readFileSync(editedPath), w46Again(), {
    language: 'en',
  });
  const updated = await fileOf('updated.xlsx', afterEdits.bytes);
  const zip = await JSZip.loadAsync(afterEdits.bytes);
  // The user's chart is the one over the Events table; the dashboard has its own trend chart.
  const charts = await Promise.all(
    Object.keys(zip.files)
      .filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p))
      .map((p) => zip.file(p)!.async('string')),
  );
  chartXml = charts.find((xml) => xml.includes("'Events'!"))!;

  // The same workbook opened and saved by LibreOffice, then updated by Centaure.
  const [savedByLibreOffice] = await recalculateWithLibreOffice([base]);
  const fromLibreOffice = await writeWeekToWorkbook(readFileSync(savedByLibreOffice), w46Again(), {
    language: 'en',
  });
  const updatedFromLibreOffice = await fileOf('lo-updated.xlsx', fromLibreOffice.bytes);

  const recalculated = await recalculateWithLibreOffice([updated, updatedFromLibreOffice]);
  const formulas = await dumpWithOpenpyxl([updated]);
  const values = await dumpWithOpenpyxl(recalculated, { values: true });
  edited = formulas[updated];
  [editedValues, savedByLibreOfficeValues] = recalculated.map((path) => values[path]);
}, 240_000);

describe('a week generated again in a workbook the user edited', () => {
  it('keeps the sheet the user added; its references follow the rows that moved', () => {
    const notes = edited.sheets['My notes'].cells;
    expect(notes.B1.v).toBe('=SUM(WeeklyTasks[Actual h])');
    // The range covered the whole hours column: it still does, one row shorter.
    expect(notes.B2.v).toBe('=SUM(Events!E2:E10)');
    // H7 held W47's first subject, now in row 6.
    expect(notes.B3.v).toBe('=Events!H6');
    const computed = editedValues.sheets['My notes'].cells;
    // Actual: W46 again 1.25 + 0.75 + 2 = 4, W47 4. Event hours: W46 again 4, W47 5.
    expect([computed.B1.v, computed.B2.v, computed.B3.v]).toEqual([8, 9, 'Emails']);
  });

  it('keeps the user’s chart, its series following the table', () => {
    // openpyxl wrote the series over E2:E11 (the body of W46 and W47); it now ends one row higher.
    expect(chartXml).toContain("<f>'Events'!$E$2:$E$10</f>");
  });

  it('keeps the columns the user added to a table: typed values stay with their row, calculated ones are filled in', () => {
    const table = edited.tables.find((t) => t.name === 'WeeklyTasks')!;
    expect(table.ref).toBe('A1:M7');
    expect(table.columns.slice(-2)).toEqual(['Comment', 'Double']);
    expect(table.calculated).toEqual({ Double: 'G2*2' });
    const rows = tableRecords(editedValues, 'WeeklyTasks');
    expect(rows.map((r) => [r.Week?.v, r.Code?.v, r.Comment?.v ?? null, r.Double?.v])).toEqual([
      ['2026-W46', 'MAIL', 'holiday', 2.5],
      ['2026-W46', 'STRAT', null, 1.5],
      ['2026-W46', 'MGT', null, 4],
      ['2026-W47', 'MAIL', 'sick leave', 2.5],
      ['2026-W47', 'STRAT', null, 1.5],
      ['2026-W47', 'MGT', null, 4],
    ]);
    expect(['M2', 'M3', 'M4'].map((a) => edited.sheets['Weekly tasks'].cells[a].v)).toEqual([
      '=G2*2',
      '=G3*2',
      '=G4*2',
    ]);
  });

  it('keeps the user formatting, and conditional formats follow the table', () => {
    const tasks = edited.sheets['Weekly tasks'].cells;
    expect(['D5', 'D6', 'D7'].map((a) => tasks[a].bold)).toEqual([true, true, true]);
    expect(edited.sheets.Events.cells.A1.fill).toBe('FFFF0000');
    expect(edited.sheets.Events.conditionalFormats).toEqual(['E2:E10']);
    expect(edited.tables.find((t) => t.name === 'Events')?.ref).toBe('A1:J10');
  });

  it('carries the Centaure marker after the update, whatever the editing program kept', () => {
    expect(edited.customProperties.CentaureWorkbook).toBe('tracking/1');
  });
});

describe('a workbook saved by LibreOffice, then updated', () => {
  it('still computes the dashboard of the week written', () => {
    const cells = savedByLibreOfficeValues.sheets.Dashboard.cells;
    // W46 without its lunch: 4 h, all tagged; important (2 + 0.75) / 4 = 0.69.
    expect(['B3', 'A6', 'B6', 'C6', 'E6'].map((a) => cells[a]?.v ?? null)).toEqual([
      '2026-W46',
      4,
      4,
      0,
      0.69,
    ]);
    expect(tableRecords(savedByLibreOfficeValues, 'Events')).toHaveLength(9);
  });
});
