/** A timed event as the week lists it: its local start and end (ISO with offset), and whether it counts. */
export interface ListedEvent {
  readonly id: string;
  readonly start: string;
  readonly end: string;
  readonly isAllDay: boolean;
  readonly counted: boolean;
}

/**
 * How many other counted timed events share some of `event`'s time. Overlapping meetings
 * split their common minutes (SPEC: the busy time is counted once), so an event counted for
 * less than its length says with how many others it shared it.
 */
export function sharedWithCount(event: ListedEvent, events: readonly ListedEvent[]): number {
  if (event.isAllDay) return 0;
  const start = Date.parse(event.start);
  const end = Date.parse(event.end);
  return events.filter(
    (other) =>
      other.id !== event.id &&
      other.counted &&
      !other.isAllDay &&
      Date.parse(other.start) < end &&
      Date.parse(other.end) > start,
  ).length;
}

/** An event's length in hours, start to end (what it would count alone). */
export function lengthHours(event: Pick<ListedEvent, 'start' | 'end'>): number {
  return (Date.parse(event.end) - Date.parse(event.start)) / 3_600_000;
}
