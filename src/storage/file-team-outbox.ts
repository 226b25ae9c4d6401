import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import lockfile from 'proper-lockfile';
import { writeFileAtomically } from './atomic-file';
import type { PendingTeamPush, TeamOutbox } from './team-outbox';
import { parseOutbox, serializeOutbox, withPending } from './team-outbox';

/** The command line's outbox: one JSON file, changed under a lock so two commands never lose each other's pushes. */
export class FileTeamOutbox implements TeamOutbox {
  constructor(private readonly path: string) {}

  async list(): Promise<PendingTeamPush[]> {
    return parseOutbox(await this.read());
  }

  async put(entry: PendingTeamPush): Promise<void> {
    await this.change((entries) => withPending(entries, entry));
  }

  async remove(pushId: string): Promise<void> {
    await this.change((entries) => entries.filter((e) => e.push.pushId !== pushId));
  }

  private async read(): Promise<string> {
    try {
      return await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '[]';
      throw error;
    }
  }

  private async change(edit: (entries: PendingTeamPush[]) => PendingTeamPush[]): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true });
    const release = await lockfile.lock(dirname(this.path), {
      lockfilePath: `${this.path}.lock`,
      retries: { retries: 20, minTimeout: 20, maxTimeout: 200 },
    });
    try {
      await writeFileAtomically(this.path, serializeOutbox(edit(parseOutbox(await this.read()))));
    } finally {
      await release();
    }
  }
}
