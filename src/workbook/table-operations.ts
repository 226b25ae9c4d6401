import { WorkbookError } from './errors';
import type { CellData } from './layout';
import { formatRange, parseRange } from './package/cell-address';
import { CellStyles } from './package/cell-styles';
import { definedName, quotedSheet, singleCellTarget } from './package/defined-names';
import { followMoveInWorkbook, requireRecalculation } from './package/formula-pass';
import type { SheetRows } from './package/sheet-cells';
import { cellAt, cellValue, formulaOf, setCellValue, sheetRows } from './package/sheet-cells';
import type { NewCell, RowPlan } from './package/table-editor';
import { TableEditor } from './package/table-editor';
import type { WorkbookStructure } from './package/workbook-structure';
import { findTable, readStructure } from './package/workbook-structure';
import { XlsxPackage } from './package/xlsx-package';
import { textContent } from './package/xml';

/**
 * Table and range operations on xlsx bytes, shaped like the Excel REST API's (read a
 * table's range, add rows at an index, delete a block of rows, set a named cell), for
 * stand-ins of that API. Each returns new bytes; the input is never modified.
 */

/** A value as the Excel REST API takes it, already interpreted: text, number, formula, or nothing. */
export type TypedInput = CellData | { formula: string };

export interface TableRange {
  sheet: string;
  /** `'Weekly tasks'!A1:K417`, header row included. */
  address: string;
  values: CellData[][];
  /** A formula (`=…`) where the cell has one, else its value. */
  formulas: CellData[][];
}

function noSuchTable(name: string): WorkbookError {
  return new WorkbookError('missing-table', {
    fr: `Le classeur n’a pas de tableau ${name}.`,
    en: `The workbook has no table ${name}.`,
  });
}

async function open(bytes: Uint8Array, tableName: string) {
  const pkg = await XlsxPackage.open(bytes);
  const structure = await readStructure(pkg);
  const table = findTable(structure, tableName);
  if (!table) throw noSuchTable(tableName);
  return { pkg, structure, editor: await TableEditor.open(pkg, structure, table) };
}

async function finish(pkg: XlsxPackage, structure: WorkbookStructure): Promise<Uint8Array> {
  await requireRecalculation(pkg, structure);
  return pkg.toBytes();
}

/** A table's cells, values and formulas, read from the workbook's bytes. */
export async function readTableRange(bytes: Uint8Array, tableName: string): Promise<TableRange> {
  const [range] = await readTableRanges(bytes, [tableName]);
  return range;
}

/**
 * Several tables' cells, in the order of `tableNames`, from one opening of the package: its
 * structure is read once, and each sheet once however many of the tables it holds.
 */
export async function readTableRanges(
  bytes: Uint8Array,
  tableNames: readonly string[],
): Promise<TableRange[]> {
  const pkg = await XlsxPackage.open(bytes);
  const structure = await readStructure(pkg);
  const sheets = new Map<string, Promise<SheetRows['rows']>>();
  const rowsOf = (part: string) => {
    let rows = sheets.get(part);
    if (rows === undefined) {
      rows = pkg.xml(part).then((xml) => sheetRows(xml, part).rows);
      sheets.set(part, rows);
    }
    return rows;
  };
  const ranges: TableRange[] = [];
  for (const tableName of tableNames) {
    const table = findTable(structure, tableName);
    const range = table && parseRange(table.root.attributes.ref ?? '');
    if (!table || !range) throw noSuchTable(tableName);
    const rows = await rowsOf(table.sheet.part);
    const values: CellData[][] = [];
    const formulas: CellData[][] = [];
    for (let r = range.start.row; r <= range.end.row; r += 1) {
      const rowValues: CellData[] = [];
      const rowFormulas: CellData[] = [];
      for (let c = range.start.column; c <= range.end.column; c += 1) {
        const cell = cellAt(rows.get(r), c);
        const value = cellValue(cell, structure.sharedStrings);
        const f = cell && formulaOf(cell);
        rowValues.push(value);
        rowFormulas.push(f ? `=${textContent(f)}` : value);
      }
      values.push(rowValues);
      formulas.push(rowFormulas);
    }
    ranges.push({
      sheet: table.sheet.name,
      address: `${quotedSheet(table.sheet.name)}!${formatRange(range)}`,
      values,
      formulas,
    });
  }
  return ranges;
}

async function rewrite(
  bytes: Uint8Array,
  tableName: string,
  plan: (editor: TableEditor) => RowPlan,
): Promise<Uint8Array> {
  const { pkg, structure, editor } = await open(bytes, tableName);
  const rows = plan(editor);
  const move = editor.planMove(rows);
  await followMoveInWorkbook(pkg, structure, move);
  editor.followMoveInSiblingTables(structure, move);
  await editor.rewrite(rows, move, new CellStyles(pkg, structure.stylesPart));
  return finish(pkg, structure);
}

/** Adds rows at a 0-based index of the table body (null: at the end), the way Excel fills a new table row. */
export async function addTableRows(
  bytes: Uint8Array,
  tableName: string,
  index: number | null,
  values: readonly (readonly TypedInput[])[],
): Promise<Uint8Array> {
  return rewrite(bytes, tableName, (editor) => {
    // An emptied table keeps one blank row, which a first added row replaces, in its format.
    const fillsBlankRow = editor.dataRowCount === 1 && editor.isBlankRow(0);
    const existing = fillsBlankRow
      ? []
      : Array.from({ length: editor.dataRowCount }, (_, keep) => ({ keep }));
    const at = index === null ? existing.length : index;
    if (!Number.isInteger(at) || at < 0 || at > existing.length) {
      throw new RangeError(`index ${index} is outside the table (0 to ${existing.length})`);
    }
    const added = values.map((row) => ({
      cells: editor.columns.map((column, c): NewCell => {
        const value = row[c] ?? null;
        if (value === null && column.calculatedFormula !== null) return { kind: 'calculated' };
        return { kind: 'typed', value, styleFrom: fillsBlankRow ? 0 : undefined };
      }),
    }));
    return [...existing.slice(0, at), ...added, ...existing.slice(at)];
  });
}

/**
 * Deletes cells of a sheet, shifting the cells below up. Supported: whole rows of one
 * table's body (all its columns), which is what deleting table rows amounts to.
 */
export async function deleteTableBodyRange(
  bytes: Uint8Array,
  sheetName: string,
  address: string,
): Promise<Uint8Array> {
  const range = parseRange(address);
  const pkg = await XlsxPackage.open(bytes);
  const structure = await readStructure(pkg);
  const table = structure.tables.find((t) => {
    const ref = parseRange(t.root.attributes.ref ?? '');
    return (
      t.sheet.name.toLowerCase() === sheetName.toLowerCase() &&
      ref !== null &&
      range !== null &&
      ref.start.column === range.start.column &&
      ref.end.column === range.end.column &&
      range.start.row > ref.start.row &&
      range.end.row <= ref.end.row - Number(t.root.attributes.totalsRowCount ?? '0')
    );
  });
  if (!table || !range)
    throw new RangeError(`${address} is not a block of rows of a table on ${sheetName}`);
  const firstData = parseRange(table.root.attributes.ref ?? '')!.start.row + 1;
  return rewrite(bytes, table.name, (editor) =>
    Array.from({ length: editor.dataRowCount }, (_, keep) => ({ keep })).filter(
      ({ keep }) => keep + firstData < range.start.row || keep + firstData > range.end.row,
    ),
  );
}

/** Sets the one cell a defined name points at. */
export async function setNamedCell(
  bytes: Uint8Array,
  name: string,
  value: CellData,
): Promise<Uint8Array> {
  const pkg = await XlsxPackage.open(bytes);
  const structure = await readStructure(pkg);
  const target = singleCellTarget(definedName(structure, name) ?? '');
  const sheet =
    target && structure.sheets.find((s) => s.name.toLowerCase() === target.sheet.toLowerCase());
  if (!target || !sheet) throw new RangeError(`${name} is not a name of one cell`);
  setCellValue(await pkg.xml(sheet.part), sheet.part, target.cell.column, target.cell.row, value);
  pkg.touch(sheet.part);
  return finish(pkg, structure);
}

/** The value of the one cell a defined name points at; null when the name is not one cell. */
export async function readNamedCell(
  bytes: Uint8Array,
  name: string,
): Promise<{ found: true; value: CellData } | { found: false }> {
  const pkg = await XlsxPackage.open(bytes);
  const structure = await readStructure(pkg);
  const target = singleCellTarget(definedName(structure, name) ?? '');
  const sheet =
    target && structure.sheets.find((s) => s.name.toLowerCase() === target.sheet.toLowerCase());
  if (!target || !sheet) return { found: false };
  const { rows } = sheetRows(await pkg.xml(sheet.part), sheet.part);
  const cell = cellAt(rows.get(target.cell.row), target.cell.column);
  return { found: true, value: cellValue(cell, structure.sharedStrings) };
}
