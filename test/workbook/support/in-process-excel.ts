import type { ExcelTablesApi, ExcelValue } from '../../../src/workbook/excel-api-upsert';
import type { CellData } from '../../../src/workbook/layout';
import type { TableRange } from '../../../src/workbook/table-operations';
import { StoredWorkbookExcel } from '../../../src/emulator/routes/excel-stored-workbook';

/** The Excel REST subset, in process, over the emulator's implementation: what Graph would do to the file. */
export class InProcessExcel implements ExcelTablesApi {
  readonly calls: string[] = [];
  private readonly excel: StoredWorkbookExcel;

  constructor(public bytes: Uint8Array) {
    this.excel = new StoredWorkbookExcel({
      read: () => this.bytes,
      write: (b) => (this.bytes = b),
    });
  }

  async readTable(name: string): Promise<TableRange> {
    this.calls.push(`read ${name}`);
    const range = await this.excel.tableRange(name);
    const address = String(range.address);
    const grid = (v: unknown) => v as CellData[][];
    return {
      sheet: address.slice(1, address.indexOf("'!")),
      address,
      values: grid(range.values),
      formulas: grid(range.formulas),
    };
  }

  async addRows(name: string, index: number | null, values: ExcelValue[][]): Promise<void> {
    this.calls.push(`add ${name} ${values.length} at ${index}`);
    await this.excel.addRows(name, index, values);
  }

  async deleteRange(sheet: string, address: string): Promise<void> {
    this.calls.push(`delete ${sheet}!${address}`);
    await this.excel.deleteRange(sheet, address);
  }

  async setNamedCell(name: string, value: ExcelValue): Promise<void> {
    this.calls.push(`set ${name} ${value}`);
    await this.excel.setNamedCell(name, value);
  }
}
