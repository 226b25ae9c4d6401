import type { Catalog } from '../core/catalog';
import { normalizeGraphEvents } from '../core/summarize';
import type { LearnedHistory } from '../core/suggestions/learned-history';
import { learnHistory, trainingRange, usableHistory } from '../core/suggestions/learning-window';
import type { IsoWeek } from '../core/week';
import { readCalendarRange } from '../graph/calendar-view';
import type { GraphClient } from '../graph/client';
import type { LearnedHistoryCache } from '../storage/learned-history-cache';

/**
 * What the suggestions learned from the user's tagged events of the last 8 weeks: from the
 * device's cache when it was read this week with this catalog, else read once from the
 * calendar (one calendarView over the 8 weeks, paged) and kept in the cache.
 */
export async function learnedHistory(
  deps: { graph: GraphClient; cache: LearnedHistoryCache },
  catalog: Catalog,
  week: IsoWeek,
  timeZone: string,
): Promise<LearnedHistory> {
  const kept = usableHistory(await deps.cache.read(), catalog, week);
  if (kept !== null) return kept;
  const { start, end } = trainingRange(week, timeZone);
  const events = normalizeGraphEvents(await readCalendarRange(deps.graph, start, end));
  const learned = learnHistory(events, catalog, week);
  await deps.cache.write(learned);
  return learned;
}
