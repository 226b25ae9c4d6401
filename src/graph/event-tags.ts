import type { Catalog } from '../core/catalog';
import { InvalidInputError } from '../core/errors';
import { categoriesForTask } from '../core/task-categories';
import type { BatchStep } from './batch';
import { runBatch } from './batch';
import type { GraphEventWithEtag } from './calendar-view';
import type { GraphClient } from './client';
import { GraphRequestError } from './errors';
import { callGraph } from './graph-call';
import { OPERATIONS } from './operations';

/** One event to (re)tag: its categories as last read, and the task it should carry (null: none). */
export interface EventTagChange {
  eventId: string;
  categories: readonly string[];
  /**
   * The event's `@odata.etag` when `categories` were read. With it, the write is made only
   * if nobody changed the event since (`If-Match`); otherwise it is read again and redone.
   */
  etag?: string;
  taskCode: string | null;
}

/** Rounds of write, conflict (412), read again: someone editing the same event that often wins. */
const MAX_CONFLICT_ROUNDS = 3;
const PRECONDITION_FAILED = 412;

export type EventTagOutcome =
  | { eventId: string; status: 'updated' | 'unchanged'; categories: string[] }
  | { eventId: string; status: 'failed'; error: GraphRequestError };

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((value, i) => value === b[i]);

interface PendingWrite {
  index: number;
  eventId: string;
  categories: string[];
  etag: string | undefined;
  /** The categories the write was worked out from. */
  basedOn: readonly string[];
  /** 412s met so far where someone had really changed the event's categories. */
  conflicts: number;
}

const eventPath = (eventId: string) => `/me/events/${encodeURIComponent(eventId)}`;

function writeSteps(writes: readonly PendingWrite[]): BatchStep[] {
  return writes.map(({ eventId, categories, etag }): BatchStep => {
    const headers: Record<string, string> = etag === undefined ? {} : { 'If-Match': etag };
    return { method: 'PATCH', url: eventPath(eventId), body: { categories }, headers };
  });
}

/** The event's categories and etag as Graph has them now. */
function readState(body: unknown): { categories: string[]; etag: string | undefined } {
  const event = (typeof body === 'object' && body !== null ? body : {}) as GraphEventWithEtag;
  const etag: unknown = event['@odata.etag'];
  return {
    categories: Array.isArray(event.categories) ? event.categories : [],
    etag: typeof etag === 'string' ? etag : undefined,
  };
}

/**
 * Tags many events: one `PATCH /me/events/{id}` of `categories` each, sent in `$batch`es;
 * events already right are not written. An event changed since it was read (412 on its
 * `If-Match`) is read again and its tag redone on what it holds now, so a category added
 * meanwhile in Outlook is never dropped. Outcomes come back in the order of `changes`.
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
  // Every change gets its outcome from `toWrite` below, then from its writes and conflicts.
  const outcomes: EventTagOutcome[] = [];
  const toWrite = (
    index: number,
    current: readonly string[],
    etag: string | undefined,
    conflicts = 0,
  ): PendingWrite[] => {
    const categories = categoriesForTask(current, catalog, changes[index].taskCode);
    outcomes[index] = { eventId: changes[index].eventId, status: 'unchanged', categories };
    return sameList(current, categories)
      ? []
      : [{ index, eventId: changes[index].eventId, categories, etag, basedOn: current, conflicts }];
  };
  let pending = changes.flatMap((change, index) => toWrite(index, change.categories, change.etag));
  // A 412 whose event still holds the categories the write came from is no one's edit: writing
  // one occurrence of a series may move its siblings' etags (the series master changes). Those
  // are redone without counting, and each round writes at least one of them, so this ends.
  for (
    let round = 1;
    pending.length > 0 && round <= changes.length + MAX_CONFLICT_ROUNDS;
    round += 1
  ) {
    // Setting the whole list is idempotent, so a dropped `$batch` may be sent again.
    const results = await runBatch(graph, OPERATIONS.tagEvents, writeSteps(pending), {
      idempotent: true,
    });
    const conflicts: PendingWrite[] = [];
    pending.forEach((write, position) => {
      const result = results[position];
      if (result.ok) {
        outcomes[write.index] = {
          eventId: write.eventId,
          status: 'updated',
          categories: write.categories,
        };
      } else if (
        result.error.status === PRECONDITION_FAILED &&
        write.conflicts + 1 < MAX_CONFLICT_ROUNDS
      ) {
        conflicts.push(write);
      } else {
        outcomes[write.index] = { eventId: write.eventId, status: 'failed', error: result.error };
      }
    });
    if (conflicts.length === 0) break;
    const reads = await runBatch(
      graph,
      OPERATIONS.readEvent,
      conflicts.map(({ eventId }) => ({
        method: 'GET',
        url: `${eventPath(eventId)}?$select=categories`,
      })),
      { idempotent: true },
    );
    pending = conflicts.flatMap((write, position) => {
      const read = reads[position];
      if (!read.ok) {
        outcomes[write.index] = { eventId: write.eventId, status: 'failed', error: read.error };
        return [];
      }
      const now = readState(read.body);
      const edited = !sameList(now.categories, write.basedOn);
      return toWrite(write.index, now.categories, now.etag, write.conflicts + (edited ? 1 : 0));
    });
  }
  return outcomes;
}

/**
 * Tags one event from its current categories, read first and written with `If-Match`, so
 * neither a stale copy nor an edit made in between ever drops a category.
 */
export async function setEventTask(
  graph: GraphClient,
  catalog: Catalog,
  eventId: string,
  taskCode: string | null,
): Promise<EventTagOutcome> {
  const path = eventPath(eventId);
  for (let round = 1; ; round += 1) {
    const now = readState(
      await callGraph(graph, OPERATIONS.readEvent, 'GET /me/events/{id}', () =>
        graph.api.api(path).query({ $select: 'categories' }).get(),
      ),
    );
    const categories = categoriesForTask(now.categories, catalog, taskCode);
    if (sameList(now.categories, categories)) return { eventId, status: 'unchanged', categories };
    try {
      await callGraph(graph, OPERATIONS.tagEvents, 'PATCH /me/events/{id}', () => {
        const request = graph.api.api(path);
        if (now.etag !== undefined) request.header('If-Match', now.etag);
        return request.patch({ categories });
      });
      return { eventId, status: 'updated', categories };
    } catch (error) {
      const conflict = error instanceof GraphRequestError && error.status === PRECONDITION_FAILED;
      if (!conflict || round === MAX_CONFLICT_ROUNDS) throw error;
    }
  }
}
