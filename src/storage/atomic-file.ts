import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { InvalidInputError } from '../core/errors';

/**
 * Writes the whole file or nothing: a temporary file beside it, then a rename, so a crash
 * or a full disk leaves the old file, never half a new one.
 */
export async function writeFileAtomically(path: string, data: string | Uint8Array): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, data, { flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new InvalidInputError({
      fr: `Impossible d’écrire ${path} (${code}).`,
      en: `Cannot write ${path} (${code}).`,
    });
  }
}
