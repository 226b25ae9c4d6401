import type { XmlElement } from './xml';
import { elements, localName } from './xml';

const EXCEL_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/** Cell text as Excel shows it: `_xHHHH_` escapes decoded. */
export function decodeSpreadsheetMl(text: string): string {
  return text.replace(EXCEL_ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The text of a string item (`<si>` or `<is>`): plain `<t>` or rich-text runs, phonetic hints left out. */
export function stringItemText(item: XmlElement): string {
  let text = '';
  for (const child of elements(item)) {
    const name = localName(child.name);
    if (name === 't') text += plainText(child);
    else if (name === 'r') for (const t of elements(child, 't')) text += plainText(t);
  }
  return decodeSpreadsheetMl(text);
}

function plainText(t: XmlElement): string {
  return t.children.map((c) => (c.type === 'text' || c.type === 'cdata' ? c.text : '')).join('');
}

export function readSharedStrings(root: XmlElement): string[] {
  return elements(root, 'si').map(stringItemText);
}
