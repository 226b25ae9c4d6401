import type { XlsxPackage } from './xlsx-package';
import { RELATIONSHIP_TYPES } from './xlsx-package';
import type { XmlElement } from './xml';
import { element, elements, textContent, textNode } from './xml';

const CUSTOM_PROPERTIES_NS =
  'http://schemas.openxmlformats.org/officeDocument/2006/custom-properties';
const VARIANT_TYPES_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes';
const CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.custom-properties+xml';
// The format id every custom property carries (fixed by the OOXML specification).
const CUSTOM_PROPERTY_FMTID = '{D5CDD505-2E9C-101B-9397-08002B2CF9AE}';

async function customPropertiesPart(pkg: XlsxPackage): Promise<string | null> {
  const rel = (await pkg.relationships('')).find(
    (r) => r.type === RELATIONSHIP_TYPES.customProperties,
  );
  return rel && pkg.has(rel.target) ? rel.target : null;
}

/** The value of a custom document property (File > Properties > Custom in Excel), if set. */
export async function readCustomProperty(pkg: XlsxPackage, name: string): Promise<string | null> {
  const part = await customPropertiesPart(pkg);
  if (part === null) return null;
  const property = elements(await pkg.xml(part), 'property').find(
    (p) => p.attributes.name === name,
  );
  return property ? textContent(property) : null;
}

export async function writeCustomProperty(
  pkg: XlsxPackage,
  name: string,
  value: string,
): Promise<void> {
  let part = await customPropertiesPart(pkg);
  let root: XmlElement;
  if (part === null) {
    part = 'docProps/custom.xml';
    root = element('Properties', { xmlns: CUSTOM_PROPERTIES_NS, 'xmlns:vt': VARIANT_TYPES_NS });
    await pkg.addRelationship('', RELATIONSHIP_TYPES.customProperties, part);
    await pkg.declareContentType(part, CONTENT_TYPE);
  } else {
    root = await pkg.xml(part);
  }
  const properties = elements(root, 'property');
  const existing = properties.find((p) => p.attributes.name === name);
  const prefix =
    Object.keys(root.attributes)
      .find((k) => root.attributes[k] === VARIANT_TYPES_NS)
      ?.slice(6) ?? 'vt';
  const valueElement = element(`${prefix}:lpwstr`, {}, [textNode(value)]);
  if (existing) {
    existing.children = [valueElement];
  } else {
    const pids = properties.map((p) => Number(p.attributes.pid ?? '1'));
    root.children.push(
      element(
        'property',
        { fmtid: CUSTOM_PROPERTY_FMTID, pid: String(Math.max(1, ...pids) + 1), name },
        [valueElement],
      ),
    );
  }
  pkg.put(part, root);
}
