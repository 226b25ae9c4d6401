import type { Event as GraphEvent } from '@microsoft/microsoft-graph-types';
import type { Catalog } from '../core/catalog';
import { findTask } from '../core/catalog';
import { InvalidInputError } from '../core/errors';
import { runBatch } from './batch';
import type { GraphClient } from './client';
import type { GraphRequestError } from './errors';
import { callGraph } from './graph-call';
import { OPERATIONS } from './operations';

/** One event to (re)tag: its categories as last read, and the task it should carry (null: none). */
export interface EventTagChange {
  eventId: string;
  categories: readonly string[];
  taskCode: string | null;
}

export type EventTagOutcome =
  | { eventId: string; status: 'updated' | 'unchanged'; categories: string[] }
  | { eventId: string; status: 'failed'; error: GraphRequestError };

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The categories an event should have to carry `taskCode` (or no task): the categories of
 * other catalog tasks go, every other category stays in place. Matching follows SPEC §4.5
 * (trimmed, case-insensitive, category or code).
 */
export function categoriesForTask(
  current: readonly string[],
  catalog: Catalog,
  taskCode: string | null,
): string[] {
  const task = taskCode === null ? undefined : findTask(catalog, taskCode);
  if (taskCode !== null && task === undefined) {
    throw new InvalidInputError({
      fr: `Tâche inconnue : ${taskCode}.`,
      en: `Unknown task: ${taskCode}.`,
    });
  }
  const isTaskCategory = (category: string) =>
    catalog.some((t) => same(category, t.category) || same(category, t.code));
  const result: string[] = [];
  let placed = task === undefined;
  for (const category of current) {
    if (!isTaskCategory(category)) result.push(category);
    else if (!placed && task !== undefined) {
      // Where the old tag was, so the order of the user's own categories never changes.
      result.push(task.category);
      placed = true;
    }
  }
  if (!placed && task !== undefined) result.push(task.category);
  return result;
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((value, i) => value === b[i]);

/**
 * Tags many events: one `PATCH /me/events/{id}` of `categories` each, sent in `$batch`es;
 * events already right are not written. Outcomes come back in the order of `changes`.
 */
export async function tagEvents(
  graph: GraphClient,
  catalog: Catalog,
  changes: readonly EventTagChange[],
): Promise<EventTagOutcome[]> {
  const ids = new Set<string>();
  for (const change of changes) {
    if (ids.has(change.eventId)) {
      throw new InvalidInputError({
        fr: `L’événement ${change.eventId} figure deux fois dans la liste à marquer.`,
        en: `Event ${change.eventId} appears twice in the list to tag.`,
      });
    }
    ids.add(change.eventId);
  }
  const wanted = changes.map((change) =>
    categoriesForTask(change.categories, catalog, change.taskCode),
  );
  const toWrite = changes
    .map((change, index) => ({ change, categories: wanted[index], index }))
    .filter(({ change, categories }) => !sameList(change.categories, categories));
  // Setting the whole list is idempotent, so a dropped `$batch` may be sent again.
  const results = await runBatch(
    graph,
    OPERATIONS.tagEvents,
    toWrite.map(({ change, categories }) => ({
      method: 'PATCH',
      url: `/me/events/${encodeURIComponent(change.eventId)}`,
      body: { categories },
    })),
    { idempotent: true },
  );
  const outcomes: EventTagOutcome[] = changes.map((change, index) => ({
    eventId: change.eventId,
    status: 'unchanged',
    categories: wanted[index],
  }));
  toWrite.forEach(({ change, categories, index }, position) => {
    const result = results[position];
    outcomes[index] = result.ok
      ? { eventId: change.eventId, status: 'updated', categories }
      : { eventId: change.eventId, status: 'failed', error: result.error };
  });
  return outcomes;
}

/** Tags one event from its current categories, read first so a stale copy never drops a category. */
export async function setEventTask(
  graph: GraphClient,
  catalog: Catalog,
  eventId: string,
  taskCode: string | null,
): Promise<EventTagOutcome> {
  const path = `/me/events/${encodeURIComponent(eventId)}`;
  const event = (await callGraph(graph, OPERATIONS.readEvent, 'GET /me/events/{id}', () =>
    graph.api.api(path).query({ $select: 'categories' }).get(),
  )) as GraphEvent;
  const current = Array.isArray(event.categories) ? event.categories : [];
  const categories = categoriesForTask(current, catalog, taskCode);
  if (sameList(current, categories)) return { eventId, status: 'unchanged', categories };
  await callGraph(graph, OPERATIONS.tagEvents, 'PATCH /me/events/{id}', () =>
    graph.api.api(path).patch({ categories }),
  );
  return { eventId, status: 'updated', categories };
}
