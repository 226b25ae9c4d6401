import { DateTime } from 'luxon';
import type { IsoWeek } from '../../core/week';
import type { Formats } from '../i18n/format';

/** `Semaine 47` and `16–22 nov. 2026`, in the zone the week is counted in. */
export function weekLabel(
  week: IsoWeek,
  timeZone: string,
  formats: Formats,
): { title: string; range: string } {
  const monday = DateTime.fromObject({ ...week, weekday: 1 }, { zone: timeZone }).startOf('day');
  const sunday = monday.plus({ days: 6 });
  return {
    title: formats.weekTitle(week.weekNumber),
    range: formats.dateRange(monday.toJSDate(), sunday.toJSDate(), timeZone),
  };
}

/** The week of the open meeting, or this week: what a pane opened on a meeting is about. */
export function weekOf(date: Date | null): IsoWeek {
  const local = DateTime.fromJSDate(date ?? new Date());
  return { weekYear: local.weekYear, weekNumber: local.weekNumber };
}
