import type { UseStore } from 'idb-keyval';
import { createStore, get, set } from 'idb-keyval';

/** Where the pane keeps what the suggestions learned; the value's shape belongs to `src/core`. */
export interface LearnedHistoryCache {
  read(): Promise<unknown>;
  write(value: unknown): Promise<void>;
}

const KEY = 'learnedHistory';

/**
 * The browser's IndexedDB (database `centaure-suggestions`): the learned history stays on the
 * device, survives closing the pane, and never roams or leaves it. A database of its own:
 * idb-keyval creates a store only with its database, and `centaure` holds the team outbox.
 */
export class IndexedDbLearnedHistoryCache implements LearnedHistoryCache {
  constructor(
    private readonly store: UseStore = createStore('centaure-suggestions', 'learned-history'),
  ) {}

  read(): Promise<unknown> {
    return get(KEY, this.store);
  }

  write(value: unknown): Promise<void> {
    return set(KEY, value, this.store);
  }
}

/**
 * `cache`, its first read asked now: opening a browser database cold takes a few hundred
 * milliseconds, and the pane asks it at once so that it answers while Outlook gets ready
 * rather than after the meeting (see the taskpane's entry). That first answer serves the first
 * read, unless something was written since.
 */
export function readAhead(cache: LearnedHistoryCache): LearnedHistoryCache {
  let ahead: Promise<unknown> | null = cache.read();
  // A failure is the first reader's to handle, when it asks.
  ahead.catch(() => undefined);
  return {
    read: () => {
      const read = ahead ?? cache.read();
      ahead = null;
      return read;
    },
    write: (value) => {
      ahead = null;
      return cache.write(value);
    },
  };
}
