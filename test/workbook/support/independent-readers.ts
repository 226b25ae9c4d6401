import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface DumpedCell {
  v: string | number | boolean;
  /** openpyxl's data type: `s` text, `n` number, `f` formula, `d` date, `b` boolean, `e` error. */
  t: string;
  fmt: string;
  bold: boolean;
  /** Solid fill colour (ARGB), if any. */
  fill: string | null;
}

export interface DumpedTable {
  name: string;
  sheet: string;
  ref: string;
  headerRowCount: number | null;
  columns: string[];
  calculated: Record<string, string>;
}

export interface DumpedWorkbook {
  sheets: Record<
    string,
    {
      cells: Record<string, DumpedCell>;
      maxRow: number;
      frozen: string | null;
      conditionalFormats: string[];
      /** Rows given a height of their own, by row number. */
      rowHeights: Record<string, number>;
    }
  >;
  tables: DumpedTable[];
  names: Record<string, string>;
  customProperties: Record<string, string>;
}

/** The system Python: it is the one with python3-openpyxl in CI. */
const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
const DUMP_SCRIPT = join(__dirname, 'dump-xlsx.py');

/** Reads workbooks with openpyxl. `values`: the stored results of formulas instead of the formulas. */
export async function dumpWithOpenpyxl(
  paths: readonly string[],
  options: { values?: boolean } = {},
): Promise<Record<string, DumpedWorkbook>> {
  const args = [DUMP_SCRIPT, ...(options.values ? ['--values'] : []), ...paths];
  const { stdout } = await run(PYTHON, args, { maxBuffer: 512 * 1024 * 1024 });
  return JSON.parse(stdout) as Record<string, DumpedWorkbook>;
}

/** The LibreOffice binary; the tests that need it fail (never skip) without it. */
export function soffice(): string {
  for (const candidate of [
    '/usr/bin/soffice',
    '/usr/local/bin/soffice',
    '/opt/libreoffice/program/soffice',
  ]) {
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(
    'LibreOffice (soffice) is required by the workbook tests: apt-get install libreoffice-calc-nogui',
  );
}

/**
 * Opens the workbooks in LibreOffice, which computes every formula (ours store no
 * results), and saves them again as xlsx: the returned copies hold LibreOffice's results.
 * One LibreOffice run for all files; names must be distinct.
 */
export async function recalculateWithLibreOffice(paths: readonly string[]): Promise<string[]> {
  const binary = soffice();
  const work = mkdtempSync(join(tmpdir(), 'centaure-lo-'));
  const out = join(work, 'out');
  mkdirSync(out);
  await run(
    binary,
    [
      `-env:UserInstallation=file://${join(work, 'profile')}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'xlsx:Calc MS Excel 2007 XML',
      '--outdir',
      out,
      ...paths,
    ],
    { timeout: 300_000 },
  );
  return paths.map((path) => {
    const converted = join(out, basename(path));
    if (!existsSync(converted)) throw new Error(`LibreOffice could not open ${path}`);
    return converted;
  });
}

/**
 * Exports workbooks as LibreOffice shows them, through its HTML export: every sheet one after
 * the other, each chart of the first sheet drawn to a PNG beside the page. Returns, per
 * workbook, the HTML file.
 */
export async function exportHtmlWithLibreOffice(paths: readonly string[]): Promise<string[]> {
  const work = mkdtempSync(join(tmpdir(), 'centaure-lo-render-'));
  const out = join(work, 'out');
  mkdirSync(out);
  await run(
    soffice(),
    [
      `-env:UserInstallation=file://${join(work, 'profile')}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'html',
      '--outdir',
      out,
      ...paths,
    ],
    { timeout: 300_000 },
  );
  return paths.map((path) => {
    const html = join(out, basename(path).replace(/\.xlsx$/, '.html'));
    if (!existsSync(html)) throw new Error(`LibreOffice could not render ${path}`);
    return html;
  });
}

/**
 * Renders workbooks as LibreOffice shows them, through its HTML export, which draws each
 * chart of the first sheet to a PNG. Returns, per workbook, the PNG files of its charts.
 */
export async function renderChartsWithLibreOffice(
  paths: readonly string[],
): Promise<Record<string, string[]>> {
  const pages = await exportHtmlWithLibreOffice(paths);
  return Object.fromEntries(
    paths.map((path, i) => {
      const images = [...readFileSync(pages[i], 'utf8').matchAll(/<img src="([^"]+\.png)"/g)];
      return [path, images.map((m) => join(dirname(pages[i]), m[1]))];
    }),
  );
}

/** The data rows of a dumped table, keyed by header, in sheet order. */
export function tableRecords(
  book: DumpedWorkbook,
  tableName: string,
): Array<Record<string, DumpedCell | undefined>> {
  const table = book.tables.find((t) => t.name === tableName);
  if (!table) throw new Error(`no table ${tableName}`);
  const [start, end] = table.ref.split(':');
  const firstColumn = columnNumber(start.replace(/\d+$/, ''));
  const firstRow = Number(start.replace(/^[A-Z]+/, ''));
  const lastRow = Number(end.replace(/^[A-Z]+/, ''));
  const cells = book.sheets[table.sheet].cells;
  const records: Array<Record<string, DumpedCell | undefined>> = [];
  for (let row = firstRow + 1; row <= lastRow; row += 1) {
    const record: Record<string, DumpedCell | undefined> = {};
    table.columns.forEach((name, i) => {
      record[name] = cells[`${columnLetters(firstColumn + i)}${row}`];
    });
    records.push(record);
  }
  return records;
}

export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function columnNumber(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}
