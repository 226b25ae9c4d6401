import { parseIsoWeek } from '../../src/core/week';
import { summarizeWeek } from '../../src/core/summarize';
import { summaryToJson, type SummaryJson } from '../../src/core/summary-json';
import type { Catalog } from '../../src/core/catalog';

/** Runs the engine the way `centaure summarize` does and returns its JSON. */
export function summarize(
  events: unknown[],
  week = '2026-W47',
  timeZone = 'Europe/Paris',
  catalog?: Catalog,
): SummaryJson {
  return summaryToJson(summarizeWeek(events, { week: parseIsoWeek(week), timeZone, catalog }));
}
