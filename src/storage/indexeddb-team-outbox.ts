import { createStore, get, set, update, type UseStore } from 'idb-keyval';
import type { PendingTeamPush, TeamOutbox } from './team-outbox';
import { readOutbox, serializeOutbox, withPending } from './team-outbox';

const KEY = 'pending';

/**
 * The taskpane's outbox: the browser's IndexedDB, so a push waiting for the team workbook
 * survives the pane closing (Outlook closes it at every other item). Stored as the outbox's
 * JSON text, read back through `readOutbox`, so an entry that no longer reads is not sent
 * (the text that held it is kept aside). Each change is one read-write transaction: two panes open at once
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
    return typeof text === 'string' ? readOutbox(text).entries : [];
  }

  put(entry: PendingTeamPush): Promise<void> {
    return this.change((entries) => withPending(entries, entry));
  }

  remove(pushId: string): Promise<void> {
    return this.change((entries) => entries.filter((entry) => entry.push.pushId !== pushId));
  }

  private async change(edit: (entries: PendingTeamPush[]) => PendingTeamPush[]): Promise<void> {
    // Text that does not read in full is kept under a key of its own before it is replaced
    // by what could be recovered from it, as the command line keeps its file beside it.
    const before = await get<string>(KEY, this.store);
    if (typeof before === 'string' && readOutbox(before).damaged) {
      await set(`${KEY}.unreadable-${new Date().toISOString()}`, before, this.store);
    }
    await update<string>(
      KEY,
      (text) => serializeOutbox(edit(typeof text === 'string' ? readOutbox(text).entries : [])),
      this.store,
    );
  }
}
