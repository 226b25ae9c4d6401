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

  // Async, as the team outbox's: idb-keyval opens the database synchronously on first use, and
  // a browser refusing IndexedDB (Firefox with cookies blocked, a sandboxed frame) throws there.
  // Here that is a failed read or write, which callers handle, never a throw out of the call.
  async read(): Promise<unknown> {
    return get(KEY, this.store);
  }

  async write(value: unknown): Promise<void> {
    return set(KEY, value, this.store);
  }
}
