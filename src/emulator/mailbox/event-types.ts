import type { Response, ShowAs } from '../../core/calendar-event';

export type { Response, ShowAs };

/** Graph's `dateTimeTimeZone`: a local date-time and the zone (IANA or Windows name) it is in. */
export interface DateTimeTimeZone {
  dateTime: string;
  timeZone: string;
}

export type DayOfWeek =
  'sunday' | 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday';

export interface RecurrencePattern {
  type:
    | 'daily'
    | 'weekly'
    | 'absoluteMonthly'
    | 'relativeMonthly'
    | 'absoluteYearly'
    | 'relativeYearly';
  interval: number;
  month?: number;
  dayOfMonth?: number;
  daysOfWeek?: DayOfWeek[];
  firstDayOfWeek?: DayOfWeek;
  index?: 'first' | 'second' | 'third' | 'fourth' | 'last';
}

export interface RecurrenceRange {
  type: 'endDate' | 'noEnd' | 'numbered';
  /** `YYYY-MM-DD`, the first occurrence's date. */
  startDate: string;
  /** `YYYY-MM-DD`, inclusive, for `endDate`. */
  endDate?: string;
  recurrenceTimeZone?: string;
  numberOfOccurrences?: number;
}

export interface PatternedRecurrence {
  pattern: RecurrencePattern;
  range: RecurrenceRange;
}

export interface ExtendedProperty {
  id: string;
  value: string;
}

export interface Person {
  name: string;
  address: string;
}

export interface AttendeeInput extends Person {
  type?: 'required' | 'optional' | 'resource';
  response?: Response;
}

export type Sensitivity = 'normal' | 'personal' | 'private' | 'confidential';
export type Importance = 'low' | 'normal' | 'high';

/** What a test (or a seed) gives to create an event; everything but subject, start and end has a default. */
export interface EventInput {
  subject: string;
  start: DateTimeTimeZone;
  end: DateTimeTimeZone;
  isAllDay?: boolean;
  isCancelled?: boolean;
  showAs?: ShowAs;
  sensitivity?: Sensitivity;
  importance?: Importance;
  categories?: string[];
  /** The mailbox owner's answer; `organizer` when the owner organizes. */
  response?: Response;
  /** The mailbox owner when absent. */
  organizer?: Person;
  attendees?: AttendeeInput[];
  location?: string;
  /** Plain text; sent as an HTML body, as Outlook stores it. */
  body?: string;
  recurrence?: PatternedRecurrence;
  singleValueExtendedProperties?: ExtendedProperty[];
}

/** The data of one event or occurrence once defaults are applied. */
export interface EventData {
  subject: string;
  start: DateTimeTimeZone;
  end: DateTimeTimeZone;
  isAllDay: boolean;
  isCancelled: boolean;
  showAs: ShowAs;
  sensitivity: Sensitivity;
  importance: Importance;
  categories: string[];
  response: Response;
  responseTime: string;
  organizer: Person;
  attendees: Required<AttendeeInput>[];
  location: string;
  body: string;
  singleValueExtendedProperties: ExtendedProperty[];
}

export type EventType = 'singleInstance' | 'occurrence' | 'exception' | 'seriesMaster';

/** One event as Graph would show it: a stored item, or an occurrence computed from its series. */
export interface EventInstance {
  id: string;
  type: EventType;
  seriesMasterId: string | null;
  data: EventData;
  recurrence: PatternedRecurrence | null;
  /** Epoch ms; all-day events start and end at midnight in the mailbox zone. */
  startMs: number;
  endMs: number;
  /** Original start of an occurrence or exception, epoch ms. */
  originalStartMs: number | null;
  /** `YYYY-MM-DD` of the occurrence in the series zone, for occurrences and exceptions. */
  occurrenceDate: string | null;
  version: number;
  createdDateTime: string;
  lastModifiedDateTime: string;
  iCalUId: string;
}
