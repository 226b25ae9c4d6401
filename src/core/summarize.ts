import type { Catalog } from './catalog';
import { DEFAULT_CATALOG } from './catalog';
import type { CalendarEvent } from './calendar-event';
import { countWeek } from './count-week';
import { InvalidInputError, oneLine } from './errors';
import { normalizeGraphEvent } from './normalize-graph-event';
import type { CountingSettings } from './settings';
import { checkCountingSettings, DEFAULT_COUNTING_SETTINGS } from './settings';
import { requireIanaZone } from './time-zone';
import type { IsoWeek } from './week';
import { weekWindow } from './week';
import type { WeekSummary } from './week-summary';

export interface SummarizeOptions {
  week: IsoWeek;
  /** IANA or Windows zone name. */
  timeZone: string;
  catalog?: Catalog;
  allDayHours?: number;
  /** The exclusion rules that apply (SPEC §4.2); all of them by default. */
  exclusions?: CountingSettings['exclusions'];
}

export function normalizeGraphEvents(rawEvents: readonly unknown[]): CalendarEvent[] {
  const events = rawEvents.map(normalizeGraphEvent);
  const seen = new Set<string>();
  for (const event of events) {
    if (seen.has(event.id)) {
      const id = oneLine(event.id, 40);
      throw new InvalidInputError({
        fr: `l’événement d’id ${id} figure deux fois dans les données`,
        en: `event id ${id} appears twice in the input`,
      });
    }
    seen.add(event.id);
  }
  return events;
}

/** The week's figures from Graph event JSON: the one use-case both shells run. */
export function summarizeWeek(
  rawEvents: readonly unknown[],
  options: SummarizeOptions,
): WeekSummary {
  const settings = checkCountingSettings({
    allDayHours: options.allDayHours ?? DEFAULT_COUNTING_SETTINGS.allDayHours,
    exclusions: options.exclusions ?? DEFAULT_COUNTING_SETTINGS.exclusions,
  });
  const window = weekWindow(options.week, requireIanaZone(options.timeZone));
  return countWeek(
    normalizeGraphEvents(rawEvents),
    window,
    options.catalog ?? DEFAULT_CATALOG,
    settings,
  );
}
