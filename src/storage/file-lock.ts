import { lstat, realpath } from 'node:fs/promises';
import { lock } from 'proper-lockfile';
import type { LockOptions } from 'proper-lockfile';
import { CentaureError } from '../core/errors';

/**
 * A lock older than this was left by a run that died: proper-lockfile refreshes a held
 * lock's time every `STALE_MS / 2`, so only a dead (or frozen) holder lets it age.
 */
const STALE_MS = 30_000;

/** Waits of about 50 ms growing to 1 s, some 60 s in all: ten runs queued on one workbook get through. */
const RETRIES: LockOptions['retries'] = {
  retries: 80,
  minTimeout: 50,
  maxTimeout: 1_000,
  factor: 1.3,
  randomize: true,
};

/** Another run holds the file's lock longer than we wait, or took our lock from us. */
export class FileBusyError extends CentaureError {
  constructor(path: string, lockPath: string, lost: boolean) {
    super(
      'file-busy',
      lost
        ? {
            fr: `Le verrou de ${path} a été perdu pendant l’écriture (le programme était bloqué) : relancez la commande.`,
            en: `The lock on ${path} was lost during the write (the program was stalled): run the command again.`,
          }
        : {
            fr: `${path} est en cours d’écriture par une autre commande centaure (verrou ${lockPath}) : réessayez dans un instant.`,
            en: `${path} is being written by another centaure run (lock ${lockPath}): try again in a moment.`,
          },
    );
    this.name = 'FileBusyError';
  }
}

/**
 * Something that is not a lock directory sits where the lock goes (a file a sync tool left, a
 * symlink): proper-lockfile would wait for it, then fail to remove it with `rmdir`. Only the
 * user can say it may go.
 */
export class LockInTheWayError extends CentaureError {
  constructor(path: string, lockPath: string) {
    super('file-lock-in-the-way', {
      fr: `${lockPath} empêche de verrouiller ${path} : ce n’est pas un verrou laissé par centaure (un verrou est un dossier). Supprimez ${lockPath}, puis relancez la commande.`,
      en: `${lockPath} is in the way of the lock on ${path}: it is not a lock left by centaure (a lock is a folder). Remove ${lockPath}, then run the command again.`,
    });
    this.name = 'LockInTheWayError';
  }
}

/** Throws {@link LockInTheWayError} when what is at `lockPath` is not a real directory. */
async function checkLockPath(path: string, lockPath: string): Promise<void> {
  const found = await lstat(lockPath).catch(() => null);
  if (found !== null && !found.isDirectory()) throw new LockInTheWayError(path, lockPath);
}

/**
 * Runs `update` (read, merge, write) while holding the file's lock, a `NAME.lock` folder
 * beside it, so that concurrent runs on one file take turns instead of each replacing the
 * file with its own merge. The lock goes with `update`, whatever its outcome.
 */
export async function withFileLock<T>(
  path: string,
  update: () => Promise<T>,
  retries: LockOptions['retries'] = RETRIES,
): Promise<T> {
  const file = await realpath(path).catch(() => path);
  const lockPath = `${file}.lock`;
  let lost: Error | undefined;
  let release: () => Promise<void>;
  await checkLockPath(path, lockPath);
  try {
    release = await lock(file, {
      realpath: false,
      lockfilePath: lockPath,
      stale: STALE_MS,
      retries,
      onCompromised: (error) => {
        lost = error;
      },
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') {
      // What was a lock while we waited may have been replaced by something else.
      await checkLockPath(path, lockPath);
      throw new FileBusyError(path, lockPath, false);
    }
    if (['ENOTDIR', 'EEXIST'].includes((error as NodeJS.ErrnoException).code ?? '')) {
      throw new LockInTheWayError(path, lockPath);
    }
    throw error;
  }
  try {
    const result = await update();
    if (lost !== undefined) throw new FileBusyError(path, lockPath, true);
    return result;
  } finally {
    await release().catch(() => undefined);
  }
}
