import type { Catalog, Quadrant, Task } from './catalog';
import type { CalendarEvent } from './calendar-event';
import type { WeekWindow } from './week';

export const EXCLUSION_REASONS = ['cancelled', 'declined', 'free', 'allDay'] as const;
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];

export type TagSource = 'category' | 'subject';

/** Which task an event belongs to, and how that was decided (SPEC §4.5). */
export interface Tag {
  task: Task;
  source: TagSource;
  /** The event's categories matched more than one task. */
  ambiguous: boolean;
}

/** One input event as the week counts it. Minutes are exact: overlap sharing can split a minute. */
export interface CountedEvent {
  event: CalendarEvent;
  tag: Tag | null;
  /** The task's quadrant, or the add-in's override; null when untagged. */
  quadrant: Quadrant | null;
  excluded: ExclusionReason | null;
  minutes: number;
  /** First local date (YYYY-MM-DD) of the week that the event covers. */
  date: string;
  /** Local start and end with offset (all-day events: the dates at local midnight). */
  start: string;
  end: string;
}

export interface TaskTotal {
  task: Task;
  minutes: number;
  /** Counted (not excluded) events tagged with the task. */
  events: number;
}

/** One local day of the week: timed busy time (the union, overlaps shared) and tagged all-day time. */
export interface DayTotal {
  date: string;
  timedMinutes: number;
  allDayMinutes: number;
}

export interface WeekSummary {
  window: WeekWindow;
  catalog: Catalog;
  countedMinutes: number;
  taggedMinutes: number;
  untaggedMinutes: number;
  /** Wall-clock minutes during which two or more counted events overlapped. */
  overlapMinutes: number;
  quadrantMinutes: Record<Quadrant, number>;
  /** Every catalog task, in catalog order, zeros included. */
  tasks: readonly TaskTotal[];
  /** Monday first. */
  days: readonly DayTotal[];
  /** Every input event that touches the week, in start order. */
  events: readonly CountedEvent[];
}

/** Hours rounded half away from zero to 2 decimals, from exact minutes (SPEC §4.8). */
export function hoursFromMinutes(minutes: number): number {
  return roundTo2(minutes / 60);
}

export function roundTo2(value: number): number {
  // The epsilon absorbs binary noise such as 0.125 stored as 0.12499999…
  const scaled = Math.abs(value) * 100;
  const rounded = Math.round(scaled + 1e-9) / 100;
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}

/** `part` / `tagged`, in hours or minutes alike; 0 when nothing is tagged. Not rounded. */
export function shareOfTagged(part: number, tagged: number): number {
  return tagged > 0 ? part / tagged : 0;
}

/** Time in the important quadrants: I+U+ plus I+U-. */
export function importantTime(quadrants: Readonly<Record<Quadrant, number>>): number {
  return quadrants['I+U+'] + quadrants['I+U-'];
}

/** (I+U+ + I+U-) / tagged time, in hours or minutes alike; 0 when nothing is tagged. Not rounded. */
export function importantShareOf(
  quadrants: Readonly<Record<Quadrant, number>>,
  tagged: number,
): number {
  return shareOfTagged(importantTime(quadrants), tagged);
}
