import type { FormulaReference } from './formula-references';
import { formatReference, rewriteReferences } from './formula-references';
import type { RowMove } from './row-move';
import { expandSharedFormulas } from './shared-formulas';
import { formulaCells } from './sheet-cells';
import { insertInSchemaOrder, WORKBOOK_CHILD_ORDER } from './schema-order';
import type { WorkbookStructure } from './workbook-structure';
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
  textNode,
} from './xml';

function remapper(
  move: RowMove,
  homeSheet: string | null,
): (ref: FormulaReference) => string | null {
  const target = move.sheet.toLowerCase();
  return (ref) => {
    if (ref.external) return null;
    const sheet = ref.sheet ?? homeSheet;
    if (sheet === null || sheet.toLowerCase() !== target) return null;
    if (ref.end === null) {
      const row = move.row(ref.start.row);
      return row === ref.start.row
        ? null
        : formatReference({ ...ref, start: { ...ref.start, row } });
    }
    const [startRow, endRow] = move.rows(ref.start.row, ref.end.row);
    if (startRow === ref.start.row && endRow === ref.end.row) return null;
    return formatReference({
      ...ref,
      start: { ...ref.start, row: startRow },
      end: { ...ref.end, row: endRow },
    });
  };
}

/** A formula written on `homeSheet` (null for a defined name), with its references to moved rows updated. */
export function followMoveInFormula(
  formula: string,
  move: RowMove,
  homeSheet: string | null,
): string {
  return rewriteReferences(formula, remapper(move, homeSheet));
}

function setText(el: XmlElement, text: string): void {
  el.children = [textNode(text)];
}

/**
 * References elsewhere in the workbook follow the rows a table rewrite moved, the way
 * Excel updates them when rows are inserted or deleted: formulas on every sheet,
 * defined names and chart series.
 */
export async function followMoveInWorkbook(
  pkg: XlsxPackage,
  structure: WorkbookStructure,
  move: RowMove,
): Promise<void> {
  if (move.keepsRowsInPlace) return;
  for (const sheet of structure.sheets) {
    const root = await pkg.xml(sheet.part);
    const remap = remapper(move, sheet.name);
    const formulas = formulaCells(root);
    if (!formulas.some(({ f }) => rewriteReferences(textContent(f), remap) !== textContent(f)))
      continue;
    expandSharedFormulas(root);
    for (const { f } of formulaCells(root)) {
      const text = textContent(f);
      const next = rewriteReferences(text, remap);
      if (next !== text) setText(f, next);
    }
    pkg.touch(sheet.part);
  }
  const names = firstElement(structure.workbook, 'definedNames');
  const remapQualified = remapper(move, null);
  for (const name of names ? elements(names, 'definedName') : []) {
    const text = textContent(name);
    const next = rewriteReferences(text, remapQualified);
    if (next !== text) {
      setText(name, next);
      pkg.touch(structure.workbookPart);
    }
  }
  for (const chart of pkg.partNames('xl/charts/chart')) {
    if (!chart.endsWith('.xml')) continue;
    const root = await pkg.xml(chart);
    for (const f of descendants(root, 'f')) {
      const text = textContent(f);
      const next = rewriteReferences(text, remapQualified);
      if (next !== text) {
        setText(f, next);
        pkg.touch(chart);
      }
    }
  }
}

/**
 * Makes every spreadsheet program recompute on open: Excel through `fullCalcOnLoad`;
 * LibreOffice, which keeps stored results by default, by storing none. Pivot tables
 * the user built on the tables refresh when the file opens.
 */
export async function requireRecalculation(
  pkg: XlsxPackage,
  structure: WorkbookStructure,
): Promise<void> {
  for (const sheet of structure.sheets) {
    const root = await pkg.xml(sheet.part);
    let changed = false;
    for (const { cell, f } of formulaCells(root)) {
      if (f.attributes.t === 'dataTable') continue;
      const before = cell.children.length;
      cell.children = cell.children.filter(
        (c) => c.type !== 'element' || localName(c.name) !== 'v',
      );
      if (cell.attributes.t !== undefined) delete cell.attributes.t;
      changed ||= before !== cell.children.length;
    }
    if (changed) pkg.touch(sheet.part);
  }
  const workbook = structure.workbook;
  let calcPr = firstElement(workbook, 'calcPr');
  if (!calcPr) {
    calcPr = element(sameNamespace(workbook, 'calcPr'));
    insertInSchemaOrder(workbook, calcPr, WORKBOOK_CHILD_ORDER);
  }
  calcPr.attributes.fullCalcOnLoad = '1';
  pkg.touch(structure.workbookPart);
  for (const part of pkg.partNames('xl/pivotCache/')) {
    if (!/pivotCacheDefinition\d*\.xml$/.test(part)) continue;
    (await pkg.xml(part)).attributes.refreshOnLoad = '1';
    pkg.touch(part);
  }
  await dropCalculationChain(pkg, structure.workbookPart);
}

/** Excel's cached calculation order names formula cells; stale, it makes Excel "repair" the file. */
async function dropCalculationChain(pkg: XlsxPackage, workbookPart: string): Promise<void> {
  const rels = await pkg.relationships(workbookPart);
  const chain = rels.find((r) => r.type.endsWith('/calcChain'));
  if (!chain) return;
  pkg.remove(chain.target);
  const relsPart = workbookPart.replace(/([^/]+)$/, '_rels/$1.rels');
  const relsRoot = await pkg.xml(relsPart);
  relsRoot.children = relsRoot.children.filter(
    (c) => c.type !== 'element' || c.attributes.Id !== chain.id,
  );
  pkg.touch(relsPart);
  const types = await pkg.xml('[Content_Types].xml');
  types.children = types.children.filter(
    (c) => c.type !== 'element' || c.attributes.PartName !== `/${chain.target}`,
  );
  pkg.touch('[Content_Types].xml');
}
