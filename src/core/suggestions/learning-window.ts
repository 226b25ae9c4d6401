import { DateTime } from 'luxon';
import type { Catalog } from '../catalog';
import type { CalendarEvent } from '../calendar-event';
import type { IsoWeek } from '../week';
import { formatIsoWeek, weekWindow } from '../week';
import type { LearnedHistory } from './learned-history';
import { catalogKey, isLearnedFor } from './learned-history';
import { tagHistoryFromEvents } from './tag-history';

/** Weeks of tagged events the suggestions learn from: recent habits, not last year's. */
export const TRAINING_WEEKS = 8;

/** The range to read from the calendar to learn: the {@link TRAINING_WEEKS} weeks ending with `week`. */
export function trainingRange(week: IsoWeek, timeZone: string): { start: DateTime; end: DateTime } {
  const current = weekWindow(week, timeZone);
  return { start: current.start.minus({ weeks: TRAINING_WEEKS - 1 }), end: current.end };
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
  return isLearnedFor(kept, catalog) && kept.readThrough === formatIsoWeek(week) ? kept : null;
}
