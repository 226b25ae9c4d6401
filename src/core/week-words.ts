import type { Language } from './errors';
import { parseIsoWeek, type IsoWeek } from './week';

/** Where the week stands in its sentence: its first word takes a capital. */
export type WeekPlace = 'start' | 'inside';

/**
 * A week as a sentence says it (glossary, "week"): "semaine 47" / "week 47", never the ISO
 * code `2026-W47`, which stays in file names, the workbook and the command line.
 *
 * The year is said only when it is not the year of `reference` (the week the pane is about):
 * "semaine 1 de 2027" / "week 1 of 2027". It is the ISO week-year, the one the workbook's
 * Week column carries, so "semaine 1 de 2026" is the week of Monday 29 December 2025, as
 * the week switcher's dates show.
 */
export function weekInWords(
  week: IsoWeek | string,
  language: Language,
  reference: IsoWeek,
  place: WeekPlace = 'inside',
): string {
  const { weekYear, weekNumber } = typeof week === 'string' ? parseIsoWeek(week) : week;
  const noun = language === 'fr' ? 'semaine' : 'week';
  const first = place === 'start' ? noun[0].toUpperCase() + noun.slice(1) : noun;
  if (weekYear === reference.weekYear) return `${first} ${weekNumber}`;
  return `${first} ${weekNumber} ${language === 'fr' ? 'de' : 'of'} ${weekYear}`;
}
