import type { Catalog, Task } from './catalog';
import type { CalendarEvent } from './calendar-event';
import type { Tag } from './week-summary';

/** `[CODE]` at the start of a subject: how an organizer tags a meeting for every attendee. */
export const SUBJECT_CODE_PREFIX = /^\s*\[([A-Za-z0-9]{2,6})\]/;

function normalize(text: string): string {
  return text.trim().toLowerCase();
}

/** Looks tasks up by category name or code, both trimmed and case-insensitive. */
export class TagResolver {
  private readonly byCategory = new Map<string, Task>();
  private readonly byCode = new Map<string, Task>();

  constructor(catalog: Catalog) {
    for (const task of catalog) {
      this.byCode.set(task.code.toLowerCase(), task);
      this.byCategory.set(normalize(task.category), task);
    }
  }

  /** SPEC §4.5: a matching category first (first in the event's order), then a `[CODE]` subject prefix. */
  resolve(event: Pick<CalendarEvent, 'categories' | 'subject'>): Tag | null {
    const matched: Task[] = [];
    for (const category of event.categories) {
      const key = normalize(category);
      const task = this.byCategory.get(key) ?? this.byCode.get(key);
      if (task !== undefined && !matched.includes(task)) matched.push(task);
    }
    if (matched.length > 0) {
      return { task: matched[0], source: 'category', ambiguous: matched.length > 1 };
    }
    const prefix = SUBJECT_CODE_PREFIX.exec(event.subject);
    const task = prefix ? this.byCode.get(prefix[1].toLowerCase()) : undefined;
    return task === undefined ? null : { task, source: 'subject', ambiguous: false };
  }
}
