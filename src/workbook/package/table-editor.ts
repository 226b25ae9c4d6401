import type { CellData, CellFormat } from '../layout';
import { damagedPart, WorkbookError } from '../errors';
import type { RangeAddress } from './cell-address';
import { formatRange, parseRange } from './cell-address';
import type { CellStyles } from './cell-styles';
import { translateFormula } from './formula-references';
import { RowMove } from './row-move';
import type { SheetRows } from './sheet-cells';
import {
  cellAt,
  cellColumn,
  cellValue,
  forgetFormulaCells,
  formulaCell,
  formulaCells,
  formulaOf,
  isFormulaCell,
  sheetRows,
  valueCell,
} from './sheet-cells';
import { expandSharedFormulas } from './shared-formulas';
import type { TablePart, WorkbookStructure } from './workbook-structure';
import type { XlsxPackage } from './xlsx-package';
import type { XmlElement } from './xml';
import {
  descendants,
  element,
  elements,
  firstElement,
  localName,
  sameNamespace,
  textContent,
} from './xml';

/** Elements outside the cells that point at rows of their sheet. */
const RANGE_HOLDERS: ReadonlySet<string> = new Set([
  'conditionalFormatting',
  'dataValidation',
  'hyperlink',
  'protectedRange',
  'selection',
  'mergeCell',
  'sqref',
]);

/** A cell of a row being added to a table. */
export type NewCell =
  /** A value in the column's format, or in the style of that cell of data row `styleFrom` (the user's bold stays). */
  | { kind: 'value'; value: CellData; format: CellFormat; styleFrom?: number }
  /**
   * A value formatted like the cell above it, as Excel does for a row added to a table, or
   * like that cell of data row `styleFrom` (the blank row of an empty table it fills).
   */
  | { kind: 'typed'; value: CellData | { formula: string }; styleFrom?: number }
  /** The table column's calculated formula, if it has one. */
  | { kind: 'calculated' }
  /** The value (never a formula) of this column in an existing data row. */
  | { kind: 'copy'; fromRow: number }
  | { kind: 'blank' };

/** One row of a table's new body: an existing data row kept (by index), or a new row with one cell per table column. */
export type RowPlanItem = { keep: number } | { cells: readonly NewCell[] };

/** The new body of a table, top to bottom. */
export type RowPlan = ReadonlyArray<RowPlanItem>;

export interface TableColumn {
  name: string;
  calculatedFormula: string | null;
}

/**
 * One table of a workbook package, opened to rewrite its body. Everything outside
 * the body is kept; rows below the table move with it; references to moved rows are
 * reported as a {@link RowMove} for the rest of the workbook to follow.
 */
export class TableEditor {
  readonly columns: readonly TableColumn[];
  private readonly range: RangeAddress;
  private readonly totalsRows: number;
  private readonly sheet: SheetRows;

  private constructor(
    private readonly pkg: XlsxPackage,
    readonly table: TablePart,
    private readonly sheetRoot: XmlElement,
    private readonly sharedStrings: readonly string[],
  ) {
    const { root, part, name } = table;
    const range = parseRange(root.attributes.ref ?? '');
    if (!range) throw damagedPart(part, `table ${name} has no valid range`);
    if ((root.attributes.headerRowCount ?? '1') !== '1') {
      throw new WorkbookError('unsupported-table', {
        fr: `Le tableau ${name} n’a plus de ligne d’en-tête : réactivez-la dans Excel (Création de tableau > Ligne d’en-tête).`,
        en: `Table ${name} no longer has a header row: turn it back on in Excel (Table Design > Header Row).`,
      });
    }
    this.range = range;
    this.totalsRows = Number(root.attributes.totalsRowCount ?? '0');
    const columnsElement = firstElement(root, 'tableColumns');
    this.columns = (columnsElement ? elements(columnsElement, 'tableColumn') : []).map((c) => {
      const calculated = firstElement(c, 'calculatedColumnFormula');
      return {
        name: c.attributes.name ?? '',
        calculatedFormula: calculated ? textContent(calculated) : null,
      };
    });
    if (this.columns.length !== range.end.column - range.start.column + 1) {
      throw damagedPart(part, `table ${name} range and columns disagree`);
    }
    this.sheet = sheetRows(sheetRoot, table.sheet.part);
  }

  static async open(
    pkg: XlsxPackage,
    structure: WorkbookStructure,
    table: TablePart,
  ): Promise<TableEditor> {
    return new TableEditor(pkg, table, await pkg.xml(table.sheet.part), structure.sharedStrings);
  }

  private get firstDataRow(): number {
    return this.range.start.row + 1;
  }

  private get lastDataRow(): number {
    return this.range.end.row - this.totalsRows;
  }

  get dataRowCount(): number {
    return this.lastDataRow - this.firstDataRow + 1;
  }

  read(rowIndex: number, columnIndex: number): CellData {
    const row = this.sheet.rows.get(this.firstDataRow + rowIndex);
    return cellValue(cellAt(row, this.range.start.column + columnIndex), this.sharedStrings);
  }

  /** A row with no value in any table column (Excel keeps one in an emptied table). */
  isBlankRow(rowIndex: number): boolean {
    return this.columns.every((_, c) => {
      const cell = cellAt(
        this.sheet.rows.get(this.firstDataRow + rowIndex),
        this.range.start.column + c,
      );
      return (
        cell === undefined || (!isFormulaCell(cell) && cellValue(cell, this.sharedStrings) === null)
      );
    });
  }

  /**
   * How the sheet's rows will move when the body becomes `plan`, for the references
   * elsewhere in the workbook to follow before the body is rewritten.
   */
  planMove(plan: RowPlan): RowMove {
    const kept = new Map<number, number>();
    plan.forEach((item, position) => {
      if ('keep' in item) kept.set(this.firstDataRow + item.keep, this.firstDataRow + position);
    });
    const newLast = this.firstDataRow + Math.max(plan.length, 1) - 1;
    return new RowMove(this.table.sheet.name, this.firstDataRow, this.lastDataRow, newLast, kept);
  }

  /** Writes the new body; `move` must be {@link planMove}'s answer for the same plan. */
  async rewrite(plan: RowPlan, move: RowMove, styles: CellStyles): Promise<void> {
    const { sheetData, rows } = this.sheet;
    // A shared formula's first cell may be in a row that goes away, or moves away from the others.
    expandSharedFormulas(this.sheetRoot);
    const above: XmlElement[] = [];
    const below: XmlElement[] = [];
    for (const [number, row] of rows) {
      if (number < this.firstDataRow) above.push(row);
      else if (number > this.lastDataRow) below.push(row);
    }
    const keptRows = new Set(plan.flatMap((item) => ('keep' in item ? [item.keep] : [])));
    const isNewAt = (position: number) => {
      const item = plan[position];
      return item !== undefined && !('keep' in item);
    };
    const body: XmlElement[] = [];
    const newRows: XmlElement[] = [];
    for (let position = 0; position < Math.max(plan.length, 1); position += 1) {
      const rowNumber = this.firstDataRow + position;
      const item = plan[position];
      if (item === undefined)
        body.push(element(sameNamespace(sheetData, 'row'), { r: String(rowNumber) }));
      else if ('keep' in item)
        body.push(this.moveRow(rows.get(this.firstDataRow + item.keep), rowNumber, sheetData));
      else {
        const row = await this.newRow(item.cells, rowNumber, position, plan, styles);
        const replaced = position < this.dataRowCount && !keptRows.has(position);
        if (replaced) this.keepBeside(rows.get(rowNumber), row);
        body.push(row);
        newRows.push(row);
      }
    }
    // Rows that go where no new row takes their place (the week shrank, or the user had
    // sorted the table): what was beside them moves to a new row with room for it.
    for (let index = 0; index < this.dataRowCount; index += 1) {
      if (keptRows.has(index) || isNewAt(index)) continue;
      this.rehome(this.besideCells(rows.get(this.firstDataRow + index)), newRows);
    }
    for (const row of below) this.renumber(row, move.row(Number(row.attributes.r)));
    forgetFormulaCells(this.sheetRoot);
    const otherChildren = sheetData.children.filter((c) => c.type !== 'element');
    sheetData.children = [...otherChildren, ...above, ...body, ...below];
    this.sheet.rows.clear();
    for (const row of [...above, ...body, ...below])
      this.sheet.rows.set(Number(row.attributes.r), row);

    const newRange = {
      start: this.range.start,
      end: { ...this.range.end, row: move.newLastData + this.totalsRows },
    };
    this.table.root.attributes.ref = formatRange(newRange);
    const autoFilter = firstElement(this.table.root, 'autoFilter');
    if (autoFilter) {
      autoFilter.attributes.ref = formatRange({
        start: newRange.start,
        end: { ...newRange.end, row: move.newLastData },
      });
      // A remembered sort would describe rows that are no longer there.
      autoFilter.children = autoFilter.children.filter(
        (c) => c.type !== 'element' || !c.name.endsWith('sortState'),
      );
    }
    this.table.root.children = this.table.root.children.filter(
      (c) => c.type !== 'element' || !c.name.endsWith('sortState'),
    );
    this.pkg.touch(this.table.part);
    this.followMoveOnSheet(move);
    this.pkg.touch(this.table.sheet.part);
  }

  private renumber(row: XmlElement, number: number): void {
    row.attributes.r = String(number);
    for (const cell of elements(row, 'c')) {
      cell.attributes.r = (cell.attributes.r ?? '').replace(/\d+$/, String(number));
    }
  }

  private moveRow(row: XmlElement | undefined, number: number, sheetData: XmlElement): XmlElement {
    if (!row) return element(sameNamespace(sheetData, 'row'), { r: String(number) });
    this.renumber(row, number);
    return row;
  }

  /**
   * A table row replaced in place leaves the sheet row as Excel would: the cells beside the
   * table and the row's height stay where they are. Same row number, so the formulas and
   * ranges that point at them need nothing more than what the move already did.
   */
  private keepBeside(replaced: XmlElement | undefined, row: XmlElement): void {
    if (!replaced) return;
    for (const name of ['ht', 'customHeight']) {
      if (replaced.attributes[name] !== undefined) row.attributes[name] = replaced.attributes[name];
    }
    this.addCells(row, this.besideCells(replaced));
  }

  /** The cells of a sheet row left or right of the table. */
  private besideCells(row: XmlElement | undefined): XmlElement[] {
    if (!row) return [];
    return elements(row, 'c').filter((cell) => {
      const column = cellColumn(cell);
      return column < this.range.start.column || column > this.range.end.column;
    });
  }

  private addCells(row: XmlElement, added: readonly XmlElement[]): void {
    if (added.length === 0) return;
    const cells = [...elements(row, 'c'), ...added].sort((a, b) => cellColumn(a) - cellColumn(b));
    row.children = [...row.children.filter((c) => c.type !== 'element'), ...cells];
  }

  /**
   * Moves cells beside a row that goes onto the first of `candidates` with none of their
   * columns taken, as a cut and paste would (formulas unchanged); with no room left, they are
   * dropped with their row.
   */
  private rehome(cells: readonly XmlElement[], candidates: readonly XmlElement[]): void {
    // An array formula over several cells cannot move alone.
    const spansCells = (cell: XmlElement) => (formulaOf(cell)?.attributes.ref ?? '').includes(':');
    if (cells.length === 0 || cells.some(spansCells)) return;
    const columns = new Set(cells.map(cellColumn));
    const free = candidates.find((row) =>
      elements(row, 'c').every((c) => !columns.has(cellColumn(c))),
    );
    if (!free) return;
    for (const cell of cells) {
      cell.attributes.r = `${(cell.attributes.r ?? '').replace(/\d+$/, '')}${free.attributes.r}`;
      const f = formulaOf(cell);
      if (f?.attributes.ref !== undefined) f.attributes.ref = cell.attributes.r;
    }
    this.addCells(free, cells);
  }

  private async newRow(
    cells: readonly NewCell[],
    rowNumber: number,
    position: number,
    plan: RowPlan,
    styles: CellStyles,
  ): Promise<XmlElement> {
    const { sheetData } = this.sheet;
    const row = element(sameNamespace(sheetData, 'row'), { r: String(rowNumber) });
    for (let c = 0; c < this.columns.length; c += 1) {
      const column = this.range.start.column + c;
      const cell = await this.newCell(
        cells[c] ?? { kind: 'blank' },
        c,
        column,
        rowNumber,
        position,
        plan,
        styles,
        row,
      );
      if (cell) row.children.push(cell);
    }
    return row;
  }

  private async newCell(
    spec: NewCell,
    columnIndex: number,
    column: number,
    rowNumber: number,
    position: number,
    plan: RowPlan,
    styles: CellStyles,
    row: XmlElement,
  ): Promise<XmlElement | null> {
    switch (spec.kind) {
      case 'value': {
        const styled = this.styleOfRow(spec.styleFrom, column);
        const style = styled ?? (await styles.styleOf(spec.format));
        return valueCell(row, column, rowNumber, spec.value, style);
      }
      case 'typed': {
        const style =
          this.styleOfRow(spec.styleFrom, column) ?? this.neighbourStyle(column, position, plan);
        return typeof spec.value === 'object' && spec.value !== null
          ? formulaCell(row, column, rowNumber, spec.value.formula, style)
          : valueCell(row, column, rowNumber, spec.value, style);
      }
      case 'calculated': {
        const formula = this.columns[columnIndex].calculatedFormula;
        if (formula === null) return null;
        // Excel stores a calculated column's formula as written for the first data row.
        const translated = translateFormula(formula, rowNumber - this.firstDataRow, 0);
        return formulaCell(
          row,
          column,
          rowNumber,
          translated,
          this.neighbourStyle(column, position, plan),
        );
      }
      case 'copy': {
        const source = cellAt(this.sheet.rows.get(this.firstDataRow + spec.fromRow), column);
        if (!source || isFormulaCell(source)) return null;
        const copy = structuredClone(source);
        copy.attributes.r = `${copy.attributes.r?.replace(/\d+$/, '')}${rowNumber}`;
        return copy;
      }
      case 'blank':
        return null;
    }
  }

  /** The style of a column's cell in data row `dataRow`, if it has one. */
  private styleOfRow(dataRow: number | undefined, column: number): number | null {
    if (dataRow === undefined) return null;
    const style = cellAt(this.sheet.rows.get(this.firstDataRow + dataRow), column)?.attributes.s;
    return style === undefined ? null : Number(style);
  }

  /** The style of the same column in the nearest kept row above (or below) the new one. */
  private neighbourStyle(column: number, position: number, plan: RowPlan): number | null {
    const nearest =
      [...plan.slice(0, position)].reverse().find((item) => 'keep' in item) ??
      plan.slice(position + 1).find((item) => 'keep' in item);
    if (!nearest || !('keep' in nearest)) return null;
    const cell = cellAt(this.sheet.rows.get(this.firstDataRow + nearest.keep), column);
    return cell?.attributes.s === undefined ? null : Number(cell.attributes.s);
  }

  /** Things on the same sheet that point at rows: other tables, formatting ranges, merges, links, arrays. */
  private followMoveOnSheet(move: RowMove): void {
    const root = this.sheetRoot;
    // Everything but the cells: rows were renumbered already.
    for (const el of descendants(root, RANGE_HOLDERS, 'sheetData')) {
      if (localName(el.name) === 'sqref') {
        const text = el.children.find((c) => c.type === 'text');
        if (text && text.type === 'text') text.text = move.sqref(text.text);
      }
      if (el.attributes.sqref !== undefined) el.attributes.sqref = move.sqref(el.attributes.sqref);
      if (el.attributes.ref !== undefined) el.attributes.ref = move.sqref(el.attributes.ref);
    }
    for (const { f } of formulaCells(root)) {
      if (f.attributes.t === 'array' && f.attributes.ref !== undefined)
        f.attributes.ref = move.sqref(f.attributes.ref);
    }
    const dimension = firstElement(root, 'dimension');
    if (dimension) dimension.attributes.ref = this.usedRange();
  }

  private usedRange(): string {
    let minColumn = Infinity;
    let maxColumn = 0;
    let minRow = Infinity;
    let maxRow = 0;
    for (const [number, row] of this.sheet.rows) {
      for (const cell of elements(row, 'c')) {
        const column = cellColumn(cell);
        minColumn = Math.min(minColumn, column);
        maxColumn = Math.max(maxColumn, column);
        minRow = Math.min(minRow, number);
        maxRow = Math.max(maxRow, number);
      }
    }
    if (maxRow === 0) return 'A1';
    return formatRange({
      start: { column: minColumn, row: minRow },
      end: { column: maxColumn, row: maxRow },
    });
  }

  /** Other tables on this sheet move with their rows. */
  followMoveInSiblingTables(structure: WorkbookStructure, move: RowMove): void {
    for (const other of structure.tables) {
      if (other === this.table || other.sheet.part !== this.table.sheet.part) continue;
      const range = parseRange(other.root.attributes.ref ?? '');
      if (!range || range.start.row <= this.range.end.row) continue;
      other.root.attributes.ref = formatRange(move.range(range));
      const autoFilter = firstElement(other.root, 'autoFilter');
      const filterRange = autoFilter && parseRange(autoFilter.attributes.ref ?? '');
      if (autoFilter && filterRange)
        autoFilter.attributes.ref = formatRange(move.range(filterRange));
      this.pkg.touch(other.part);
    }
  }
}
