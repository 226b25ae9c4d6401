import JSZip from 'jszip';
import { damagedPart, WorkbookError } from '../errors';
import type { XmlElement } from './xml';
import { element, elements, parseXml, serializeXml, XmlSyntaxError } from './xml';

export interface Relationship {
  id: string;
  type: string;
  /** Absolute part path inside the package, without the leading slash; external targets stay as written. */
  target: string;
  external: boolean;
}

const REL_TYPE_BASE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
export const RELATIONSHIP_TYPES = {
  officeDocument: `${REL_TYPE_BASE}officeDocument`,
  worksheet: `${REL_TYPE_BASE}worksheet`,
  table: `${REL_TYPE_BASE}table`,
  sharedStrings: `${REL_TYPE_BASE}sharedStrings`,
  styles: `${REL_TYPE_BASE}styles`,
  customProperties: `${REL_TYPE_BASE}custom-properties`,
} as const;

const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

function notAWorkbook(): WorkbookError {
  return new WorkbookError('not-xlsx', {
    fr: 'Ce fichier n’est pas un classeur Excel (.xlsx) valide.',
    en: 'This file is not a valid Excel workbook (.xlsx).',
  });
}

function resolveTarget(sourcePart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const folder = sourcePart.includes('/')
    ? sourcePart.slice(0, sourcePart.lastIndexOf('/')).split('/')
    : [];
  for (const segment of target.split('/')) {
    if (segment === '..') folder.pop();
    else if (segment !== '.' && segment !== '') folder.push(segment);
  }
  return folder.join('/');
}

function relationshipsPart(part: string): string {
  const slash = part.lastIndexOf('/');
  return slash < 0
    ? `_rels/${part}.rels`
    : `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

/**
 * An xlsx package (a zip of XML parts) opened for editing. Parts are parsed on first
 * use; only the parts marked as changed are rewritten, every other byte is kept.
 */
export class XlsxPackage {
  private readonly parsed = new Map<string, XmlElement>();
  private readonly changed = new Set<string>();

  private constructor(private readonly zip: JSZip) {}

  static async open(bytes: Uint8Array): Promise<XlsxPackage> {
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    } catch {
      throw notAWorkbook();
    }
    if (zip.file('[Content_Types].xml') === null) throw notAWorkbook();
    return new XlsxPackage(zip);
  }

  /** The part is in the package, or was put in it since it was opened. */
  has(part: string): boolean {
    return this.parsed.has(part) || this.zip.file(part) !== null;
  }

  async xml(part: string): Promise<XmlElement> {
    const cached = this.parsed.get(part);
    if (cached) return cached;
    const file = this.zip.file(part);
    if (file === null) throw damagedPart(part, 'missing');
    let root: XmlElement;
    try {
      root = parseXml(await file.async('string'));
    } catch (error) {
      if (error instanceof XmlSyntaxError) throw damagedPart(part, error.message);
      throw damagedPart(part, 'unreadable');
    }
    this.parsed.set(part, root);
    return root;
  }

  /** Names of the parts whose path starts with `prefix`. */
  partNames(prefix: string): string[] {
    return Object.keys(this.zip.files).filter(
      (name) => name.startsWith(prefix) && !this.zip.files[name].dir,
    );
  }

  remove(part: string): void {
    this.zip.remove(part);
    this.parsed.delete(part);
    this.changed.delete(part);
  }

  /** Marks a parsed part as edited, or adds a new one. */
  put(part: string, root: XmlElement): void {
    this.parsed.set(part, root);
    this.changed.add(part);
  }

  touch(part: string): void {
    this.changed.add(part);
  }

  async relationships(part: string): Promise<Relationship[]> {
    const relsPart = relationshipsPart(part);
    if (!this.has(relsPart)) return [];
    return elements(await this.xml(relsPart), 'Relationship').map((rel) => {
      const external = rel.attributes.TargetMode === 'External';
      const target = rel.attributes.Target ?? '';
      return {
        id: rel.attributes.Id ?? '',
        type: rel.attributes.Type ?? '',
        target: external ? target : resolveTarget(part, target),
        external,
      };
    });
  }

  /** Adds a relationship from `part` to `target` (package path) and returns its id. */
  async addRelationship(part: string, type: string, target: string): Promise<string> {
    const relsPart = relationshipsPart(part);
    const root =
      this.has(relsPart) || this.parsed.has(relsPart)
        ? await this.xml(relsPart)
        : element('Relationships', { xmlns: RELATIONSHIPS_NS });
    const taken = new Set(elements(root, 'Relationship').map((r) => r.attributes.Id));
    let n = taken.size + 1;
    while (taken.has(`rId${n}`)) n += 1;
    const id = `rId${n}`;
    root.children.push(element('Relationship', { Id: id, Type: type, Target: `/${target}` }));
    this.put(relsPart, root);
    return id;
  }

  /** Declares the content type of a new part. */
  async declareContentType(part: string, contentType: string): Promise<void> {
    const root = await this.xml('[Content_Types].xml');
    const name = `/${part}`;
    if (elements(root, 'Override').some((o) => o.attributes.PartName === name)) return;
    root.children.push(element('Override', { PartName: name, ContentType: contentType }));
    this.touch('[Content_Types].xml');
  }

  /** The main workbook part (usually `xl/workbook.xml`). */
  async workbookPart(): Promise<string> {
    const main = (await this.relationships('')).find(
      (r) => r.type === RELATIONSHIP_TYPES.officeDocument,
    );
    if (!main || !this.has(main.target)) throw notAWorkbook();
    return main.target;
  }

  async toBytes(): Promise<Uint8Array> {
    for (const part of this.changed) {
      const root = this.parsed.get(part);
      if (root) this.zip.file(part, serializeXml(root));
    }
    return this.zip.generateAsync({
      type: 'uint8array',
      compression: 'DEFLATE',
      compressionOptions: { level: 6 },
    });
  }
}
