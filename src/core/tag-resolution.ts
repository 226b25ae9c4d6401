import type { Catalog, Task } from './catalog';
import type { CalendarEvent } from './calendar-event';
import { nameKey, visibleText } from './visible-text';
import type { Tag } from './week-summary';

/** `[CODE]` at the start of a subject: how an organizer tags a meeting for every attendee. */
const SUBJECT_CODE_PREFIX = /^\s*\[([A-Za-z0-9]{2,6})\]/;

/** The `[CODE]` prefix of a subject as the user sees it (`[MGT]`), invisible characters aside. */
export function subjectCodePrefix(subject: string): { prefix: string; code: string } | null {
  const match = SUBJECT_CODE_PREFIX.exec(visibleText(subject));
  return match === null ? null : { prefix: match[0].trim(), code: match[1] };
}

/** The subject as the user sees it without its `[CODE]` prefix, which says nothing about the words. */
export function withoutSubjectCodePrefix(subject: string): string {
  return visibleText(subject).replace(SUBJECT_CODE_PREFIX, '');
}

/** Looks tasks up by category name or code, compared by {@link nameKey}. */
export class TagResolver {
  private readonly byCategory = new Map<string, Task>();
  private readonly byCode = new Map<string, Task>();

  constructor(catalog: Catalog) {
    for (const task of catalog) {
      this.byCode.set(nameKey(task.code), task);
      this.byCategory.set(nameKey(task.category), task);
    }
  }

  /** SPEC §4.5: a matching category first (first in the event's order), then a `[CODE]` subject prefix. */
  resolve(event: Pick<CalendarEvent, 'categories' | 'subject'>): Tag | null {
    const matched: Task[] = [];
    for (const category of event.categories) {
      const key = nameKey(category);
      const task = this.byCategory.get(key) ?? this.byCode.get(key);
      if (task !== undefined && !matched.includes(task)) matched.push(task);
    }
    if (matched.length > 0) {
      return { task: matched[0], source: 'category', ambiguous: matched.length > 1 };
    }
    const prefix = subjectCodePrefix(event.subject);
    const task = prefix ? this.byCode.get(nameKey(prefix.code)) : undefined;
    return task === undefined ? null : { task, source: 'subject', ambiguous: false };
  }
}
