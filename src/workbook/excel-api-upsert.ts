import type { Language } from '../core/errors';
import type { WeekSummary } from '../core/week-summary';
import { headerLanguage, requiredColumnPositions } from './column-positions';
import type { CellData, TableSpec } from './layout';
import { columnIndex, TABLE_SPECS, WEEK_SELECTOR_NAME, WEEKLY_TASKS } from './layout';
import { columnLetters, parseRange } from './package/cell-address';
import type { TableRange } from './table-operations';
import { matchRowsByIdentity } from './row-identity';
import { weekRows } from './week-rows';
import { weekLabelKey } from './week-label';

/** A value as sent to the Excel REST API: text starting with `'` stays text, whatever follows. */
export type ExcelValue = string | number | null;

/**
 * The part of the Excel REST API (Microsoft Graph `/workbook`) that updates a week in a
 * workbook that is open in Excel: Excel applies the changes to the open file itself.
 */
export interface ExcelTablesApi {
  /** `GET …/tables/{name}/range`: the table with its header row. */
  readTable(name: string): Promise<TableRange>;
  /** `POST …/tables/{name}/rows/add` at a 0-based body index (null: at the end). */
  addRows(name: string, index: number | null, values: ExcelValue[][]): Promise<void>;
  /** `POST …/worksheets/{sheet}/range(address=…)/delete` with the cells below shifted up. */
  deleteRange(sheet: string, address: string): Promise<void>;
  /** `PATCH …/names/{name}/range` of a one-cell name. */
  setNamedCell(name: string, value: ExcelValue): Promise<void>;
}

/** Text for the API: the quote prefix makes Excel keep it as typed, never a formula or a number. */
export function excelValue(value: CellData): ExcelValue {
  return typeof value === 'string' ? `'${value}` : value;
}

interface LocatedRange {
  spec: TableSpec;
  range: TableRange;
  /** For each spec column, its index among the table's columns; -1 for an optional column the table lacks. */
  positions: number[];
}

function locate(spec: TableSpec, range: TableRange): LocatedRange {
  return { spec, range, positions: requiredColumnPositions(spec, range.values[0] ?? []) };
}

function languageOf(tasks: LocatedRange, fallback: Language): Language {
  return headerLanguage(tasks.spec, tasks.range.values[0] ?? [], tasks.positions, fallback);
}

/** The changes to one table: rows to add at an index, then blocks of old rows to delete. */
export interface TableChanges {
  table: string;
  sheet: string;
  addAt: number | null;
  add: ExcelValue[][];
  /** Sheet addresses (`A5:K12`), bottom first, valid after the rows were added. */
  deletions: string[];
  /**
   * The table was empty (the one blank row Excel keeps). Excel may fill that row with the
   * first row added, or add below it: the blank rows left are found by reading it again.
   */
  emptied: boolean;
}

/** The sheet addresses of body rows `indexes` (ascending), as blocks of whole table rows, bottom first. */
function rowBlocks(indexes: readonly number[], address: string): string[] {
  const bounds = parseRange(address.slice(address.lastIndexOf('!') + 1));
  if (!bounds) throw new RangeError(`unreadable table address ${address}`);
  const firstDataRow = bounds.start.row + 1;
  const [first, last] = [columnLetters(bounds.start.column), columnLetters(bounds.end.column)];
  const blocks: string[] = [];
  for (let end = indexes.length - 1; end >= 0;) {
    let start = end;
    while (start > 0 && indexes[start - 1] === indexes[start] - 1) start -= 1;
    blocks.push(`${first}${firstDataRow + indexes[start]}:${last}${firstDataRow + indexes[end]}`);
    end = start - 1;
  }
  return blocks;
}

const isBlank = (row: readonly CellData[]) => row.every((v) => v === null || v === '');

/** The blank body rows of a table as read now. */
function blankRows(range: TableRange): string[] {
  const blank = range.values.slice(1).flatMap((row, i) => (isBlank(row) ? [i] : []));
  return rowBlocks(blank, range.address);
}

function planTable(
  { spec, range, positions }: LocatedRange,
  rows: CellData[][],
  week: string,
): TableChanges {
  const body = range.values.slice(1);
  const weekColumn = spec.scope === 'week' ? positions[columnIndex(spec, 'week')] : -1;
  const replaced: number[] = [];
  body.forEach((row, i) => {
    const sameWeek = weekLabelKey(row[weekColumn]) === weekLabelKey(week);
    if (isBlank(row) || spec.scope === 'all' || sameWeek) replaced.push(i);
  });
  const firstReplaced = replaced.find((i) => !isBlank(body[i]));
  let addAt: number | null;
  if (firstReplaced !== undefined) addAt = firstReplaced;
  else {
    const later = body.findIndex(
      (row, i) => !replaced.includes(i) && weekLabelKey(row[weekColumn]) > weekLabelKey(week),
    );
    addAt = later < 0 ? null : later;
  }

  const identity = spec.identity.map((key) => columnIndex(spec, key));
  const sameFact =
    identity.length === 0
      ? new Map<number, number>()
      : matchRowsByIdentity(
          replaced.map((i) => ({ index: i, identity: identity.map((k) => body[i][positions[k]]) })),
          rows.map((values) => identity.map((k) => values[k])),
        );
  const specOfColumn = new Map(positions.map((tableIndex, specIndex) => [tableIndex, specIndex]));
  const add = rows.map((values, position) => {
    const match = sameFact.get(position);
    return range.values[0].map((_, c): ExcelValue => {
      const specIndex = specOfColumn.get(c);
      if (specIndex !== undefined) return excelValue(values[specIndex]);
      // A column the user added: keep what they typed on this fact; formulas fill themselves.
      const typed = match === undefined ? null : range.formulas[match + 1][c];
      return typeof typed === 'string' && typed.startsWith('=') ? null : excelValue(typed);
    });
  });

  const emptied = body.length > 0 && body.every(isBlank);
  const shift = addAt === null ? 0 : rows.length;
  const shifted = replaced.map((i) => (addAt !== null && i >= addAt ? i + shift : i));
  const deletions = emptied ? [] : rowBlocks(shifted, range.address);
  return { table: spec.name, sheet: range.sheet, addAt, add, deletions, emptied };
}

/**
 * Writes a week into a workbook through the Excel REST API: for each table, the new
 * rows are added first and the week's old rows deleted after, so the table never
 * empties; generating the week again after an interruption repairs any half update.
 */
export async function upsertWeekThroughExcelApi(
  api: ExcelTablesApi,
  summary: WeekSummary,
  fallbackLanguage: Language,
): Promise<void> {
  const located: LocatedRange[] = [];
  for (const spec of TABLE_SPECS) located.push(locate(spec, await api.readTable(spec.name)));
  const tasks = located.find((l) => l.spec === WEEKLY_TASKS)!;
  const rows = weekRows(summary, languageOf(tasks, fallbackLanguage));
  const changes = located.map((l) => planTable(l, rows.tables[l.spec.name].rows, rows.week));
  for (const change of changes) {
    if (change.add.length > 0) await api.addRows(change.table, change.addAt, change.add);
    const deletions =
      change.emptied && change.add.length > 0
        ? blankRows(await api.readTable(change.table))
        : change.deletions;
    for (const address of deletions) await api.deleteRange(change.sheet, address);
  }
  await api.setNamedCell(WEEK_SELECTOR_NAME, excelValue(rows.week));
}
