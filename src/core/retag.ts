import type { Catalog } from './catalog';
import { categoriesForTask } from './task-categories';
import { nameKey } from './visible-text';
import { TagResolver } from './tag-resolution';
import type { TagSource } from './week-summary';

/** An event already in the calendar, with what tags it. */
export interface TaggedEventRef {
  id: string;
  subject: string;
  categories: readonly string[];
}

/** An event the edited catalog would no longer give its task, and the categories that keep it. */
export interface RetagEntry {
  eventId: string;
  subject: string;
  /** The task's code before and after the edit. */
  fromCode: string;
  toCode: string;
  /** How the event was tagged before: a `[CODE]` subject gets the task's category. */
  source: TagSource;
  categories: string[];
}

export interface RenameImpact {
  /** Events to retag in one step so their past weeks still count for the same task. */
  retag: RetagEntry[];
  /** Events whose task was deleted: they become untagged. */
  orphaned: { eventId: string; subject: string; code: string }[];
}

/**
 * What saving an edited catalog does to events already tagged. `previousCode` maps each
 * task of `after` to its code in `before` (absent for a new task). An event is affected when
 * the edited catalog resolves it to another task than the one it had, or to none; its new
 * categories put the task's new category where the old one was and keep every other category.
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
    const toCode = newCodeOf.get(fromCode);
    if (toCode === undefined) {
      impact.orphaned.push({ eventId: event.id, subject: event.subject, code: fromCode });
      continue;
    }
    if (newResolver.resolve(event)?.task.code === toCode) continue;
    const target = after.find((task) => task.code === toCode);
    if (target === undefined) continue;
    const namesOldTask = (category: string) =>
      nameKey(category) === nameKey(was.task.category) ||
      nameKey(category) === nameKey(was.task.code);
    let replaced = false;
    const inPlace = event.categories.map((category) => {
      if (replaced || !namesOldTask(category)) return category;
      replaced = true;
      return target.category;
    });
    impact.retag.push({
      eventId: event.id,
      subject: event.subject,
      fromCode,
      toCode,
      source: was.source,
      categories: categoriesForTask(
        inPlace.filter((category) => !namesOldTask(category) || category === target.category),
        after,
        toCode,
      ),
    });
  }
  return impact;
}
