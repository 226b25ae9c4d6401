import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { upsertWeekThroughExcelApi } from '../../src/workbook/excel-api-upsert';
import { writeWeekToWorkbook } from '../../src/workbook/write-week';
import { graphEvent } from '../support/graph-event';
import { readTablesWithExcelJs } from './support/exceljs-reader';
import { InProcessExcel } from './support/in-process-excel';
import { dumpWithOpenpyxl, tableRecords } from './support/independent-readers';
import { smallWeek, smallWeekEvents, summarizeFor } from './support/weeks';

const run = promisify(execFile);
const w46 = () => summarizeFor(smallWeekEvents('2026-11-09'), '2026-W46');
const w46Again = () =>
  summarizeFor(
    smallWeekEvents('2026-11-09').filter((e) => e.id !== 'd'),
    '2026-W46',
  );

async function twoWeeks(): Promise<Uint8Array> {
  const first = await writeWeekToWorkbook(null, w46(), { language: 'en' });
  return (await writeWeekToWorkbook(first.bytes, smallWeek(), { language: 'en' })).bytes;
}

describe('a week written through the Excel REST API (the file is open in Excel)', () => {
  it('gives the same tables as rewriting the file', async () => {
    const base = await twoWeeks();
    const rewritten = await writeWeekToWorkbook(base, w46Again(), { language: 'en' });
    const excel = new InProcessExcel(base);
    await upsertWeekThroughExcelApi(excel, w46Again(), 'en');
    expect(await readTablesWithExcelJs(excel.bytes)).toEqual(
      await readTablesWithExcelJs(rewritten.bytes),
    );
  });

  it('keeps what the user typed in a column they added, on the same events as the file rewrite', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'centaure-rest-notes-'));
    try {
      const [base, edited] = [join(dir, 'base.xlsx'), join(dir, 'edited.xlsx')];
      writeFileSync(base, await twoWeeks());
      await run('/usr/bin/python3', [join(__dirname, 'support/notes-beside.py'), base, edited]);
      const start = readFileSync(edited);
      const rewritten = join(dir, 'rewritten.xlsx');
      writeFileSync(
        rewritten,
        (await writeWeekToWorkbook(start, w46Again(), { language: 'en' })).bytes,
      );
      const excel = new InProcessExcel(start);
      await upsertWeekThroughExcelApi(excel, w46Again(), 'en');
      const throughApi = join(dir, 'through-api.xlsx');
      writeFileSync(throughApi, excel.bytes);
      // exceljs cannot read a table column added by openpyxl: openpyxl reads both.
      const books = await dumpWithOpenpyxl([rewritten, throughApi]);
      const events = (path: string) =>
        tableRecords(books[path], 'Events').map((r) => [
          r.Subject?.v ?? null,
          r['My note']?.v ?? null,
        ]);
      expect(events(throughApi)).toEqual(events(rewritten));
      // W46 again (Emails, Plan 2027, the private review, Inbox zero), then W47: notes by event.
      expect(events(throughApi).slice(0, 4)).toEqual([
        ['Emails', 'keep'],
        ['[STRAT] Plan 2027', null],
        [null, 'private note'],
        ['Inbox zero', 'cancelled?'],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fills a table left empty by a week without events, keeping no blank row', async () => {
    const empty = summarizeFor([], '2026-W47');
    const start = (await writeWeekToWorkbook(null, empty, { language: 'en' })).bytes;
    expect((await readTablesWithExcelJs(start)).Events.rows).toEqual([Array(10).fill(null)]);
    const excel = new InProcessExcel(start);
    await upsertWeekThroughExcelApi(excel, smallWeek(), 'en');
    const events = (await readTablesWithExcelJs(excel.bytes)).Events.rows;
    // In the table's date format, as the blank row it kept was: Monday 16, 09:00 (Paris).
    expect(events[0].slice(1, 3)).toEqual(['2026-11-16T00:00:00.000Z', '2026-11-16T09:00:00.000Z']);
    // The five events of the small week, and no blank row left above or below them.
    expect(events.map((row) => row[7] ?? null)).toEqual([
      'Emails',
      '[STRAT] Plan 2027',
      null,
      'Lunch',
      'Inbox zero',
    ]);
  });

  it('adds the new rows before deleting the old ones, so that no table is ever empty', async () => {
    const excel = new InProcessExcel(await twoWeeks());
    await upsertWeekThroughExcelApi(excel, w46Again(), 'en');
    // W46 sits in rows 2-4 (tasks) and 2-6 (events): the new rows go in front, the old ones
    // are then found below them.
    expect(excel.calls.filter((c) => !c.startsWith('read'))).toEqual([
      'add WeeklyTasks 3 at 0',
      'delete Weekly tasks!A5:K7',
      'add Events 4 at 0',
      'delete Events!A6:J10',
      'add WeeklyQuadrants 1 at 0',
      'delete Weekly quadrants!A3:K3',
      'add Catalog 3 at 0',
      'delete Catalog!A5:J7',
      "set CentaureSelectedWeek '2026-W46",
    ]);
  });

  it('keeps event text as text: every string goes with Excel’s quote prefix', async () => {
    const excel = new InProcessExcel(await twoWeeks());
    const events = [
      graphEvent({ subject: '=1+1', start: '2026-11-16T09:00', end: '2026-11-16T10:00' }),
      graphEvent({ subject: '-2+3', start: '2026-11-16T10:00', end: '2026-11-16T11:00' }),
      graphEvent({ subject: "'quoted", start: '2026-11-16T11:00', end: '2026-11-16T12:00' }),
      graphEvent({ subject: '42', start: '2026-11-16T12:00', end: '2026-11-16T13:00' }),
    ];
    await upsertWeekThroughExcelApi(excel, summarizeFor(events, '2026-W47'), 'en');
    const rows = (await readTablesWithExcelJs(excel.bytes)).Events.rows.filter(
      (r) => r[0] === '2026-W47',
    );
    expect(rows.map((r) => r[7])).toEqual(['=1+1', '-2+3', "'quoted", '42']);
  });
});
