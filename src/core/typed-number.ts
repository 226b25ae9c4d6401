import type { Language } from './errors';

/**
 * A number given back to a field the user types in, as they would type it: `7,5` in French,
 * `7.5` in English (glossary, "decimal separator"); no digit grouping and no rounding, so
 * saving it again gives the same number.
 */
export function typedNumber(value: number, language: Language): string {
  const text = String(value);
  return language === 'fr' ? text.replace('.', ',') : text;
}

/** What the user typed as a number, with a decimal comma or point; NaN when it is not one. */
export function readTypedNumber(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text.trim().replace(',', '.'));
}
