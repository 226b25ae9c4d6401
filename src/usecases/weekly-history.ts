import type { WeeklyHistory } from '../core/history';
import { weeklyHistory, weekRecordFromSummary } from '../core/history';
import { summarizeWeek } from '../core/summarize';
import type { UserSettings } from '../core/user-settings';
import type { IsoWeek } from '../core/week';
import { weekWindow, weeksEndingWith } from '../core/week';
import { readCalendarRange } from '../graph/calendar-view';
import type { GraphClient } from '../graph/client';
import type { DriveStore } from '../graph/drive';
import { historyFromTables } from '../workbook/history-rows';
import { readTableRanges } from '../workbook/table-operations';

export interface HistoryRequest {
  /** The last week of the history (the current one, usually). */
  lastWeek: IsoWeek;
  /** How many weeks, the last included. */
  weeks: number;
  /** IANA zone of the weeks. */
  timeZone: string;
  settings: UserSettings;
}

export interface HistoryFound {
  history: WeeklyHistory;
  /** Where it came from: the tracking workbook, or the calendar counted again. */
  source: 'workbook' | 'calendar';
}

/**
 * The weekly history the Results view shows. From the tracking workbook when it exists (one
 * request to find it, one to download it; its WeeklyTasks and WeeklyQuadrants tables hold
 * every week generated, as the user may have corrected them), else from the calendar: one
 * calendarView over all the weeks, paged, each week counted with the user's settings.
 * Nothing is sent anywhere: the figures are computed here.
 */
export async function readWeeklyHistory(
  deps: { graph: GraphClient; drive: DriveStore },
  request: HistoryRequest,
): Promise<HistoryFound> {
  const file = await deps.drive.findByPath(request.settings.workbookPath);
  if (file !== null) {
    const bytes = await deps.drive.download(file);
    const [tasks, quadrants] = await readTableRanges(bytes, ['WeeklyTasks', 'WeeklyQuadrants']);
    return { history: historyFromTables(tasks, quadrants), source: 'workbook' };
  }
  const weeks = weeksEndingWith(request.lastWeek, request.weeks);
  const first = weekWindow(weeks[0], request.timeZone);
  const last = weekWindow(weeks[weeks.length - 1], request.timeZone);
  const events = await readCalendarRange(deps.graph, first.start, last.end);
  const { catalog, counting } = request.settings;
  const records = weeks.map((week) =>
    weekRecordFromSummary(
      summarizeWeek(events, {
        week,
        timeZone: request.timeZone,
        catalog,
        allDayHours: counting.allDayHours,
        exclusions: counting.exclusions,
      }),
    ),
  );
  return { history: weeklyHistory(records), source: 'calendar' };
}
