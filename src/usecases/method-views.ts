import type { Catalog } from '../core/catalog';
import type { TrendPoint, WeeklyHistory } from '../core/history';
import { trend } from '../core/history';
import type { TaskGain } from '../core/measured-gain';
import { measuredGains } from '../core/measured-gain';
import type { RenameImpact } from '../core/retag';
import { renameImpact } from '../core/retag';
import type { UserSettings } from '../core/user-settings';
import type { IsoWeek } from '../core/week';
import { weekWindow, weeksEndingWith } from '../core/week';
import type { EventTagOutcome } from '../graph/event-tags';
import { SCOPES } from '../graph/scopes';
import type { SettingsStore } from '../storage/settings-store';
import type { GraphAccess } from './graph-connection';
import { connectGraph } from './graph-connection';
import { saveUserSettings } from './user-settings';

/** Weeks the Results view shows and the Where-to-start advice reads. */
const RESULT_WEEKS = 12;

export interface MethodResults {
  history: WeeklyHistory;
  /** How many weeks came from the tracking workbook and how many from the calendar. */
  workbookWeeks: number;
  calendarWeeks: number;
  gains: TaskGain[];
  trend: TrendPoint[];
}

/** Step 5 for the pane: the history (the workbook's weeks, the others from the calendar), the measured gains, the trend. */
export async function loadResults(
  access: GraphAccess,
  settings: UserSettings,
  lastWeek: IsoWeek,
  timeZone: string,
): Promise<MethodResults> {
  const [graph, { GraphDriveStore }, { readWeeklyHistory }] = await Promise.all([
    connectGraph(access, [SCOPES.readCalendar, SCOPES.ownWorkbook]),
    import('../graph/graph-drive-store'),
    import('./weekly-history'),
  ]);
  const found = await readWeeklyHistory(
    { graph, drive: new GraphDriveStore(graph) },
    { lastWeek, weeks: RESULT_WEEKS, timeZone, settings },
  );
  return {
    ...found,
    gains: measuredGains(settings.catalog, found.history),
    trend: trend(found.history, lastWeek, RESULT_WEEKS),
  };
}

/** Tagged events as the retag needs them: current categories and etag. */
interface TaggedEvent {
  id: string;
  subject: string;
  categories: string[];
  etag: string | undefined;
}

/**
 * What saving an edited catalog does to the meetings already tagged over the last
 * {@link RESULT_WEEKS} weeks and the next ones (one calendarView over them).
 */
export async function previewCatalogChange(
  access: GraphAccess,
  before: Catalog,
  after: Catalog,
  previousCode: ReadonlyMap<string, string>,
  week: IsoWeek,
  timeZone: string,
): Promise<{ impact: RenameImpact; events: TaggedEvent[] }> {
  const [graph, { readCalendarRange }] = await Promise.all([
    connectGraph(access, [SCOPES.readCalendar]),
    import('../graph/calendar-view'),
  ]);
  const first = weekWindow(weeksEndingWith(week, RESULT_WEEKS)[0], timeZone);
  const raw = await readCalendarRange(
    graph,
    first.start,
    weekWindow(week, timeZone).end.plus({ weeks: RESULT_WEEKS }),
  );
  const events = raw.flatMap((event): TaggedEvent[] =>
    typeof event.id === 'string'
      ? [
          {
            id: event.id,
            subject: event.subject ?? '',
            categories: Array.isArray(event.categories) ? event.categories : [],
            etag: event['@odata.etag'],
          },
        ]
      : [],
  );
  return { impact: renameImpact(before, after, previousCode, events), events };
}

/**
 * Saves the edited settings, then retags the meetings the preview listed so they keep their
 * task. The settings go first: a refused save (too large, offline) changes no meeting.
 */
export async function saveCatalogAndRetag(
  deps: GraphAccess & { settings: SettingsStore },
  before: Catalog,
  next: UserSettings,
  preview: { impact: RenameImpact; events: readonly TaggedEvent[] } | null,
): Promise<{ saved: UserSettings; outcomes: EventTagOutcome[] }> {
  const saved = await saveUserSettings(deps.settings, next);
  if (preview === null || preview.impact.retag.length === 0) return { saved, outcomes: [] };
  const [graph, { tagEvents }] = await Promise.all([
    connectGraph(deps, [SCOPES.tagEvents]),
    import('../graph/event-tags'),
  ]);
  // The old tasks' names are still known as task categories, so the retag replaces them in place.
  const known = [
    ...saved.catalog,
    ...before.filter(
      (old) => !saved.catalog.some((t) => t.code === old.code && t.category === old.category),
    ),
  ];
  const byId = new Map(preview.events.map((event) => [event.id, event]));
  const outcomes = await tagEvents(
    graph,
    known,
    preview.impact.retag.map((entry) => ({
      eventId: entry.eventId,
      categories: byId.get(entry.eventId)?.categories ?? [],
      etag: byId.get(entry.eventId)?.etag,
      taskCode: entry.toCode,
    })),
  );
  return { saved, outcomes };
}
