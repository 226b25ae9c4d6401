import type { Language, LocalizedMessage } from '../core/errors';
import { summarizeWeek } from '../core/summarize';
import type { IsoWeek } from '../core/week';
import { formatIsoWeek, parseIsoWeek } from '../core/week';
import { SCOPES } from '../graph/scopes';
import type { SettingsStore } from '../storage/settings-store';
import type { GraphAccess } from './graph-connection';
import { connectGraph } from './graph-connection';
import { messageOf } from './error-message';
import { readUserSettings } from './user-catalog';

/** The settings key of the weeks that could not be written yet: kept until written. */
export const PENDING_WEEKS_SETTING = 'generate.pendingWeeks';

export type GenerateStep = 'read' | 'count' | 'write';

export interface GenerateDeps extends GraphAccess {
  readonly settings: SettingsStore;
}

export interface GenerateRequest {
  readonly week: IsoWeek;
  readonly language: Language;
  readonly now: Date;
  /** Called as each step starts. */
  readonly onStep: (step: GenerateStep) => void;
}

/** How generating ended, in words a user acts on. */
export type GenerateResult =
  | {
      kind: 'created' | 'updated' | 'updatedInOpenWorkbook';
      week: string;
      fileName: string;
      webUrl: string | null;
      /** The copy kept of a workbook Centaure had not made. */
      backupName: string | null;
    }
  /** Nothing was written; the week is kept to try again. */
  | { kind: 'retryLater' | 'failed'; week: string; message: LocalizedMessage };

/** Weeks kept for a retry, oldest first. */
export async function pendingWeeks(settings: SettingsStore): Promise<string[]> {
  const stored = await settings.read(PENDING_WEEKS_SETTING);
  if (!Array.isArray(stored)) return [];
  return stored.filter((week): week is string => {
    if (typeof week !== 'string') return false;
    try {
      parseIsoWeek(week);
      return true;
    } catch {
      return false;
    }
  });
}

async function keepPending(settings: SettingsStore, week: string, pending: boolean): Promise<void> {
  const weeks = (await pendingWeeks(settings)).filter((w) => w !== week);
  await settings.write(PENDING_WEEKS_SETTING, pending ? [...weeks, week].sort() : weeks);
}

/**
 * The end-of-week job: reads the week from Graph, counts it as `centaure summarize` does and
 * writes it to the tracking workbook in OneDrive with {@link saveWeekToOneDrive}. A week that
 * is not written stays in the pending list until a later run writes it.
 */
export async function generateWeek(
  deps: GenerateDeps,
  request: GenerateRequest,
): Promise<GenerateResult> {
  const week = formatIsoWeek(request.week);
  try {
    request.onStep('read');
    const [graph, { readWeek }] = await Promise.all([
      connectGraph(deps, [SCOPES.readCalendar, SCOPES.readMailboxSettings, SCOPES.ownWorkbook]),
      import('../graph/calendar-view'),
    ]);
    const read = await readWeek(graph, { week: request.week });
    request.onStep('count');
    const settings = await readUserSettings(deps.settings);
    const summary = summarizeWeek(read.events, {
      week: request.week,
      timeZone: read.timeZone,
      catalog: settings.catalog,
      allDayHours: settings.counting.allDayHours,
      exclusions: settings.counting.exclusions,
    });
    request.onStep('write');
    const [{ GraphDriveStore }, { GraphExcelSession }, { saveWeekToOneDrive }] = await Promise.all([
      import('../graph/graph-drive-store'),
      import('./graph-excel-session'),
      import('./save-week-to-onedrive'),
    ]);
    const outcome = await saveWeekToOneDrive(
      {
        drive: new GraphDriveStore(graph),
        openExcelSession: (file) => GraphExcelSession.open(graph, file),
      },
      summary,
      { language: request.language, now: request.now, path: settings.workbookPath },
    );
    if (outcome.kind === 'retryLater') {
      await keepPending(deps.settings, week, true);
      return { kind: 'retryLater', week, message: outcome.message };
    }
    await keepPending(deps.settings, week, false);
    return {
      kind: outcome.kind,
      week,
      fileName: outcome.file.name,
      webUrl: outcome.file.webUrl,
      backupName: outcome.kind === 'created' ? null : (outcome.backup?.name ?? null),
    };
  } catch (error) {
    await keepPending(deps.settings, week, true);
    return { kind: 'failed', week, message: messageOf(error) };
  }
}
