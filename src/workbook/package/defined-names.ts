import { parseCell, type CellAddress } from './cell-address';
import { insertInSchemaOrder, WORKBOOK_CHILD_ORDER } from './schema-order';
import type { WorkbookStructure } from './workbook-structure';
import type { XlsxPackage } from './xlsx-package';
import { element, elements, firstElement, sameNamespace, textContent, textNode } from './xml';

/** A workbook-level defined name's formula (names scoped to one sheet are not ours). */
export function definedName(structure: WorkbookStructure, name: string): string | null {
  const names = firstElement(structure.workbook, 'definedNames');
  const found =
    names &&
    elements(names, 'definedName').find(
      (n) =>
        n.attributes.name?.toLowerCase() === name.toLowerCase() &&
        n.attributes.localSheetId === undefined,
    );
  return found ? textContent(found) : null;
}

export function setDefinedName(
  pkg: XlsxPackage,
  structure: WorkbookStructure,
  name: string,
  formula: string,
): void {
  const { workbook } = structure;
  let names = firstElement(workbook, 'definedNames');
  if (!names) {
    names = element(sameNamespace(workbook, 'definedNames'));
    insertInSchemaOrder(workbook, names, WORKBOOK_CHILD_ORDER);
  }
  const existing = elements(names, 'definedName').find(
    (n) =>
      n.attributes.name?.toLowerCase() === name.toLowerCase() &&
      n.attributes.localSheetId === undefined,
  );
  if (existing) existing.children = [textNode(formula)];
  else
    names.children.push(
      element(sameNamespace(names, 'definedName'), { name }, [textNode(formula)]),
    );
  pkg.touch(structure.workbookPart);
}

/** The sheet and cell of a name that points at one cell (`'My sheet'!$B$3`). */
export function singleCellTarget(formula: string): { sheet: string; cell: CellAddress } | null {
  const match = /^(?:'((?:[^']|'')+)'|([^'!]+))!(\$?[A-Za-z]{1,3}\$?\d+)$/.exec(formula.trim());
  if (!match) return null;
  const cell = parseCell(match[3]);
  const sheet = match[1] === undefined ? match[2] : match[1].replace(/''/g, "'");
  return cell ? { sheet, cell } : null;
}

export function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
