import type { CellData } from '../layout';
import { spreadsheetMlText } from '../cell-text';
import { damagedPart } from '../errors';
import { columnLetters, parseCell } from './cell-address';
import { decodeSpreadsheetMl, stringItemText } from './shared-strings';
import type { XmlElement } from './xml';
import {
  element,
  elements,
  firstElement,
  localName,
  sameNamespace,
  textContent,
  textNode,
} from './xml';

/** The rows of a worksheet's `sheetData`, by row number, with every row and cell address made explicit. */
export interface SheetRows {
  sheetData: XmlElement;
  rows: Map<number, XmlElement>;
}

export function sheetRows(sheet: XmlElement, part: string): SheetRows {
  const sheetData = firstElement(sheet, 'sheetData');
  if (!sheetData) throw damagedPart(part, 'no sheetData');
  const rows = new Map<number, XmlElement>();
  let previousRow = 0;
  for (const row of elements(sheetData, 'row')) {
    // Addresses may be implied by position (allowed, though Excel always writes them).
    const number = row.attributes.r === undefined ? previousRow + 1 : Number(row.attributes.r);
    if (!Number.isInteger(number) || number <= previousRow)
      throw damagedPart(part, `row ${row.attributes.r}`);
    row.attributes.r = String(number);
    let previousColumn = 0;
    for (const cell of elements(row, 'c')) {
      const column =
        cell.attributes.r === undefined ? previousColumn + 1 : parseCell(cell.attributes.r)?.column;
      if (column === undefined) throw damagedPart(part, `cell ${cell.attributes.r}`);
      cell.attributes.r = `${columnLetters(column)}${number}`;
      previousColumn = column;
    }
    rows.set(number, row);
    previousRow = number;
  }
  return { sheetData, rows };
}

export interface FormulaCell {
  cell: XmlElement;
  f: XmlElement;
}

// Several passes look for formulas on the same big sheets: remember them until cells change.
const knownFormulaCells = new WeakMap<XmlElement, FormulaCell[]>();

/** Call after adding or removing cells of a sheet. */
export function forgetFormulaCells(sheet: XmlElement): void {
  knownFormulaCells.delete(sheet);
}

/** The cells of a worksheet that hold a formula, with their `<f>`. */
export function formulaCells(sheet: XmlElement): readonly FormulaCell[] {
  const known = knownFormulaCells.get(sheet);
  if (known) return known;
  const found: FormulaCell[] = [];
  knownFormulaCells.set(sheet, found);
  const sheetData = firstElement(sheet, 'sheetData');
  if (!sheetData) return found;
  for (const row of sheetData.children) {
    if (row.type !== 'element') continue;
    for (const cell of row.children) {
      if (cell.type !== 'element') continue;
      for (const child of cell.children) {
        if (child.type === 'element' && localName(child.name) === 'f')
          found.push({ cell, f: child });
      }
    }
  }
  return found;
}

export function cellColumn(cell: XmlElement): number {
  return parseCell(cell.attributes.r ?? '')?.column ?? 0;
}

export function cellAt(row: XmlElement | undefined, column: number): XmlElement | undefined {
  if (!row) return undefined;
  return elements(row, 'c').find((c) => cellColumn(c) === column);
}

export function formulaOf(cell: XmlElement): XmlElement | undefined {
  return firstElement(cell, 'f');
}

/** What a cell shows, as text or number: shared and inline strings resolved, formula results read. */
export function cellValue(
  cell: XmlElement | undefined,
  sharedStrings: readonly string[],
): CellData {
  if (!cell) return null;
  const type = cell.attributes.t ?? 'n';
  if (type === 'inlineStr') {
    const inline = firstElement(cell, 'is');
    return inline ? stringItemText(inline) : null;
  }
  const v = firstElement(cell, 'v');
  if (!v) return null;
  const raw = textContent(v);
  switch (type) {
    case 's':
      return sharedStrings[Number(raw)] ?? null;
    case 'str':
      return decodeSpreadsheetMl(raw);
    case 'n':
    case 'b': {
      const number = Number(raw);
      return raw.trim() === '' || Number.isNaN(number) ? null : number;
    }
    default:
      return null;
  }
}

/** A new cell holding a value: text is always an inline string, never something Excel could evaluate. */
export function valueCell(
  sibling: XmlElement,
  column: number,
  row: number,
  value: CellData,
  style: number | null,
): XmlElement {
  const attributes: Record<string, string> = { r: `${columnLetters(column)}${row}` };
  if (style !== null) attributes.s = String(style);
  if (value === null || value === '') return element(sameNamespace(sibling, 'c'), attributes);
  if (typeof value === 'number') {
    return element(sameNamespace(sibling, 'c'), attributes, [
      element(sameNamespace(sibling, 'v'), {}, [textNode(String(value))]),
    ]);
  }
  attributes.t = 'inlineStr';
  const stored = spreadsheetMlText(value);
  const t = element(
    sameNamespace(sibling, 't'),
    /^\s|\s$|\n/.test(stored) ? { 'xml:space': 'preserve' } : {},
    [textNode(stored)],
  );
  return element(sameNamespace(sibling, 'c'), attributes, [
    element(sameNamespace(sibling, 'is'), {}, [t]),
  ]);
}

export function formulaCell(
  sibling: XmlElement,
  column: number,
  row: number,
  formula: string,
  style: number | null,
): XmlElement {
  const attributes: Record<string, string> = { r: `${columnLetters(column)}${row}` };
  if (style !== null) attributes.s = String(style);
  return element(sameNamespace(sibling, 'c'), attributes, [
    element(sameNamespace(sibling, 'f'), {}, [textNode(formula)]),
  ]);
}

export function isFormulaCell(cell: XmlElement): boolean {
  return elements(cell).some((child) => localName(child.name) === 'f');
}

/** Puts a value in one cell, keeping the cell's style; creates the row and cell in order when missing. */
export function setCellValue(
  sheet: XmlElement,
  part: string,
  column: number,
  rowNumber: number,
  value: CellData,
): void {
  const { sheetData, rows } = sheetRows(sheet, part);
  let row = rows.get(rowNumber);
  if (!row) {
    row = element(sameNamespace(sheetData, 'row'), { r: String(rowNumber) });
    const after = [...rows.keys()].findIndex((n) => n > rowNumber);
    const next = after < 0 ? undefined : rows.get([...rows.keys()][after]);
    const index = next ? sheetData.children.indexOf(next) : sheetData.children.length;
    sheetData.children.splice(index, 0, row);
  }
  forgetFormulaCells(sheet);
  const existing = cellAt(row, column);
  const style = existing?.attributes.s === undefined ? null : Number(existing.attributes.s);
  const cell = valueCell(row, column, rowNumber, value, style);
  if (existing) {
    row.children[row.children.indexOf(existing)] = cell;
    return;
  }
  const next = elements(row, 'c').find((c) => cellColumn(c) > column);
  row.children.splice(next ? row.children.indexOf(next) : row.children.length, 0, cell);
}
