import type { Event as GraphEvent } from '@microsoft/microsoft-graph-types';
import { DateTime } from 'luxon';
import { DEFAULT_CATALOG } from '../src/core/catalog';
import { summarizeWeek } from '../src/core/summarize';
import { parseIsoWeek, weekWindow } from '../src/core/week';
import type { WeekSummary } from '../src/core/week-summary';
import { seededRandom } from './measure';

/**
 * A busy synthetic week in Graph wire format: working-hours meetings of 15 min to 2 h,
 * many overlapping, most tagged by category, some by subject, some untagged or excluded.
 */
export function syntheticWeekEvents(isoWeek: string, count: number, seed = 47): GraphEvent[] {
  const random = seededRandom(seed);
  const monday = weekWindow(parseIsoWeek(isoWeek), 'Europe/Paris').start;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  return Array.from({ length: count }, (_, i) => {
    const start = monday.plus({
      days: Math.floor(random() * 5),
      minutes: 8 * 60 + Math.floor(random() * 40) * 15,
    });
    const end = start.plus({ minutes: 15 * (1 + Math.floor(random() * 8)) });
    const task = pick(DEFAULT_CATALOG);
    const roll = random();
    const wire = (d: DateTime) => ({
      dateTime: d.setZone('UTC').toFormat("yyyy-LL-dd'T'HH:mm:ss'.0000000'"),
      timeZone: 'UTC',
    });
    return {
      id: `${isoWeek}-${i}`,
      subject: roll < 0.2 ? `[${task.code}] Meeting ${i}` : `Meeting ${i}`,
      categories: roll >= 0.2 && roll < 0.85 ? [task.category] : [],
      isAllDay: false,
      isCancelled: roll > 0.97,
      showAs: roll > 0.95 && roll <= 0.97 ? 'free' : 'busy',
      responseStatus: { response: roll > 0.93 && roll <= 0.95 ? 'declined' : 'accepted' },
      sensitivity: 'normal',
      start: wire(start),
      end: wire(end),
    };
  });
}

export function isoWeeksOf2026(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `2026-W${String(i + 1).padStart(2, '0')}`);
}

/** {@link syntheticWeekEvents} counted in Paris with the default catalog: the same for the same week and seed. */
export function syntheticWeekSummary(isoWeek: string, count: number, seed: number): WeekSummary {
  return summarizeWeek(syntheticWeekEvents(isoWeek, count, seed), {
    week: parseIsoWeek(isoWeek),
    timeZone: 'Europe/Paris',
  });
}
