import type { XmlElement } from './xml';
import { localName } from './xml';

/** Children of `<workbook>` in the order the schema requires (Excel rejects any other). */
export const WORKBOOK_CHILD_ORDER = [
  'fileVersion',
  'fileSharing',
  'workbookPr',
  'workbookProtection',
  'bookViews',
  'sheets',
  'functionGroups',
  'externalReferences',
  'definedNames',
  'calcPr',
  'oleSize',
  'customWorkbookViews',
  'pivotCaches',
  'smartTagPr',
  'smartTagTypes',
  'webPublishing',
  'fileRecoveryPr',
  'webPublishObjects',
  'extLst',
] as const;

/** Inserts `child` where the schema order puts it. */
export function insertInSchemaOrder(
  parent: XmlElement,
  child: XmlElement,
  order: readonly string[],
): void {
  const rank = order.indexOf(localName(child.name));
  const index = parent.children.findIndex(
    (c) => c.type === 'element' && order.indexOf(localName(c.name)) > rank,
  );
  if (index < 0) parent.children.push(child);
  else parent.children.splice(index, 0, child);
}
