import { normalizeGraphEvent } from '../../core/normalize-graph-event';
import type { CurrentMeeting } from '../../office/current-meeting';

/** The open item as Office.js would describe it, from the same event as Graph sends it. */
export function meetingFromGraph(raw: unknown, userMail: string): CurrentMeeting {
  const event = normalizeGraphEvent(raw, 0);
  const timed = event.span.kind === 'timed' ? event.span : null;
  // Noon UTC falls on the same date in every zone Outlook users live in.
  const allDayStart =
    event.span.kind === 'allDay' ? new Date(`${event.span.startDate}T12:00:00Z`) : null;
  return {
    key: event.id,
    eventId: event.id,
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
