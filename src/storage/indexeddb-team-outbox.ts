import { createStore, get, update, type UseStore } from 'idb-keyval';
import type { PendingTeamPush, TeamOutbox } from './team-outbox';
import { parseOutbox, serializeOutbox, withPending } from './team-outbox';

const KEY = 'pending';

/**
 * The taskpane's outbox: the browser's IndexedDB, so a push waiting for the team workbook
 * survives the pane closing (Outlook closes it at every other item). Stored as the outbox's
 * JSON text, read back through `parseOutbox`, so an entry that no longer reads is dropped
 * rather than sent. Each change is one read-write transaction: two panes open at once
 * cannot lose each other's pushes.
 */
export class IndexedDbTeamOutbox implements TeamOutbox {
  private opened: UseStore | null = null;

  constructor(private readonly databaseName = 'centaure') {}

  // Opened on first use: most panes never touch the outbox.
  private get store(): UseStore {
    this.opened ??= createStore(this.databaseName, 'team-outbox');
    return this.opened;
  }

  async list(): Promise<PendingTeamPush[]> {
    const text = await get<string>(KEY, this.store);
    return typeof text === 'string' ? parseOutbox(text) : [];
  }

  put(entry: PendingTeamPush): Promise<void> {
    return this.change((entries) => withPending(entries, entry));
  }

  remove(pushId: string): Promise<void> {
    return this.change((entries) => entries.filter((entry) => entry.push.pushId !== pushId));
  }

  private change(edit: (entries: PendingTeamPush[]) => PendingTeamPush[]): Promise<void> {
    return update<string>(
      KEY,
      (text) => serializeOutbox(edit(typeof text === 'string' ? parseOutbox(text) : [])),
      this.store,
    );
  }
}
