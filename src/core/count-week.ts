import { DateTime } from 'luxon';
import type { Catalog } from './catalog';
import { noQuadrantTime } from './catalog';
import type { CalendarEvent } from './calendar-event';
import { shareDay, type DaySegment } from './day-overlap';
import type { CountingSettings } from './settings';
import { TagResolver } from './tag-resolution';
import type { WeekWindow } from './week';
import { formatLocal } from './week';
import type {
  CountedEvent,
  DayTotal,
  ExclusionReason,
  Tag,
  TaskTotal,
  WeekSummary,
} from './week-summary';

const MINUTE = 60_000;

function exclusionOf(
  event: CalendarEvent,
  tag: Tag | null,
  applies: ReadonlySet<ExclusionReason>,
): ExclusionReason | null {
  const reasons: [ExclusionReason, boolean][] = [
    ['cancelled', event.isCancelled],
    ['declined', event.response === 'declined'],
    ['free', event.showAs === 'free'],
    ['allDay', event.span.kind === 'allDay' && tag === null],
  ];
  return reasons.find(([reason, holds]) => holds && applies.has(reason))?.[0] ?? null;
}

interface Placed {
  event: CalendarEvent;
  /** Epoch minutes of the part inside the week. */
  start: number;
  end: number;
  /** Index (0 = Monday) of the first week day the event covers. */
  firstDay: number;
  /** Week days (0 = Monday) an all-day event covers. */
  allDayDays: number[];
}

/** Places an event in the week, or returns null when it does not touch it. */
function place(
  event: CalendarEvent,
  window: WeekWindow,
  dayStarts: readonly number[],
): Placed | null {
  const weekStart = dayStarts[0];
  const weekEnd = dayStarts[7];
  if (event.span.kind === 'allDay') {
    const { startDate, endDate } = event.span;
    const lastDate = endDate > startDate ? endDate : `${startDate}\u0000`;
    const days = window.dates.flatMap((date, day) =>
      date >= startDate && date < lastDate ? [day] : [],
    );
    if (days.length === 0) return null;
    return { event, start: weekStart, end: weekStart, firstDay: days[0], allDayDays: days };
  }
  const start = Math.floor(event.span.start / MINUTE);
  const end = Math.floor(event.span.end / MINUTE);
  const touches =
    end > start ? start < weekEnd && end > weekStart : start >= weekStart && start < weekEnd;
  if (!touches) return null;
  const clippedStart = Math.max(start, weekStart);
  const clippedEnd = Math.min(end, weekEnd);
  let firstDay = 0;
  while (firstDay < 6 && dayStarts[firstDay + 1] <= clippedStart) firstDay += 1;
  return { event, start: clippedStart, end: clippedEnd, firstDay, allDayDays: [] };
}

function localTimes(event: CalendarEvent, window: WeekWindow): { start: string; end: string } {
  if (event.span.kind === 'allDay') {
    const at = (date: string) => formatLocal(DateTime.fromISO(date, { zone: window.timeZone }));
    return { start: at(event.span.startDate), end: at(event.span.endDate) };
  }
  const at = (ms: number) => formatLocal(DateTime.fromMillis(ms, { zone: window.timeZone }));
  return { start: at(event.span.start), end: at(event.span.end) };
}

function isWorkingDay(day: number): boolean {
  return day < 5;
}

/**
 * Counts one week by the rules of SPEC §4. Events that do not touch the week are left out;
 * the result does not depend on the order of `events`.
 */
export function countWeek(
  events: readonly CalendarEvent[],
  window: WeekWindow,
  catalog: Catalog,
  settings: CountingSettings,
): WeekSummary {
  const dayStarts = Array.from(
    { length: 8 },
    (_, day) => window.start.plus({ days: day }).toMillis() / MINUTE,
  );
  const resolver = new TagResolver(catalog);

  const placed = events
    .map((event) => place(event, window, dayStarts))
    .filter((p): p is Placed => p !== null)
    .map((p) => ({ p, key: sortKey(p) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ p }) => p);

  const tags = placed.map(({ event }) => resolver.resolve(event));
  const applies = new Set(settings.exclusions);
  const exclusions = placed.map(({ event }, i) => exclusionOf(event, tags[i], applies));
  const minutes = placed.map(() => 0);

  const segmentsByDay: DaySegment[][] = Array.from({ length: 7 }, () => []);
  const days: DayTotal[] = window.dates.map((date) => ({
    date,
    timedMinutes: 0,
    allDayMinutes: 0,
  }));
  placed.forEach((p, owner) => {
    if (exclusions[owner] !== null) return;
    if (p.event.span.kind === 'allDay') {
      for (const day of p.allDayDays.filter(isWorkingDay)) {
        days[day].allDayMinutes += settings.allDayHours * 60;
        minutes[owner] += settings.allDayHours * 60;
      }
      return;
    }
    for (let day = p.firstDay; day < 7 && dayStarts[day] < p.end; day += 1) {
      const start = Math.max(p.start, dayStarts[day]);
      const end = Math.min(p.end, dayStarts[day + 1]);
      if (end > start) segmentsByDay[day].push({ owner, start, end });
    }
  });

  let overlapMinutes = 0;
  segmentsByDay.forEach((segments, day) => {
    const shared = shareDay(segments);
    overlapMinutes += shared.overlapMinutes;
    days[day].timedMinutes = shared.busyMinutes;
    for (const [owner, credited] of shared.minutesByOwner) minutes[owner] += credited;
  });

  const counted: CountedEvent[] = placed.map((p, i) => {
    const tag = tags[i];
    return {
      event: p.event,
      tag,
      quadrant: tag === null ? null : (p.event.quadrantOverride ?? tag.task.quadrant),
      excluded: exclusions[i],
      minutes: minutes[i],
      date: window.dates[p.firstDay],
      ...localTimes(p.event, window),
    };
  });

  return summarize(counted, days, window, catalog, overlapMinutes);
}

/** Start order, then id: a total order, so the output does not depend on the input order. */
function sortKey(p: Placed): string {
  const start = p.event.span.kind === 'allDay' ? `${p.event.span.startDate}T` : p.event.span.start;
  return `${p.firstDay}|${String(p.start).padStart(12, '0')}|${String(start)}|${p.event.id}`;
}

function summarize(
  events: CountedEvent[],
  days: DayTotal[],
  window: WeekWindow,
  catalog: Catalog,
  overlapMinutes: number,
): WeekSummary {
  const quadrantMinutes = noQuadrantTime();
  const byTask = new Map<string, TaskTotal>(
    catalog.map((task) => [task.code, { task, minutes: 0, events: 0 }]),
  );
  let taggedMinutes = 0;
  let untaggedMinutes = 0;
  for (const counted of events) {
    if (counted.excluded !== null) continue;
    if (counted.tag === null || counted.quadrant === null) {
      untaggedMinutes += counted.minutes;
      continue;
    }
    taggedMinutes += counted.minutes;
    quadrantMinutes[counted.quadrant] += counted.minutes;
    const total = byTask.get(counted.tag.task.code);
    if (total !== undefined) {
      total.minutes += counted.minutes;
      total.events += 1;
    }
  }
  return {
    window,
    catalog,
    countedMinutes: taggedMinutes + untaggedMinutes,
    taggedMinutes,
    untaggedMinutes,
    overlapMinutes,
    quadrantMinutes,
    tasks: catalog.map((task) => byTask.get(task.code) as TaskTotal),
    days,
    events,
  };
}
