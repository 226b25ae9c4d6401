const COMBINING_MARKS = /\p{M}+/gu;

/**
 * Folds text for matching: accents dropped (NFD then combining marks removed), lower case,
 * French ligatures spelled out and typographic apostrophes made plain, so that
 * « Réunion d’ÉQUIPE » and "reunion d'equipe" compare equal.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[‘’]/g, "'");
}
