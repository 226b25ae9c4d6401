import type { Quadrant } from '../core/catalog';

/**
 * The meeting open in Outlook when the pane starts, as the taskpane sees it. Office.js in
 * Outlook, an in-page stand-in in the demo: both implement {@link CurrentMeetingPort}.
 */
export interface CurrentMeeting {
  /**
   * Identifies the item this snapshot was read from. A tag is always written to the item it
   * was chosen for, even if the user opened another meeting while the write was in flight.
   */
  readonly key: string;
  /** The event's Graph id; null for a new meeting Outlook has not saved yet. */
  readonly eventId: string | null;
  readonly subject: string;
  /** Null while a new meeting has no time yet. */
  readonly start: Date | null;
  readonly end: Date | null;
  readonly isAllDay: boolean;
  /** Lower-cased e-mail address, as the suggestions model keys organizers. */
  readonly organizer: string | null;
  readonly attendeeCount: number;
  readonly role: 'organizer' | 'attendee';
  /** A meeting being created that Outlook has not saved yet. */
  readonly isNew: boolean;
  readonly recurrence: 'single' | 'occurrence' | 'series';
  /** The series' Graph id, shared by its occurrences (null for a single meeting). */
  readonly seriesId: string | null;
  readonly categories: readonly string[];
  /** The per-occurrence quadrant override (SPEC §4.6), from Centaure's custom property. */
  readonly quadrantOverride: Quadrant | null;
  readonly isPrivate: boolean;
  /** A shared or delegate calendar the user may not change. */
  readonly readOnly: boolean;
  /**
   * The last tag is on the open form only: classic Outlook on Windows keeps it when the new
   * meeting is saved or sent, and loses it on "Don't save". Absent means it is in the mailbox.
   */
  readonly keptWhenSaved?: boolean;
}

/** One user action on the current meeting, applied in one call. */
export interface MeetingTagChange {
  /** The task to tag with, or null to untag. */
  readonly taskCode: string | null;
  /** Omitted: leave the override as it is; null: clear it. */
  readonly quadrantOverride?: Quadrant | null;
  /** `series` only when the user chose explicitly to tag the whole series. */
  readonly target?: 'item' | 'series';
}

export interface CurrentMeetingPort {
  /** The meeting open now, or null when the pane is not on an appointment. */
  read(): Promise<CurrentMeeting | null>;
  /**
   * Tags, untags or retags `meeting` and sets or clears its quadrant override; resolves with
   * the meeting as it now is. Rejects with a `CentaureError` whose message says what to do.
   */
  applyTag(meeting: CurrentMeeting, change: MeetingTagChange): Promise<CurrentMeeting>;
  /** Called when the user opens another item while the pane stays open; returns an unsubscribe. */
  onMeetingChanged(listener: () => void): () => void;
}
