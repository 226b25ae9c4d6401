import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { InvalidInputError } from '../core/errors';
import type { Language } from '../core/errors';
import type { WeekSummary } from '../core/week-summary';
import { WorkbookError } from '../workbook/errors';
import { writeWeekToWorkbook } from '../workbook/write-week';
import { writeFileAtomically } from '../storage/atomic-file';
import { withFileLock } from '../storage/file-lock';
import { backupName } from './backup-name';

export interface SavedToFile {
  path: string;
  created: boolean;
  /**
   * The copy kept of the workbook as it was: before Centaure first rewrites a workbook it
   * had not made, or replaces hand edits of its Catalog sheet.
   */
  backupPath: string | null;
  /** The Catalog cells edited by hand that this write replaced, one line each. */
  catalogEdits: string[];
}

async function readIfExists(path: string): Promise<Uint8Array | null> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    throw new InvalidInputError({
      fr: `Classeur illisible : ${path} (${code ?? 'erreur'}).`,
      en: `Cannot read the workbook ${path} (${code ?? 'error'}).`,
    });
  }
}

/**
 * Writes a week into a local workbook file, creating it or updating it in place (SPEC §6).
 * Runs on one file take turns: each reads the file as the previous one left it.
 */
export async function saveWeekToFile(
  path: string,
  summary: WeekSummary,
  options: { language: Language; now: Date },
): Promise<SavedToFile> {
  if (!path.toLowerCase().endsWith('.xlsx')) {
    // Excel refuses to open an xlsx package under another extension.
    throw new InvalidInputError({
      fr: `Le classeur doit avoir l’extension .xlsx : ${path}`,
      en: `The workbook must have the .xlsx extension: ${path}`,
    });
  }
  return withFileLock(path, () => mergeWeekIntoFile(path, summary, options));
}

async function mergeWeekIntoFile(
  path: string,
  summary: WeekSummary,
  options: { language: Language; now: Date },
): Promise<SavedToFile> {
  const existing = await readIfExists(path);
  const written = await writeWeekToWorkbook(existing, summary, options).catch((error: unknown) => {
    throw error instanceof WorkbookError ? error.about(path) : error;
  });
  let backupPath: string | null = null;
  if ((written.adopted || written.catalogEdits.length > 0) && existing !== null) {
    backupPath = join(dirname(path), backupName(basename(path), options.now));
    await writeFileAtomically(backupPath, existing);
  }
  await writeFileAtomically(path, written.bytes);
  return { path, created: written.created, backupPath, catalogEdits: written.catalogEdits };
}
