import { damagedPart } from '../errors';
import { readSharedStrings } from './shared-strings';
import type { XlsxPackage } from './xlsx-package';
import { RELATIONSHIP_TYPES } from './xlsx-package';
import type { XmlElement } from './xml';
import { elements, firstElement } from './xml';

export interface SheetPart {
  name: string;
  part: string;
}

export interface TablePart {
  /** The table's name as stored (Excel compares names case-insensitively). */
  name: string;
  part: string;
  sheet: SheetPart;
  root: XmlElement;
}

/** Where things are in a workbook package: sheets, tables, strings, styles. */
export interface WorkbookStructure {
  workbookPart: string;
  workbook: XmlElement;
  sheets: SheetPart[];
  tables: TablePart[];
  sharedStrings: readonly string[];
  stylesPart: string | null;
}

export async function readStructure(pkg: XlsxPackage): Promise<WorkbookStructure> {
  const workbookPart = await pkg.workbookPart();
  const workbook = await pkg.xml(workbookPart);
  const rels = await pkg.relationships(workbookPart);
  const sheetsElement = firstElement(workbook, 'sheets');
  if (!sheetsElement) throw damagedPart(workbookPart, 'no sheets');
  const sheets: SheetPart[] = [];
  for (const sheet of elements(sheetsElement, 'sheet')) {
    const relId =
      sheet.attributes['r:id'] ??
      Object.entries(sheet.attributes).find(([k]) => k.endsWith(':id'))?.[1];
    const rel = rels.find((r) => r.id === relId);
    // Chart sheets and dialog sheets have no cells: nothing for us there.
    if (rel && rel.type === RELATIONSHIP_TYPES.worksheet && pkg.has(rel.target)) {
      sheets.push({ name: sheet.attributes.name ?? '', part: rel.target });
    }
  }
  const tables: TablePart[] = [];
  for (const sheet of sheets) {
    for (const rel of await pkg.relationships(sheet.part)) {
      if (rel.type !== RELATIONSHIP_TYPES.table || !pkg.has(rel.target)) continue;
      const root = await pkg.xml(rel.target);
      tables.push({
        name: root.attributes.name ?? root.attributes.displayName ?? '',
        part: rel.target,
        sheet,
        root,
      });
    }
  }
  const stringsRel = rels.find(
    (r) => r.type === RELATIONSHIP_TYPES.sharedStrings && pkg.has(r.target),
  );
  const stylesRel = rels.find((r) => r.type === RELATIONSHIP_TYPES.styles && pkg.has(r.target));
  return {
    workbookPart,
    workbook,
    sheets,
    tables,
    sharedStrings: stringsRel ? readSharedStrings(await pkg.xml(stringsRel.target)) : [],
    stylesPart: stylesRel?.target ?? null,
  };
}

export function findTable(structure: WorkbookStructure, name: string): TablePart | undefined {
  const wanted = name.toLowerCase();
  return structure.tables.find((t) => t.name.toLowerCase() === wanted);
}
