import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { writeWeekToWorkbook } from '../../src/workbook/write-week';
import type { DumpedWorkbook } from './support/independent-readers';
import { dumpWithOpenpyxl } from './support/independent-readers';
import { smallWeek, smallWeekEvents, summarizeFor } from './support/weeks';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'centaure-notes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// W46 is generated again without its lunch (row 5): the W46 rows become Emails, Plan 2027,
// the review and Inbox zero (rows 2-5), and W47 moves up one row (rows 6-10).
let book: DumpedWorkbook;
beforeAll(async () => {
  const w46 = summarizeFor(smallWeekEvents('2026-11-09'), '2026-W46');
  let bytes = (await writeWeekToWorkbook(null, w46, { language: 'en' })).bytes;
  bytes = (await writeWeekToWorkbook(bytes, smallWeek(), { language: 'en' })).bytes;
  const base = join(dir, 'base.xlsx');
  const edited = join(dir, 'edited.xlsx');
  writeFileSync(base, bytes);
  await run('/usr/bin/python3', [join(__dirname, 'support/notes-beside.py'), base, edited]);
  const withoutLunch = summarizeFor(
    smallWeekEvents('2026-11-09').filter((e) => e.id !== 'd'),
    '2026-W46',
  );
  const updated = join(dir, 'updated.xlsx');
  const rewritten = await writeWeekToWorkbook(readFileSync(edited), withoutLunch, {
    language: 'en',
  });
  writeFileSync(updated, rewritten.bytes);
  book = (await dumpWithOpenpyxl([updated]))[updated];
}, 60_000);

const cell = (sheet: string, address: string) => book.sheets[sheet].cells[address]?.v ?? null;

describe('what a user keeps on the rows of a week generated again', () => {
  it('keeps the cells beside the table on their sheet rows, and the row height, as Excel would', () => {
    // Row 5 held Lunch, and now holds Inbox zero: the note stays in L5, as when a table
    // row is deleted in Excel.
    expect(['L2', 'L3', 'L5'].map((a) => cell('Events', a))).toEqual([
      'call back',
      '=E3*60',
      'ask Sophie',
    ]);
    expect(book.sheets.Events.rowHeights['2']).toBe(30);
  });

  it('moves the cells beside a row that has no new row in its place to a free row of the week', () => {
    // Row 6 goes to W47 (it moved up one row): Inbox zero's note takes the first row of
    // W46 where column L is free, row 4.
    expect(cell('Events', 'L4')).toBe('note on Inbox zero');
  });

  it('moves the cells beside a kept week with its rows', () => {
    // W47's second event was on row 8; W47 now starts on row 6.
    expect(cell('Events', 'L7')).toBe('W47 note');
    expect(cell('Events', 'L8')).toBeNull();
  });

  it('keeps a note typed in a column added to Events on its event', () => {
    const rows = [2, 3, 4, 5].map((r) => [cell('Events', `H${r}`), cell('Events', `K${r}`)]);
    expect(rows).toEqual([
      ['Emails', 'keep'],
      ['[STRAT] Plan 2027', null],
      [null, 'private note'], // the private review: no subject
      ['Inbox zero', 'cancelled?'],
    ]);
  });

  it('keeps the bold the user gave a task row of that week', () => {
    expect([cell('Weekly tasks', 'C2'), book.sheets['Weekly tasks'].cells.D2.bold]).toEqual([
      'MAIL',
      true,
    ]);
  });
});
