import { randomBytes } from 'node:crypto';
import { chmod, rename, rm, stat, writeFile } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { LocalizedMessage } from '../core/errors';
import { InvalidInputError } from '../core/errors';

/** Why a file could not be written, in the user's words rather than the system's code. */
function reason(code: string | undefined, folder: string): LocalizedMessage {
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
    throw cannotWrite(path, reason((error as NodeJS.ErrnoException).code, dirname(path)));
  }
}

/**
 * Writes the whole file or nothing: a temporary file beside it, then a rename, so a crash
 * or a full disk leaves the old file, never half a new one. A file the user made read-only
 * is left alone (a rename would replace it all the same), and a replaced file keeps its mode.
 */
export async function writeFileAtomically(path: string, data: string | Uint8Array): Promise<void> {
  const folder = dirname(path);
  const before = await existing(path);
  if (before?.isDirectory()) {
    throw cannotWrite(path, { fr: 'c’est un dossier', en: 'it is a folder' });
  }
  if (before !== null && (before.mode & 0o222) === 0) {
    throw cannotWrite(path, { fr: 'le fichier est en lecture seule', en: 'the file is read-only' });
  }
  const temporary = join(folder, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, data, { flag: 'wx' });
    if (before !== null) await chmod(temporary, before.mode & 0o7777);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw cannotWrite(path, reason((error as NodeJS.ErrnoException).code, folder));
  }
}
