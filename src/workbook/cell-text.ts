/** Excel refuses longer cell text (its documented limit). */
export const EXCEL_CELL_TEXT_LIMIT = 32_767;

const TRUNCATION_MARKER = { fr: '… [tronqué]', en: '… [truncated]' } as const;

// Characters XML 1.0 cannot carry at all: the part would not parse.
// eslint-disable-next-line no-control-regex
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
// Excel decodes `_xHHHH_` in cell text; its own escape for a literal one is `_x005F`.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const EXCEL_ESCAPE_LOOKALIKE = /_(x[0-9a-fA-F]{4}_)/g;

/**
 * Text exactly as a cell will show it: well-formed, XML-safe, within Excel's limit
 * (cut with a visible marker in the user's language).
 */
export function cellText(text: string, language: 'fr' | 'en'): string {
  const clean = text.replace(LONE_SURROGATE, '\ufffd').replace(XML_FORBIDDEN, '\ufffd');
  if (clean.length <= EXCEL_CELL_TEXT_LIMIT) return clean;
  const marker = TRUNCATION_MARKER[language];
  let cut = clean.slice(0, EXCEL_CELL_TEXT_LIMIT - marker.length);
  // Never split a surrogate pair.
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return cut + marker;
}

/** The text as stored in SpreadsheetML, where `_xHHHH_` would otherwise be decoded by Excel. */
export function spreadsheetMlText(text: string): string {
  return text.replace(EXCEL_ESCAPE_LOOKALIKE, '_x005F_$1');
}
