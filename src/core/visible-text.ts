/**
 * Format characters (Unicode category Cf): zero-width space and joiners, direction marks and
 * embeddings, word joiner, byte order mark, soft hyphen. Invisible, and pasted along with
 * text from the web, chats or right-to-left documents.
 */
const FORMAT_CHARACTERS = /\p{Cf}/gu;

/**
 * Text as the user sees it: composed (NFC, as Windows and the web write it; macOS writes
 * « Réunion » decomposed) and without format characters.
 */
export function visibleText(text: string): string {
  return text.normalize('NFC').replace(FORMAT_CHARACTERS, '');
}

/** A name as names are compared (categories, codes, headers): visible text, trimmed, any case. */
export function nameKey(text: string): string {
  return visibleText(text).trim().toLowerCase();
}
