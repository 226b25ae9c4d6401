import type { Cell, CellFormulaValue, Worksheet } from 'exceljs';

export const HOURS = '0.00';
export const SHARE = '0%';
export const DATE = 'mm-dd-yy'; // exceljs's name for built-in format 14, the locale's short date
export const HEADER_FILL = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFDDEBF7' },
} as const;
/** The grey of the dashboards' hints and notes. */
export const NOTE_COLOUR = { argb: 'FF595959' } as const;

/** A one-cell array (CSE) formula: exceljs writes it, its types do not declare it. */
export function arrayFormula(
  formula: string,
  address: string,
): CellFormulaValue & { shareType: 'array'; ref: string } {
  return { formula, shareType: 'array', ref: address };
}

/** How the dashboards (the tracking one, the team one and its workings) write their cells. */
export interface SheetWriter {
  sheet: Worksheet;
  value(address: string, value: string | number, numFmt?: string): Cell;
  formula(address: string, text: string, numFmt?: string, array?: boolean): Cell;
  /** Bold, filled, wrapped header cells, one per column, on one row. */
  headers(row: number, columns: readonly string[], labels: readonly string[]): void;
}

export function sheetWriter(sheet: Worksheet): SheetWriter {
  const value = (address: string, content: string | number, numFmt?: string) => {
    const cell = sheet.getCell(address);
    cell.value = content;
    if (numFmt) cell.numFmt = numFmt;
    return cell;
  };
  const formula = (address: string, text: string, numFmt?: string, array = false) => {
    const cell = sheet.getCell(address);
    cell.value = array ? arrayFormula(text, address) : { formula: text };
    if (numFmt) cell.numFmt = numFmt;
    return cell;
  };
  const headers = (row: number, columns: readonly string[], labels: readonly string[]) =>
    columns.forEach((column, i) => {
      const cell = value(`${column}${row}`, labels[i]);
      cell.font = { bold: true };
      cell.fill = HEADER_FILL;
      cell.alignment = { wrapText: true, vertical: 'middle' };
    });
  return { sheet, value, formula, headers };
}

/**
 * What both dashboards open with: the title (A1), how to use it (A2), and the week row: its
 * label (A3), the selector cell holding the chosen week, and "starts" (C3). Returns the
 * selector's cell, for the dashboard to add its own validation; D3, the start date, is each
 * dashboard's formula.
 */
export function drawWeekHeading(
  w: SheetWriter,
  words: { title: string; hint: string; week: string; weekStart: string },
  selectorCell: string,
  selectedWeek: string,
): Cell {
  w.value('A1', words.title).font = { bold: true, size: 16 };
  w.value('A2', words.hint).font = { italic: true, color: { ...NOTE_COLOUR } };
  w.value('A3', words.week).font = { bold: true };
  const selector = w.value(selectorCell, selectedWeek);
  selector.font = { bold: true, size: 12 };
  selector.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
  w.value('C3', words.weekStart);
  return selector;
}
