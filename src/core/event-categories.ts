import type { Catalog } from './catalog';
import { findTask } from './catalog';
import { InvalidInputError } from './errors';

export const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

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
    catalog.some((t) => sameName(category, t.category) || sameName(category, t.code));
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
