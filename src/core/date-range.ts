import type { LocalizedMessage } from './errors';
import { oneLine } from './errors';

/** Years Centaure supports in any date it reads: Excel's own range, where the workbook writes them. */
export const FIRST_SUPPORTED_YEAR = 1900;
export const LAST_SUPPORTED_YEAR = 9999;

/**
 * The instants whose local time is within those years in every zone (UTC−12 to UTC+14):
 * 1900-01-01T12:00Z is 1900-01-01 00:00 at UTC−12; 9999-12-31T10:00Z is 2400 at UTC+14.
 */
const FIRST_INSTANT = Date.UTC(FIRST_SUPPORTED_YEAR, 0, 1, 12);
const END_INSTANT = Date.UTC(LAST_SUPPORTED_YEAR, 11, 31, 10);

export function isSupportedInstant(epochMs: number): boolean {
  return epochMs >= FIRST_INSTANT && epochMs < END_INSTANT;
}

/** A calendar date `YYYY-MM-DD` within the supported years. */
export function isSupportedDate(date: string): boolean {
  const year = Number(date.slice(0, 4));
  return year >= FIRST_SUPPORTED_YEAR && year <= LAST_SUPPORTED_YEAR;
}

/** The one wording of a date out of range, wherever it was read. */
export function dateOutOfRange(text: string): LocalizedMessage {
  const shown = oneLine(text, 40);
  return {
    fr: `date « ${shown} » hors de la plage prise en charge (années ${FIRST_SUPPORTED_YEAR} à ${LAST_SUPPORTED_YEAR})`,
    en: `date "${shown}" outside the supported range (years ${FIRST_SUPPORTED_YEAR} to ${LAST_SUPPORTED_YEAR})`,
  };
}
