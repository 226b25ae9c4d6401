import type { CellData } from '../../../src/workbook/layout';
import { parseRange } from '../../../src/workbook/package/cell-address';
import { setCellValue } from '../../../src/workbook/package/sheet-cells';
import { TableEditor } from '../../../src/workbook/package/table-editor';
import { findTable, readStructure } from '../../../src/workbook/package/workbook-structure';
import { XlsxPackage } from '../../../src/workbook/package/xlsx-package';

/**
 * Types values into a table's data cells as a user would in Excel: `edit` gets each cell's
 * value (row and column from 0) and answers the new one, or undefined to leave it.
 */
export async function editTable(
  bytes: Uint8Array,
  tableName: string,
  edit: (value: CellData, row: number, column: number) => CellData | undefined,
): Promise<Uint8Array> {
  const pkg = await XlsxPackage.open(bytes);
  const structure = await readStructure(pkg);
  const table = findTable(structure, tableName)!;
  const editor = await TableEditor.open(pkg, structure, table);
  const range = parseRange(table.root.attributes.ref)!;
  const sheet = await pkg.xml(table.sheet.part);
  for (let row = 0; row < editor.dataRowCount; row += 1) {
    editor.columns.forEach((_, column) => {
      const value = edit(editor.read(row, column), row, column);
      if (value === undefined) return;
      setCellValue(
        sheet,
        table.sheet.part,
        range.start.column + column,
        range.start.row + 1 + row,
        value,
      );
    });
  }
  pkg.touch(table.sheet.part);
  return pkg.toBytes();
}
