import { mkdir, readFile, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeFileAtomically } from './atomic-file';
import { withFileLock } from './file-lock';
import type { OutboxDamage, PendingTeamPush, TeamOutbox } from './team-outbox';
import { readOutbox, serializeOutbox, withPending } from './team-outbox';

/** `…team-outbox.json.unreadable-20261207-143005` (UTC, sortable), as the workbook's backups are named. */
function keptName(path: string, at: Date): string {
  const stamp = at.toISOString().replace(/\..*$/, '').replace(/[-:]/g, '').replace('T', '-');
  return `${path}.unreadable-${stamp}`;
}

function damageMessage(path: string, keptAs: string | null, recovered: number): OutboxDamage {
  const count = {
    fr: recovered === 1 ? '1 envoi en a été récupéré' : `${recovered} envois en ont été récupérés`,
    en:
      recovered === 1
        ? '1 push was recovered from it'
        : `${recovered} pushes were recovered from it`,
  };
  const where =
    keptAs === null
      ? {
          fr: 'il sera mis de côté au prochain envoi',
          en: 'it will be kept aside at the next push',
        }
      : { fr: `il est gardé sous ${keptAs}`, en: `it is kept as ${keptAs}` };
  return {
    keptAs,
    recovered,
    message: {
      fr: `La liste des envois en attente pour le classeur d’équipe (${path}) n’a pas pu être lue en entier : ${where.fr}, et ${count.fr}. Une semaine non récupérée repartira à sa prochaine génération.`,
      en: `The list of pushes waiting for the team workbook (${path}) could not be read in full: ${where.en}, and ${count.en}. A week that was not recovered will go at its next Generate.`,
    },
  };
}

/**
 * The command line's outbox: one JSON file, changed under the same lock as the workbooks
 * (waiting for another run rather than failing), so two commands never lose each other's
 * pushes. Text that does not read in full is never overwritten: it is kept beside the file and
 * the pushes that can be read from it are carried over.
 */
export class FileTeamOutbox implements TeamOutbox {
  constructor(
    private readonly path: string,
    private readonly onDamaged: (damage: OutboxDamage) => void = () => undefined,
  ) {}

  async list(): Promise<PendingTeamPush[]> {
    const text = await this.read();
    const { entries, damaged } = readOutbox(text);
    if (damaged) this.onDamaged(damageMessage(this.path, null, entries.length));
    return entries;
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
    await withFileLock(this.path, async () => {
      const { entries, damaged } = readOutbox(await this.read());
      if (damaged) {
        const keptAs = keptName(this.path, new Date());
        await rename(this.path, keptAs);
        this.onDamaged(damageMessage(this.path, keptAs, entries.length));
      }
      await writeFileAtomically(this.path, serializeOutbox(edit(entries)));
    });
  }
}
