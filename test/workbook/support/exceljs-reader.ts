import ExcelJS from 'exceljs';

export interface ExcelJsTable {
  sheet: string;
  ref: string;
  headers: string[];
  rows: unknown[][];
}

/** What exceljs keeps of a loaded table (its types describe tables being created). */
interface LoadedTableModel {
  name: string;
  tableRef: string;
}

/** Reads every table of a workbook with exceljs, values as exceljs returns them. */
export async function readTablesWithExcelJs(
  bytes: Uint8Array,
): Promise<Record<string, ExcelJsTable>> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  const tables: Record<string, ExcelJsTable> = {};
  book.eachSheet((sheet) => {
    const loaded = Object.values(
      (sheet as unknown as { tables: Record<string, { model: LoadedTableModel }> }).tables,
    );
    for (const { model } of loaded) {
      const [start, end] = model.tableRef.split(':').map((a) => sheet.getCell(a));
      const rowsOf = (from: number, to: number) =>
        Array.from({ length: to - from + 1 }, (_, i) =>
          Array.from({ length: Number(end.col) - Number(start.col) + 1 }, (_, j) => {
            const value = sheet.getCell(from + i, Number(start.col) + j).value;
            return value instanceof Date ? value.toISOString() : value;
          }),
        );
      tables[model.name] = {
        sheet: sheet.name,
        ref: model.tableRef,
        headers: rowsOf(Number(start.row), Number(start.row))[0].map(String),
        rows: rowsOf(Number(start.row) + 1, Number(end.row)),
      };
    }
  });
  return tables;
}
