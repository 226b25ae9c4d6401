import { DateTime } from 'luxon';
import { FIRST_SUPPORTED_YEAR } from './date-range';
import { InvalidInputError } from './errors';

/** An ISO-8601 week, e.g. `2026-W47`. */
export interface IsoWeek {
  weekYear: number;
  weekNumber: number;
}

/** A week as local time in one IANA zone: Monday 00:00 to next Monday 00:00. */
export interface WeekWindow {
  week: IsoWeek;
  /** `2026-W47` */
  iso: string;
  timeZone: string;
  start: DateTime;
  end: DateTime;
  /** The seven local dates, Monday first, as `YYYY-MM-DD`. */
  dates: readonly string[];
}

const ISO_WEEK_PATTERN = /^(\d{4})-?W(\d{2})$/i;

export function formatIsoWeek(week: IsoWeek): string {
  return `${String(week.weekYear).padStart(4, '0')}-W${String(week.weekNumber).padStart(2, '0')}`;
}

const FIRST_YEAR = FIRST_SUPPORTED_YEAR;
const LAST_YEAR = 2999;

export function parseIsoWeek(text: string): IsoWeek {
  const match = ISO_WEEK_PATTERN.exec(text.trim());
  const invalid = () =>
    new InvalidInputError({
      fr: `Semaine invalide : « ${text} » (format attendu : 2026-W47).`,
      en: `Invalid week: "${text}" (expected format: 2026-W47).`,
    });
  if (!match) throw invalid();
  const week = { weekYear: Number(match[1]), weekNumber: Number(match[2]) };
  // A week before 1900 or after 2999 is a typing mistake, not a week anyone tracked.
  if (week.weekYear < FIRST_YEAR || week.weekYear > LAST_YEAR) {
    throw new InvalidInputError({
      fr: `Semaine hors limites : « ${text} » (années ${FIRST_YEAR} à ${LAST_YEAR}).`,
      en: `Week out of range: "${text}" (years ${FIRST_YEAR} to ${LAST_YEAR}).`,
    });
  }
  const weeks = DateTime.fromObject(
    { weekYear: week.weekYear, weekNumber: 1 },
    { zone: 'UTC' },
  ).weeksInWeekYear;
  if (week.weekNumber < 1 || week.weekNumber > weeks) {
    throw new InvalidInputError({
      fr: `La semaine ${text} n’existe pas : les semaines ISO de ${week.weekYear} vont de W01 à W${weeks}.`,
      en: `Week ${text} does not exist: the ISO weeks of ${week.weekYear} run from W01 to W${weeks}.`,
    });
  }
  return week;
}

/** The week that contains `instant` in `timeZone`. */
export function weekContaining(instant: DateTime, timeZone: string): IsoWeek {
  const local = instant.setZone(timeZone);
  return { weekYear: local.weekYear, weekNumber: local.weekNumber };
}

export function weekWindow(week: IsoWeek, timeZone: string): WeekWindow {
  const start = DateTime.fromObject({ ...week, weekday: 1 }, { zone: timeZone }).startOf('day');
  const end = start.plus({ weeks: 1 });
  const dates = Array.from({ length: 7 }, (_, day) => start.plus({ days: day }).toISODate() ?? '');
  return { week, iso: formatIsoWeek(week), timeZone, start, end, dates };
}

/** The week `delta` weeks after `week` (before, when negative). */
export function shiftWeek(week: IsoWeek, delta: number): IsoWeek {
  const monday = DateTime.fromObject({ ...week, weekday: 1 }, { zone: 'UTC' }).plus({
    weeks: delta,
  });
  return { weekYear: monday.weekYear, weekNumber: monday.weekNumber };
}

/** The `count` consecutive weeks ending with `lastWeek`, oldest first. */
export function weeksEndingWith(lastWeek: IsoWeek, count: number): IsoWeek[] {
  return Array.from({ length: count }, (_, i) => shiftWeek(lastWeek, i - (count - 1)));
}

/** ISO-8601 with offset and no milliseconds: `2026-11-16T00:00:00+01:00`. */
export function formatLocal(instant: DateTime): string {
  return instant.toISO({ suppressMilliseconds: true, includeOffset: true }) ?? '';
}
