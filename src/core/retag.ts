import type { Catalog } from './catalog';
import { findTask } from './catalog';
import { TagResolver } from './tag-resolution';

/** An event already in the calendar, with what tags it. */
export interface TaggedEventRef {
  id: string;
  subject: string;
  categories: readonly string[];
}

/** An event the edited catalog would no longer give its task. */
export interface RetagEntry {
  eventId: string;
  subject: string;
  /** The task's code before and after the edit. */
  fromCode: string;
  toCode: string;
}

export interface RenameImpact {
  /** Events to retag in one step so their past weeks still count for the same task. */
  retag: RetagEntry[];
  /** Events whose task was deleted: they become untagged. */
  orphaned: { eventId: string; subject: string; code: string }[];
}

/**
 * What saving an edited catalog does to events already tagged. `previousCode` maps each
 * task of `after` to its code in `before` (absent for a new task); a task of `before` no
 * entry names keeps its code when `after` has a task with that code (not given to another). An event is affected when
 * the edited catalog resolves it to another task than the one it had, or to none. The retag
 * itself (`tagEvents`) works out the event's new categories from the ones it has then.
 */
export function renameImpact(
  before: Catalog,
  after: Catalog,
  previousCode: ReadonlyMap<string, string>,
  events: readonly TaggedEventRef[],
): RenameImpact {
  const newCodeOf = new Map([...previousCode].map(([now, was]) => [was, now]));
  const oldResolver = new TagResolver(before);
  const newResolver = new TagResolver(after);
  const impact: RenameImpact = { retag: [], orphaned: [] };
  for (const event of events) {
    const was = oldResolver.resolve(event);
    if (was === null) continue;
    const fromCode = was.task.code;
    // A task is known by its code: one the edited catalog still has is the same task, even
    // when it came from elsewhere (a role's catalog, the default one) rather than an edit.
    const toCode =
      newCodeOf.get(fromCode) ??
      (previousCode.has(fromCode) || findTask(after, fromCode) === undefined
        ? undefined
        : fromCode);
    if (toCode === undefined) {
      impact.orphaned.push({ eventId: event.id, subject: event.subject, code: fromCode });
      continue;
    }
    if (newResolver.resolve(event)?.task.code === toCode) continue;
    if (findTask(after, toCode) === undefined) continue;
    impact.retag.push({ eventId: event.id, subject: event.subject, fromCode, toCode });
  }
  return impact;
}
