import {
  CUSTOM_PROPERTIES_EXTENDED_PROPERTY_ID,
  QUADRANT_OVERRIDE_PROPERTY,
} from '../../core/addin';
import { GRAPH_EVENT_FIELDS } from '../../core/calendar-event';
import type { Catalog } from '../../core/catalog';
import { normalizeGraphEvent } from '../../core/normalize-graph-event';
import type { IsoWeek } from '../../core/week';
import type { GraphEventWithEtag } from '../../graph/calendar-view';
import { CUSTOM_PROPERTIES_EXPAND } from '../../graph/calendar-view';
import type { GraphClient } from '../../graph/client';
import { callGraph } from '../../graph/graph-call';
import { OPERATIONS } from '../../graph/operations';
import { SCOPES } from '../../graph/scopes';
import type {
  CurrentMeeting,
  CurrentMeetingPort,
  MeetingTagChange,
} from '../../office/current-meeting';
import { connectGraph, type GraphAccess } from '../../usecases/graph-connection';

/** A meeting of the demo week, as the list beside the pane shows it. */
export interface DemoMeeting {
  readonly id: string;
  readonly subject: string;
  readonly start: Date | null;
  readonly isAllDay: boolean;
  readonly categories: readonly string[];
}

function toCurrentMeeting(raw: GraphEventWithEtag, userMail: string): CurrentMeeting {
  const event = normalizeGraphEvent(raw, 0);
  const timed = event.span.kind === 'timed' ? event.span : null;
  const allDayStart = event.span.kind === 'allDay' ? new Date(`${event.span.startDate}T00:00`) : null;
  return {
    key: event.id,
    subject: event.isPrivate ? '' : event.subject,
    start: timed === null ? allDayStart : new Date(timed.start),
    end: timed === null ? null : new Date(timed.end),
    isAllDay: timed === null,
    organizer: event.organizer,
    attendeeCount: event.attendeeCount,
    role: event.organizer === userMail.toLowerCase() ? 'organizer' : 'attendee',
    isNew: false,
    recurrence: event.seriesMasterId === null ? 'single' : 'occurrence',
    seriesId: event.seriesMasterId,
    categories: event.categories,
    quadrantOverride: event.quadrantOverride,
    isPrivate: event.isPrivate,
    readOnly: false,
  };
}

/**
 * The Outlook item in a plain browser: the demo week's events, read from the emulator, one
 * of which is "open" at a time. Tags are written to the emulator's mailbox through Graph,
 * where Outlook would write them through Office.js.
 */
export class DemoMailbox implements CurrentMeetingPort {
  private events = new Map<string, GraphEventWithEtag>();
  private openId: string | null = null;
  private readonly listeners = new Set<() => void>();
  private readonly tagListeners = new Set<() => void>();

  constructor(
    private readonly access: GraphAccess,
    private readonly catalog: () => Promise<Catalog>,
    private readonly userMail: string,
  ) {}

  private graph(): Promise<GraphClient> {
    return connectGraph(this.access, [SCOPES.readCalendar, SCOPES.tagEvents]);
  }

  /** Reads the week's events; the list beside the pane shows them. */
  async loadWeek(week: IsoWeek, timeZone: string): Promise<DemoMeeting[]> {
    const [graph, { readWeek }] = await Promise.all([this.graph(), import('../../graph/calendar-view')]);
    const read = await readWeek(graph, { week, timeZone });
    this.events = new Map(
      read.events.flatMap((event) => (typeof event.id === 'string' ? [[event.id, event]] : [])),
    );
    return this.meetings();
  }

  meetings(): DemoMeeting[] {
    return [...this.events.values()].map((raw) => {
      const meeting = toCurrentMeeting(raw, this.userMail);
      return {
        id: meeting.key,
        subject: meeting.subject,
        start: meeting.start,
        isAllDay: meeting.isAllDay,
        categories: meeting.categories,
      };
    });
  }

  /** "Opens" a meeting, as clicking it in Outlook's calendar would. */
  open(id: string): void {
    this.openId = id;
    for (const listener of this.listeners) listener();
  }

  async read(): Promise<CurrentMeeting | null> {
    const raw = this.openId === null ? undefined : this.events.get(this.openId);
    return raw === undefined ? null : toCurrentMeeting(raw, this.userMail);
  }

  async applyTag(meeting: CurrentMeeting, change: MeetingTagChange): Promise<CurrentMeeting> {
    const graph = await this.graph();
    const target =
      change.target === 'series' && meeting.seriesId !== null ? meeting.seriesId : meeting.key;
    const { setEventTask } = await import('../../graph/event-tags');
    await setEventTask(graph, await this.catalog(), target, change.taskCode);
    if (change.quadrantOverride !== undefined) {
      const value =
        change.quadrantOverride === null ? {} : { [QUADRANT_OVERRIDE_PROPERTY]: change.quadrantOverride };
      const path = `/me/events/${encodeURIComponent(meeting.key)}`;
      await callGraph(graph, OPERATIONS.tagEvents, 'PATCH /me/events/{id}', () =>
        graph.api.api(path).patch({
          singleValueExtendedProperties: [
            { id: CUSTOM_PROPERTIES_EXTENDED_PROPERTY_ID, value: JSON.stringify(value) },
          ],
        }),
      );
    }
    const path = `/me/events/${encodeURIComponent(meeting.key)}`;
    const fresh = (await callGraph(graph, OPERATIONS.readEvent, 'GET /me/events/{id}', () =>
      graph.api
        .api(path)
        .query({ $select: GRAPH_EVENT_FIELDS.join(','), $expand: CUSTOM_PROPERTIES_EXPAND })
        .header('Prefer', 'outlook.timezone="UTC"')
        .get(),
    )) as GraphEventWithEtag;
    this.events.set(meeting.key, fresh);
    for (const listener of this.tagListeners) listener();
    return toCurrentMeeting(fresh, this.userMail);
  }

  onMeetingChanged(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** For the list beside the pane: a meeting's tag changed. */
  onTagged(listener: () => void): () => void {
    this.tagListeners.add(listener);
    return () => {
      this.tagListeners.delete(listener);
    };
  }
}
