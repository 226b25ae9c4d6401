import type { Catalog } from '../catalog';
import type { CalendarEvent } from '../calendar-event';
import type { TagExample } from './tag-history';
import { tagHistoryFromEvents } from './tag-history';

/**
 * What the browser keeps between openings of the pane (IndexedDB, never sent anywhere): the
 * examples learned from the last weeks' calendar, for one catalog, up to one week.
 */
export interface LearnedHistory {
  version: 1;
  /** The catalog's codes and categories when learned: another catalog tags differently. */
  catalogKey: string;
  /** The current week when the calendar was read (`2026-W47`). */
  readThrough: string;
  examples: TagExample[];
}

export function catalogKey(catalog: Catalog): string {
  return catalog.map((task) => `${task.code}=${task.category.trim().toLowerCase()}`).join('|');
}

export function isLearnedFor(kept: unknown, catalog: Catalog): kept is LearnedHistory {
  if (typeof kept !== 'object' || kept === null) return false;
  const candidate = kept as Partial<LearnedHistory>;
  return (
    candidate.version === 1 &&
    candidate.catalogKey === catalogKey(catalog) &&
    typeof candidate.readThrough === 'string' &&
    Array.isArray(candidate.examples)
  );
}

/**
 * The kept history for this catalog whatever week it was read: what the pane suggests from
 * before it may use the network. Habits of a week ago are still the user's.
 */
export function keptForCatalog(kept: unknown, catalog: Catalog): LearnedHistory | null {
  return isLearnedFor(kept, catalog) ? kept : null;
}

/**
 * The history once these events are tagged as they are now: their former examples go, then
 * `examples` (the ones still tagged) come in. An event tagged again, or untagged, is never
 * counted twice; an example without an event id is simply added.
 */
export function withRetagged(
  history: LearnedHistory,
  eventIds: Iterable<string>,
  examples: readonly TagExample[],
): LearnedHistory {
  const replaced = new Set(eventIds);
  for (const example of examples) if (example.eventId !== undefined) replaced.add(example.eventId);
  const kept = history.examples.filter(
    (example) => example.eventId === undefined || !replaced.has(example.eventId),
  );
  return { ...history, examples: [...kept, ...examples] };
}

/**
 * What the suggester learns from: the history learned from the calendar when the device
 * keeps one (it holds every tag of the last weeks, the pane's included), else the compact
 * history that roams with the mailbox. Never both: a tag would count twice.
 */
export function examplesToLearnFrom(
  learned: LearnedHistory | null,
  stored: readonly TagExample[],
): readonly TagExample[] {
  return learned === null ? stored : learned.examples;
}

/**
 * What the suggestions for a week's events learn from: the learned history with the week's
 * events as they are now in place of what was learned of them, else the roaming history and
 * the week's tagged events.
 */
export function examplesForWeek(
  learned: LearnedHistory | null,
  stored: readonly TagExample[],
  weekEvents: readonly CalendarEvent[],
  catalog: Catalog,
): readonly TagExample[] {
  const own = tagHistoryFromEvents(weekEvents, catalog);
  if (learned === null) return [...stored, ...own];
  return withRetagged(
    learned,
    weekEvents.map((event) => event.id),
    own,
  ).examples;
}
