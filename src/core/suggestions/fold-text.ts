const COMBINING_MARKS = /\p{M}+/gu;
const SUBJECT_CODE_PREFIX = /^\s*\[[A-Za-z0-9]{2,6}\]/;

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

/** The subject without a leading `[CODE]` tag (SPEC §4.5), which says nothing about the words. */
export function withoutCodePrefix(subject: string): string {
  return subject.replace(SUBJECT_CODE_PREFIX, '');
}
