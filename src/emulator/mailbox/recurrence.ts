import { DateTime } from 'luxon';
import type { DayOfWeek, PatternedRecurrence } from './event-types';

const WEEKDAYS: readonly DayOfWeek[] = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
];

/** luxon's weekday: Monday 1 … Sunday 7. */
function weekdayNumber(day: DayOfWeek): number {
  return WEEKDAYS.indexOf(day) + 1;
}

function utcDate(text: string): DateTime {
  return DateTime.fromISO(text, { zone: 'UTC' });
}

function iso(date: DateTime): string {
  return date.toISODate() ?? '';
}

const INDEXES = { first: 0, second: 1, third: 2, fourth: 3, last: -1 } as const;

/** The `index`-th date of a month whose weekday is one of `days` (Outlook's "first weekday" rule). */
function relativeDateInMonth(
  monthStart: DateTime,
  days: readonly DayOfWeek[],
  index: keyof typeof INDEXES,
): DateTime | undefined {
  const wanted = new Set(days.map(weekdayNumber));
  const matches: DateTime[] = [];
  for (let day = monthStart; day.month === monthStart.month; day = day.plus({ days: 1 })) {
    if (wanted.has(day.weekday)) matches.push(day);
  }
  const position = INDEXES[index];
  return position < 0 ? matches[matches.length - 1] : matches[position];
}

/** A day of the month that does not exist falls on the month's last day, as in Outlook. */
function clampedDay(monthStart: DateTime, dayOfMonth: number): DateTime {
  return monthStart.set({ day: Math.min(dayOfMonth, monthStart.daysInMonth ?? 28) });
}

/** Candidate dates of one period of the pattern (a day, a week, a month or a year), in order. */
function periodDates(recurrence: PatternedRecurrence, start: DateTime, period: number): DateTime[] {
  const { pattern } = recurrence;
  const interval = Math.max(1, pattern.interval);
  const days = pattern.daysOfWeek ?? [];
  switch (pattern.type) {
    case 'daily':
      return [start.plus({ days: period * interval })];
    case 'weekly': {
      const firstDay = weekdayNumber(pattern.firstDayOfWeek ?? 'sunday');
      const weekStart = start
        .minus({ days: (start.weekday - firstDay + 7) % 7 })
        .plus({ weeks: period * interval });
      const wanted = new Set(days.map(weekdayNumber));
      return Array.from({ length: 7 }, (_, offset) => weekStart.plus({ days: offset })).filter(
        (day) => wanted.has(day.weekday),
      );
    }
    case 'absoluteMonthly': {
      const month = start.startOf('month').plus({ months: period * interval });
      return [clampedDay(month, pattern.dayOfMonth ?? start.day)];
    }
    case 'relativeMonthly': {
      const month = start.startOf('month').plus({ months: period * interval });
      const date = relativeDateInMonth(month, days, pattern.index ?? 'first');
      return date ? [date] : [];
    }
    case 'absoluteYearly': {
      const month = start
        .startOf('year')
        .plus({ years: period * interval })
        .set({ month: pattern.month ?? start.month });
      return [clampedDay(month, pattern.dayOfMonth ?? start.day)];
    }
    case 'relativeYearly': {
      const month = start
        .startOf('year')
        .plus({ years: period * interval })
        .set({ month: pattern.month ?? start.month });
      const date = relativeDateInMonth(month, days, pattern.index ?? 'first');
      return date ? [date] : [];
    }
  }
}

/** Beyond this many periods a pattern is taken as broken rather than looped over for ever. */
const MAX_PERIODS = 50_000;

/**
 * The dates (`YYYY-MM-DD`, in the series' zone) of a recurrence, in order, up to and including
 * `lastDate`; the range's end and occurrence count apply.
 */
export function occurrenceDates(recurrence: PatternedRecurrence, lastDate: string): string[] {
  const { range } = recurrence;
  const start = utcDate(range.startDate);
  const rangeEnd = range.type === 'endDate' && range.endDate ? range.endDate : undefined;
  const limit = rangeEnd !== undefined && rangeEnd < lastDate ? rangeEnd : lastDate;
  const count = range.type === 'numbered' ? (range.numberOfOccurrences ?? 0) : Infinity;
  const dates: string[] = [];
  let produced = 0;
  for (let period = 0; period < MAX_PERIODS; period += 1) {
    const candidates = periodDates(recurrence, start, period).map(iso);
    if (candidates.length > 0 && candidates[0] > limit) break;
    for (const date of candidates) {
      if (date < range.startDate) continue;
      if (date > limit || produced >= count) return dates;
      produced += 1;
      dates.push(date);
    }
    if (produced >= count) break;
  }
  return dates;
}
