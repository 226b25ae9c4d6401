import { randomBytes } from 'node:crypto';
import {
  access,
  chmod,
  chown,
  readdir,
  realpath,
  rename,
  rm,
  stat,
  writeFile,
} from 'node:fs/promises';
import { constants } from 'node:fs';
import type { Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { LocalizedMessage } from '../core/errors';
import { InvalidInputError } from '../core/errors';

/** Why a file could not be written, in the user's words rather than the system's code. */
export function writeFailureReason(code: string | undefined, folder: string): LocalizedMessage {
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return { fr: `le dossier ${folder} n’existe pas`, en: `the folder ${folder} does not exist` };
    case 'EACCES':
    case 'EPERM':
      return {
        fr: `pas le droit d’écrire dans ${folder}`,
        en: `no permission to write in ${folder}`,
      };
    case 'ENOSPC':
      return { fr: 'le disque est plein', en: 'the disk is full' };
    case 'EROFS':
      return { fr: 'le disque est en lecture seule', en: 'the disk is read-only' };
    default:
      return { fr: code ?? 'erreur inconnue', en: code ?? 'unknown error' };
  }
}

function cannotWrite(path: string, why: LocalizedMessage): InvalidInputError {
  return new InvalidInputError({
    fr: `Impossible d’écrire ${path} : ${why.fr}.`,
    en: `Cannot write ${path}: ${why.en}.`,
  });
}

async function existing(path: string): Promise<Stats | null> {
  try {
    return await stat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw cannotWrite(
      path,
      writeFailureReason((error as NodeJS.ErrnoException).code, dirname(path)),
    );
  }
}

/** The user may not write the file: no write permission for them (root: the owner's bit). */
async function isReadOnly(path: string, stats: Stats): Promise<boolean> {
  if (process.getuid?.() === 0) return (stats.mode & 0o200) === 0;
  return access(path, constants.W_OK).then(
    () => false,
    () => true,
  );
}

/** The file behind a link, so the link stays a link; the path itself when there is no file yet. */
async function target(path: string): Promise<string> {
  return realpath(path).catch(() => path);
}

/**
 * The temporary file a write goes through, named so that a user who finds one left over
 * knows what it is: `Centaure.xlsx.centaure-unfinished-4242-0a1b2c3d4e5f.tmp` (4242 is the
 * process that wrote it).
 */
function temporaryName(file: string): string {
  return `${basename(file)}.centaure-unfinished-${process.pid}-${randomBytes(6).toString('hex')}.tmp`;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A write is seconds long: a temporary file an hour old belongs to one that was killed. */
const STALE_AFTER_MS = 3_600_000;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes what killed writes of `file` left beside it: temporary files whose process is gone,
 * or older than an hour (a process id may have been reused), and those of earlier versions
 * (`.Centaure.xlsx.0a1b2c3d4e5f.tmp`) older than an hour. Best effort: a file that cannot be
 * removed stays, and the write goes on.
 */
async function removeStaleTemporaryFiles(file: string): Promise<void> {
  const name = escapeRegExp(basename(file));
  const ours = new RegExp(`^${name}\\.centaure-unfinished-(\\d+)-[0-9a-f]{12}\\.tmp$`);
  const earlier = new RegExp(`^\\.${name}\\.[0-9a-f]{12}\\.tmp$`);
  const folder = dirname(file);
  const entries = await readdir(folder).catch(() => [] as string[]);
  for (const entry of entries) {
    const pid = ours.exec(entry)?.[1];
    if (pid === undefined && !earlier.test(entry)) continue;
    const path = join(folder, entry);
    const modified = await stat(path).then(
      (stats) => stats.mtimeMs,
      () => null,
    );
    if (modified === null) continue;
    const old = Date.now() - modified > STALE_AFTER_MS;
    if (old || (pid !== undefined && !isRunning(Number(pid)))) {
      await rm(path, { force: true }).catch(() => undefined);
    }
  }
}

/**
 * Writes the whole file or nothing: a temporary file beside it, then a rename, so a crash
 * or a full disk leaves the old file, never half a new one. A file the user made read-only
 * is left alone (a rename would replace it all the same); a replaced file keeps its mode
 * and, where the system lets us, its owner.
 */
export async function writeFileAtomically(path: string, data: string | Uint8Array): Promise<void> {
  const file = await target(path);
  const folder = dirname(file);
  const before = await existing(file);
  if (before?.isDirectory()) {
    throw cannotWrite(path, { fr: 'c’est un dossier', en: 'it is a folder' });
  }
  // A rename would put a file where a pipe or a device (/dev/full) was.
  if (before !== null && !before.isFile()) {
    throw cannotWrite(path, {
      fr: 'ce n’est pas un fichier ordinaire',
      en: 'it is not a regular file',
    });
  }
  if (before !== null && (await isReadOnly(file, before))) {
    throw cannotWrite(path, { fr: 'le fichier est en lecture seule', en: 'the file is read-only' });
  }
  await removeStaleTemporaryFiles(file);
  const temporary = join(folder, temporaryName(file));
  try {
    await writeFile(temporary, data, { flag: 'wx' });
    if (before !== null) {
      // Best effort: a share that keeps no modes or owners must not stop the save.
      await chmod(temporary, before.mode & 0o7777).catch(() => undefined);
      if (process.getuid?.() === 0)
        await chown(temporary, before.uid, before.gid).catch(() => undefined);
    }
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw cannotWrite(path, writeFailureReason((error as NodeJS.ErrnoException).code, folder));
  }
}
