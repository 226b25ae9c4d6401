import type { CellFormat } from '../layout';
import { damagedPart } from '../errors';
import type { XlsxPackage } from './xlsx-package';
import { element, elements, firstElement, sameNamespace } from './xml';

/** Excel's built-in number formats: they follow the user's locale (date order, separators). */
const BUILT_IN_NUMBER_FORMAT: Record<CellFormat, number> = {
  text: 49, // @
  freeText: 49,
  hours: 2, // 0.00
  count: 1, // 0
  date: 14, // short date of the locale
  dateTime: 22, // short date and time of the locale
  share: 9, // 0%
};

/**
 * Finds or adds the cell formats (`cellXfs` entries) for our columns. Text typed by
 * people also gets the quote prefix, so that editing it in Excel keeps it text.
 */
export class CellStyles {
  private readonly cache = new Map<CellFormat, number>();

  constructor(
    private readonly pkg: XlsxPackage,
    private readonly stylesPart: string | null,
  ) {}

  async styleOf(format: CellFormat): Promise<number | null> {
    if (this.stylesPart === null) return null;
    const cached = this.cache.get(format);
    if (cached !== undefined) return cached;
    const root = await this.pkg.xml(this.stylesPart);
    const cellXfs = firstElement(root, 'cellXfs');
    if (!cellXfs) throw damagedPart(this.stylesPart, 'no cellXfs');
    const numFmtId = String(BUILT_IN_NUMBER_FORMAT[format]);
    const quotePrefix = format === 'freeText';
    const xfs = elements(cellXfs, 'xf');
    let index = xfs.findIndex(
      (xf) =>
        xf.attributes.numFmtId === numFmtId &&
        (xf.attributes.fontId ?? '0') === '0' &&
        (xf.attributes.fillId ?? '0') === '0' &&
        (xf.attributes.borderId ?? '0') === '0' &&
        (xf.attributes.xfId ?? '0') === '0' &&
        (xf.attributes.quotePrefix === '1') === quotePrefix &&
        xf.attributes.applyNumberFormat === '1' &&
        elements(xf).length === 0,
    );
    if (index < 0) {
      const attributes: Record<string, string> = {
        numFmtId,
        fontId: '0',
        fillId: '0',
        borderId: '0',
        xfId: '0',
        applyNumberFormat: '1',
      };
      if (quotePrefix) attributes.quotePrefix = '1';
      cellXfs.children.push(element(sameNamespace(cellXfs, 'xf'), attributes));
      index = xfs.length;
      cellXfs.attributes.count = String(xfs.length + 1);
      this.pkg.touch(this.stylesPart);
    }
    this.cache.set(format, index);
    return index;
  }
}
