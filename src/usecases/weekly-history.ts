import type { WeekRecord, WeeklyHistory } from '../core/history';
import { weeklyHistory, weekRecordFromSummary } from '../core/history';
import { summarizeWeek } from '../core/summarize';
import type { UserSettings } from '../core/user-settings';
import type { IsoWeek } from '../core/week';
import { formatIsoWeek, weekWindow, weeksEndingWith } from '../core/week';
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
  /** How many of its weeks come from the tracking workbook, and how many were counted from the calendar. */
  workbookWeeks: number;
  calendarWeeks: number;
}

/**
 * The weekly history the Results view shows. The weeks the tracking workbook holds come from
 * it (one request to find it, one to download it; its WeeklyTasks and WeeklyQuadrants tables
 * hold every week generated, as the user may have corrected them); the weeks of the last
 * `request.weeks` it lacks (all of them when there is no workbook yet) are counted from the
 * calendar: one calendarView from the first missing week to the last, paged, each week
 * counted with the user's settings. Nothing is sent anywhere: the figures are computed here.
 */
export async function readWeeklyHistory(
  deps: { graph: GraphClient; drive: DriveStore },
  request: HistoryRequest,
): Promise<HistoryFound> {
  const file = await deps.drive.findByPath(request.settings.workbookPath);
  let fromWorkbook: WeeklyHistory = [];
  if (file !== null) {
    const bytes = await deps.drive.download(file);
    const [tasks, quadrants] = await readTableRanges(bytes, ['WeeklyTasks', 'WeeklyQuadrants']);
    fromWorkbook = historyFromTables(tasks, quadrants);
  }
  const held = new Set(fromWorkbook.map((record) => record.week));
  const missing = weeksEndingWith(request.lastWeek, request.weeks).filter(
    (week) => !held.has(formatIsoWeek(week)),
  );
  const counted = missing.length === 0 ? [] : await countFromCalendar(deps.graph, missing, request);
  return {
    // The workbook's record of a week wins: it is what the user kept, corrections included.
    history: weeklyHistory([...counted, ...fromWorkbook]),
    workbookWeeks: fromWorkbook.length,
    calendarWeeks: counted.length,
  };
}

/** Counts `weeks` (in order) from one paged calendarView over them. */
async function countFromCalendar(
  graph: GraphClient,
  weeks: readonly IsoWeek[],
  request: HistoryRequest,
): Promise<WeekRecord[]> {
  const first = weekWindow(weeks[0], request.timeZone);
  const last = weekWindow(weeks[weeks.length - 1], request.timeZone);
  const events = await readCalendarRange(graph, first.start, last.end);
  const { catalog, counting } = request.settings;
  return weeks.map((week) =>
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
}
