import type { Quadrant } from './catalog';

/** An event placed in time: a timed event is an interval of instants (epoch milliseconds). */
export interface TimedSpan {
  kind: 'timed';
  start: number;
  end: number;
}

/** An all-day event covers whole calendar dates, whatever the zone: `endDate` is exclusive. */
export interface AllDaySpan {
  kind: 'allDay';
  startDate: string;
  endDate: string;
}

export type Response =
  'none' | 'organizer' | 'tentativelyAccepted' | 'accepted' | 'declined' | 'notResponded';

export type ShowAs = 'free' | 'tentative' | 'busy' | 'oof' | 'workingElsewhere' | 'unknown';

/** A calendar event reduced to what Centaure counts and suggests from. */
export interface CalendarEvent {
  id: string;
  subject: string;
  span: TimedSpan | AllDaySpan;
  isCancelled: boolean;
  response: Response;
  showAs: ShowAs;
  /** `sensitivity` private or confidential: the subject never leaves the mailbox. */
  isPrivate: boolean;
  categories: readonly string[];
  quadrantOverride: Quadrant | null;
  /** Lower-cased e-mail address of the organizer, when known. */
  organizer: string | null;
  attendeeCount: number;
  /** Occurrences of one recurring series share it. */
  seriesMasterId: string | null;
}

/** The Graph event fields the engine reads: the `$select` of every calendar request. */
export const GRAPH_EVENT_FIELDS = [
  'id',
  'subject',
  'start',
  'end',
  'isAllDay',
  'isCancelled',
  'responseStatus',
  'showAs',
  'sensitivity',
  'categories',
  'organizer',
  'attendees',
  'seriesMasterId',
] as const;
