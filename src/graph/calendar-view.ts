import type { Event as GraphEvent } from '@microsoft/microsoft-graph-types';
import { DateTime } from 'luxon';
import { CUSTOM_PROPERTIES_EXTENDED_PROPERTY_ID } from '../core/addin';
import { GRAPH_EVENT_FIELDS } from '../core/calendar-event';
import { requireIanaZone } from '../core/time-zone';
import type { IsoWeek, WeekWindow } from '../core/week';
import { formatLocal, weekContaining, weekWindow } from '../core/week';
import type { GraphClient } from './client';
import { isRecord } from './graph-call';
import { readMailboxTimeZone } from './mailbox-settings';
import { OPERATIONS } from './operations';
import { readAllPages } from './pages';

/**
 * Events asked for per calendarView page: the maximum `$top` the List calendarView page
 * documents (1 to 1000). `Prefer: odata.maxpagesize` is documented for Outlook delta
 * queries only, so `$top` it is. Paging never depends on it: every next link is followed.
 */
export const CALENDAR_PAGE_SIZE = 1000;

/** The add-in's custom properties (the quadrant override), read with the events: no request per event. */
export const CUSTOM_PROPERTIES_EXPAND = `singleValueExtendedProperties($filter=id eq '${CUSTOM_PROPERTIES_EXTENDED_PROPERTY_ID}')`;

export interface WeekQuery {
  /** Default: the week that contains `now` in the zone. */
  week?: IsoWeek;
  /** IANA or Windows name. Default: the mailbox's zone (one more request). */
  timeZone?: string;
  now?: Date;
}

/** An event as Graph sends it, with the etag a later write can be conditioned on (`If-Match`). */
export type GraphEventWithEtag = GraphEvent & { '@odata.etag'?: string };

export interface WeekEvents {
  window: WeekWindow;
  /** The IANA zone of the window (Graph gives the times in UTC). */
  timeZone: string;
  /** Raw Graph events, as `centaure summarize --events` and the engine read them. */
  events: GraphEventWithEtag[];
}

/** Every event of one week: `GET /me/calendarView` over the week window, all pages. */
export async function readWeek(graph: GraphClient, query: WeekQuery = {}): Promise<WeekEvents> {
  const timeZone =
    query.timeZone === undefined
      ? await readMailboxTimeZone(graph)
      : requireIanaZone(query.timeZone);
  const week = query.week ?? weekContaining(DateTime.fromJSDate(query.now ?? new Date()), timeZone);
  const window = weekWindow(week, timeZone);
  return { window, timeZone, events: await readCalendarRange(graph, window.start, window.end) };
}

/**
 * Every event between two instants: one `GET /me/calendarView` over the whole range, all
 * pages, whatever the number of weeks it spans.
 */
export async function readCalendarRange(
  graph: GraphClient,
  start: DateTime,
  end: DateTime,
): Promise<GraphEventWithEtag[]> {
  const raw = await readAllPages(graph, OPERATIONS.readCalendar, {
    path: '/me/calendarView',
    query: {
      startDateTime: encodeURIComponent(formatLocal(start)),
      endDateTime: encodeURIComponent(formatLocal(end)),
      $select: GRAPH_EVENT_FIELDS.join(','),
      $expand: encodeURIComponent(CUSTOM_PROPERTIES_EXPAND),
      $top: String(CALENDAR_PAGE_SIZE),
    },
    // Times in UTC, not in the user's zone: a local time without offset cannot tell the two
    // 02:30s of the autumn change apart. The engine places them in `timeZone` itself;
    // all-day events come back as midnight dates whatever the zone.
    headers: { Prefer: 'outlook.timezone="UTC"' },
  });
  return uniqueById(raw);
}

/**
 * Offset paging over a calendar edited meanwhile can serve an event on two pages; an
 * occurrence's id is unique in a calendar view, so the second copy is dropped.
 */
function uniqueById(raw: readonly unknown[]): GraphEventWithEtag[] {
  const seen = new Set<string>();
  const events: GraphEventWithEtag[] = [];
  for (const item of raw) {
    const event = item as GraphEventWithEtag;
    if (isRecord(item) && typeof event.id === 'string') {
      if (seen.has(event.id)) continue;
      seen.add(event.id);
    }
    events.push(event);
  }
  return events;
}
