import { parseCell } from './cell-address';
import { translateFormula } from './formula-references';
import type { XmlElement } from './xml';
import { formulaCells } from './sheet-cells';
import { textContent, textNode } from './xml';

/**
 * Turns Excel's shared formulas (one master, dependents that say "same, shifted")
 * into plain formulas, so that cells can move or disappear without breaking the others.
 */
export function expandSharedFormulas(sheet: XmlElement): void {
  const masters = new Map<string, { formula: string; column: number; row: number }>();
  const dependents: Array<{ f: XmlElement; cell: XmlElement }> = [];
  for (const { cell, f } of formulaCells(sheet)) {
    if (f.attributes.t !== 'shared' || f.attributes.si === undefined) continue;
    const text = textContent(f);
    const at = parseCell(cell.attributes.r ?? '');
    if (text !== '' && at) masters.set(f.attributes.si, { formula: text, ...at });
    dependents.push({ f, cell });
  }
  for (const { f, cell } of dependents) {
    const master = masters.get(f.attributes.si ?? '');
    const at = parseCell(cell.attributes.r ?? '');
    if (!master || !at) continue;
    f.attributes = {};
    f.children = [
      textNode(translateFormula(master.formula, at.row - master.row, at.column - master.column)),
    ];
  }
}
