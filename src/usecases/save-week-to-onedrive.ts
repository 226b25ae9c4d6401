import { DateTime } from 'luxon';
import type { Language, LocalizedMessage } from '../core/errors';
import { CentaureError, InvalidInputError } from '../core/errors';
import { weekContaining } from '../core/week';
import type { WeekSummary } from '../core/week-summary';
import { weekInWords } from '../core/week-words';
import type { DriveFile, DriveStore } from '../graph/drive';
import type { ExcelTablesApi } from '../workbook/excel-api-upsert';
import { upsertWeekThroughExcelApi } from '../workbook/excel-api-upsert';
import { writeWeekToWorkbook } from '../workbook/write-week';
import { backupName } from './backup-name';
import { DEFAULT_WORKBOOK_PATH } from '../core/user-settings';

/** A live Excel session on a file, closed when done. */
export type ExcelSession = ExcelTablesApi & { close(): Promise<void> };

export interface OneDriveWorkbookDeps {
  drive: DriveStore;
  /** Opens the Excel REST API on a file, or answers null where it is unavailable (personal OneDrive). */
  openExcelSession: (file: DriveFile) => Promise<ExcelSession | null>;
}

export interface SaveWeekToOneDriveOptions {
  /** Path in the user's OneDrive; default {@link DEFAULT_WORKBOOK_PATH}. */
  path?: string;
  language: Language;
  now: Date;
  /** Rounds of download-merge-upload when someone else saves in between (412). */
  maxAttempts?: number;
}

/**
 * How saving a week ended. `retryLater` is not a failure: nothing was written, the week
 * is still the caller's, and the message says what to do before trying again.
 */
export type SaveWeekOutcome =
  | { kind: 'created'; file: DriveFile }
  | {
      kind: 'updated';
      file: DriveFile;
      backup: DriveFile | null;
      /** Catalog cells edited by hand that the run replaced (the backup keeps them), one line each. */
      catalogEdits: string[];
    }
  /** The file was open in Excel: the week went in through the Excel REST API, into the open file. */
  | {
      kind: 'updatedInOpenWorkbook';
      file: DriveFile;
      backup: DriveFile | null;
      /** As for `updated`, read from the copy downloaded before Excel was found holding the file. */
      catalogEdits: string[];
    }
  | {
      kind: 'retryLater';
      /**
       * `interrupted`: the open workbook's update failed twice part-way; the week is in some
       * tables and not others until the retry, which replaces the week's rows again.
       */
      reason: 'open-in-excel' | 'busy' | 'interrupted';
      week: string;
      message: LocalizedMessage;
    };

/** The folder and file name of a workbook path; the name must end with .xlsx. */
export function splitPath(path: string): { folder: string; name: string } {
  const clean = `/${path
    .split('/')
    .filter((s) => s !== '')
    .join('/')}`;
  const name = clean.slice(clean.lastIndexOf('/') + 1);
  if (!name.toLowerCase().endsWith('.xlsx')) {
    throw new InvalidInputError({
      fr: `Le chemin du classeur doit se terminer par .xlsx : « ${path} ».`,
      en: `The workbook path must end with .xlsx: "${path}".`,
    });
  }
  return { folder: clean.slice(0, clean.lastIndexOf('/')) || '/', name };
}

/**
 * The week as the messages say it ("semaine 47", "week 1 of 2027"): they are shown in the pane
 * (glossary, "week"), the year only for a week of another year than today's; the outcome's
 * `week` keeps the ISO code for the pending list.
 */
function weekSaid(summary: WeekSummary, now: Date): LocalizedMessage {
  const today = weekContaining(DateTime.fromJSDate(now), summary.window.timeZone);
  return {
    fr: weekInWords(summary.window.week, 'fr', today),
    en: weekInWords(summary.window.week, 'en', today),
  };
}

function openInExcel(name: string, week: string, said: LocalizedMessage): SaveWeekOutcome {
  return {
    kind: 'retryLater',
    reason: 'open-in-excel',
    week,
    message: {
      fr: `Le classeur ${name} est ouvert dans Excel et ne peut pas être modifié pour l’instant. Fermez-le puis réessayez : la ${said.fr} est conservée.`,
      en: `The workbook ${name} is open in Excel and cannot be changed right now. Close it and try again: ${said.en} is kept.`,
    },
  };
}

function busy(name: string, week: string, said: LocalizedMessage): SaveWeekOutcome {
  return {
    kind: 'retryLater',
    reason: 'busy',
    week,
    message: {
      fr: `Le classeur ${name} a été modifié par quelqu’un d’autre à chaque tentative d’enregistrement. Réessayez dans un instant : la ${said.fr} est conservée.`,
      en: `The workbook ${name} was changed by someone else at every attempt to save it. Try again in a moment: ${said.en} is kept.`,
    },
  };
}

function interrupted(
  name: string,
  week: string,
  said: LocalizedMessage,
  cause: unknown,
): SaveWeekOutcome {
  const detail =
    cause instanceof CentaureError ? cause.text : { fr: String(cause), en: String(cause) };
  return {
    kind: 'retryLater',
    reason: 'interrupted',
    week,
    message: {
      fr: `L’écriture de la ${said.fr} dans le classeur ouvert ${name} a été interrompue (${detail.fr}) : certains tableaux ne l’ont pas encore. La semaine est conservée ; réessayez pour la compléter.`,
      en: `Writing ${said.en} into the open workbook ${name} was interrupted (${detail.en}): some tables do not have it yet. The week is kept; try again to complete it.`,
    },
  };
}

/** Counts the writes made through a session, so a failure can tell "nothing written" from "part written". */
function countingWrites(session: ExcelSession): { api: ExcelTablesApi; writes: () => number } {
  let writes = 0;
  const counted =
    <A extends unknown[]>(write: (...args: A) => Promise<void>) =>
    async (...args: A) => {
      writes += 1;
      await write(...args);
    };
  return {
    api: {
      readTable: (name) => session.readTable(name),
      addRows: counted((name, index, values) => session.addRows(name, index, values)),
      deleteRange: counted((sheet, address) => session.deleteRange(sheet, address)),
      setNamedCell: counted((name, value) => session.setNamedCell(name, value)),
    },
    writes: () => writes,
  };
}

/**
 * Writes the week into the open file. The update replaces the week's rows wherever they are,
 * so when it fails part-way it is run once more, which repairs the tables it had reached; a
 * second failure is reported with the week kept, never as a silent half-update.
 */
async function upsertIntoOpenWorkbook(
  session: ExcelSession,
  summary: WeekSummary,
  language: Language,
  name: string,
  said: LocalizedMessage,
): Promise<SaveWeekOutcome | null> {
  const { api, writes } = countingWrites(session);
  for (let attempt = 1; ; attempt += 1) {
    try {
      await upsertWeekThroughExcelApi(api, summary, language);
      return null;
    } catch (error) {
      if (writes() === 0) throw error; // Nothing was written: the error says it all.
      if (attempt === 2) return interrupted(name, summary.window.iso, said, error);
    }
  }
}

/** Keeps a copy of the original next to it; never overwrites an earlier copy. */
async function keepBackup(
  drive: DriveStore,
  folder: string,
  file: DriveFile,
  original: Uint8Array,
  now: Date,
): Promise<DriveFile | null> {
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    const name = backupName(file.name, now, attempt);
    const saved = await drive.createFile(`${folder === '/' ? '' : folder}/${name}`, original);
    if (saved.kind === 'saved') return saved.file;
    if (saved.kind !== 'conflict') return null;
  }
  return null;
}

/**
 * Writes a week into the tracking workbook in OneDrive (SPEC §6), never losing a week
 * nor leaving a half-written file: download, merge, upload only if nobody saved in
 * between (`If-Match`), else start again; a workbook Centaure did not make is copied
 * first; a workbook open in Excel is updated through the Excel REST API where it exists.
 */
export async function saveWeekToOneDrive(
  deps: OneDriveWorkbookDeps,
  summary: WeekSummary,
  options: SaveWeekToOneDriveOptions,
): Promise<SaveWeekOutcome> {
  const { drive } = deps;
  const path = options.path ?? DEFAULT_WORKBOOK_PATH;
  const { folder, name } = splitPath(path);
  const week = summary.window.iso;
  const said = weekSaid(summary, options.now);
  const language = options.language;
  let backup: DriveFile | null = null;
  await drive.ensureFolder(folder);

  for (let attempt = 0; attempt < (options.maxAttempts ?? 4); attempt += 1) {
    const file = await drive.findByPath(path);
    if (file === null) {
      const created = await writeWeekToWorkbook(null, summary, { language });
      const saved = await drive.createFile(path, created.bytes);
      if (saved.kind === 'saved') return { kind: 'created', file: saved.file };
      if (saved.kind === 'locked') return openInExcel(name, week, said);
      continue; // 409: created by someone else meanwhile; merge into theirs.
    }
    if (file.isFolder) {
      throw new InvalidInputError({
        fr: `« ${path} » est un dossier dans OneDrive, pas un classeur.`,
        en: `"${path}" is a folder in OneDrive, not a workbook.`,
      });
    }
    const original = await drive.download(file);
    // Throws a WorkbookError for a file it cannot safely write: nothing is uploaded then.
    const merged = await writeWeekToWorkbook(original, summary, { language });
    if ((merged.adopted || merged.catalogEdits.length > 0) && backup === null) {
      backup = await keepBackup(drive, folder, file, original, options.now);
      if (backup === null) return busy(name, week, said);
    }
    const saved = await drive.replaceFile(file, merged.bytes);
    if (saved.kind === 'saved') {
      return { kind: 'updated', file: saved.file, backup, catalogEdits: merged.catalogEdits };
    }
    if (saved.kind === 'locked') {
      const session = await deps.openExcelSession(file);
      if (session === null) return openInExcel(name, week, said);
      let failed: SaveWeekOutcome | null;
      try {
        failed = await upsertIntoOpenWorkbook(session, summary, language, name, said);
      } finally {
        await session.close();
      }
      return (
        failed ?? { kind: 'updatedInOpenWorkbook', file, backup, catalogEdits: merged.catalogEdits }
      );
    }
    // 412 (saved by someone else since the download) or 409: read it again and merge again.
  }
  return busy(name, week, said);
}
