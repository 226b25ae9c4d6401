import type { CellData } from '../../workbook/layout';
import {
  addTableRows,
  deleteTableBodyRange,
  readNamedCell,
  readTableRange,
  setNamedCell,
} from '../../workbook/table-operations';
import type { Json, JsonObject } from '../json';
import { typedInput } from './excel-typed-input';

/** Where the bytes of one workbook live: reads the current version, stores a new one. */
export interface WorkbookBytes {
  read(): Uint8Array;
  write(bytes: Uint8Array): void;
}

/** Excel answers blank cells as empty strings. */
const wire = (rows: CellData[][]): Json[][] => rows.map((row) => row.map((v) => v ?? ''));

/**
 * The Excel REST subset Centaure uses, applied to the real xlsx bytes of a stored
 * file, so that downloading the file afterwards shows exactly what the API did.
 */
export class StoredWorkbookExcel {
  constructor(private readonly file: WorkbookBytes) {}

  async tableRange(table: string): Promise<JsonObject> {
    const range = await readTableRange(this.file.read(), table);
    return {
      address: range.address,
      addressLocal: range.address,
      rowCount: range.values.length,
      columnCount: range.values[0]?.length ?? 0,
      values: wire(range.values),
      formulas: wire(range.formulas),
    };
  }

  /** `…/tables/{t}/headerRowRange`. */
  async headerRow(table: string): Promise<JsonObject> {
    const range = await readTableRange(this.file.read(), table);
    return { rowCount: 1, values: wire(range.values.slice(0, 1)) };
  }

  /** `…/tables/{t}/columns/{name}/range`: the header and the body of one column; null when there is no such column. */
  async columnRange(table: string, column: string): Promise<JsonObject | null> {
    const range = await readTableRange(this.file.read(), table);
    const index = (range.values[0] ?? []).findIndex(
      (header) => String(header ?? '').toLowerCase() === column.toLowerCase(),
    );
    if (index < 0) return null;
    return { rowCount: range.values.length, values: wire(range.values.map((row) => [row[index]])) };
  }

  /** `…/names/{name}/range` of a one-cell name; null when there is no such name. */
  async namedCell(name: string): Promise<JsonObject | null> {
    const cell = await readNamedCell(this.file.read(), name);
    return cell.found ? { rowCount: 1, values: wire([[cell.value]]) } : null;
  }

  async addRows(table: string, index: number | null, values: Json[][]): Promise<void> {
    this.file.write(
      await addTableRows(
        this.file.read(),
        table,
        index,
        values.map((row) => row.map(typedInput)),
      ),
    );
  }

  async deleteRange(sheet: string, address: string): Promise<void> {
    this.file.write(await deleteTableBodyRange(this.file.read(), sheet, address));
  }

  async setNamedCell(name: string, value: Json): Promise<void> {
    const input = typedInput(value);
    if (typeof input === 'object' && input !== null)
      throw new RangeError('formulas in named cells are not emulated');
    this.file.write(await setNamedCell(this.file.read(), name, input));
  }
}
