import { DateTime } from 'luxon';
import type { Catalog } from '../catalog';
import type { CalendarEvent } from '../calendar-event';
import type { IsoWeek } from '../week';
import { formatIsoWeek, weekWindow } from '../week';
import type { TagExample } from './tag-history';
import { tagExample, tagHistoryFromEvents } from './tag-history';

/** Weeks of tagged events the suggestions learn from: recent habits, not last year's. */
export const TRAINING_WEEKS = 8;

/**
 * What the browser keeps between openings of the pane (IndexedDB, never sent anywhere): the
 * examples learned from the last weeks' calendar, for one catalog, up to one week.
 */
export interface LearnedHistory {
  version: 1;
  /** The catalog's codes and categories when learned: another catalog tags differently. */
  catalogKey: string;
  /** The current week when the calendar was read (`2026-W47`). */
  readThrough: string;
  examples: TagExample[];
}

/** The range to read from the calendar to learn: the {@link TRAINING_WEEKS} weeks ending with `week`. */
export function trainingRange(week: IsoWeek, timeZone: string): { start: DateTime; end: DateTime } {
  const current = weekWindow(week, timeZone);
  return { start: current.start.minus({ weeks: TRAINING_WEEKS - 1 }), end: current.end };
}

export function catalogKey(catalog: Catalog): string {
  return catalog.map((task) => `${task.code}=${task.category.trim().toLowerCase()}`).join('|');
}

/** Learns from the tagged events of the training range (by category or `[CODE]`). */
export function learnHistory(
  events: readonly CalendarEvent[],
  catalog: Catalog,
  week: IsoWeek,
): LearnedHistory {
  return {
    version: 1,
    catalogKey: catalogKey(catalog),
    readThrough: formatIsoWeek(week),
    examples: tagHistoryFromEvents(events, catalog),
  };
}

/**
 * The kept history when it can still be used this week with this catalog; null when the
 * calendar must be read again (nothing kept, another week, another catalog, an older format).
 */
export function usableHistory(
  kept: unknown,
  catalog: Catalog,
  week: IsoWeek,
): LearnedHistory | null {
  if (typeof kept !== 'object' || kept === null) return null;
  const candidate = kept as Partial<LearnedHistory>;
  const fresh =
    candidate.version === 1 &&
    candidate.catalogKey === catalogKey(catalog) &&
    candidate.readThrough === formatIsoWeek(week) &&
    Array.isArray(candidate.examples);
  return fresh ? (candidate as LearnedHistory) : null;
}

/** The history once the user tagged `event` with `code` in the pane: learned at once. */
export function withTagged(
  history: LearnedHistory,
  event: Parameters<typeof tagExample>[0],
  code: string,
): LearnedHistory {
  return { ...history, examples: [...history.examples, tagExample(event, code)] };
}
