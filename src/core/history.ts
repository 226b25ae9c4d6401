import { DateTime } from 'luxon';
import type { Quadrant, Task } from './catalog';
import { summaryToJson } from './summary-json';
import type { IsoWeek } from './week';
import { formatIsoWeek, parseIsoWeek, shiftWeek, weeksEndingWith } from './week';
import type { WeekSummary } from './week-summary';
import { importantShareOf } from './week-summary';

/**
 * One past week as the tracking workbook keeps it: hours rounded to 2 decimals, so figures
 * computed from the workbook's tables and from the calendar agree to the hundredth.
 */
export interface WeekRecord {
  /** `2026-W47` */
  week: string;
  /** The Monday, `YYYY-MM-DD`. */
  weekStart: string;
  /** Actual hours per task code; a task absent from the catalog that week has no entry. */
  taskHours: Readonly<Record<string, number>>;
  quadrantHours: Readonly<Record<Quadrant, number>>;
  taggedHours: number;
}

/** Weeks in week order, each once: what the gain and trend functions take. */
export type WeeklyHistory = readonly WeekRecord[];

export function weekRecordFromSummary(summary: WeekSummary): WeekRecord {
  const json = summaryToJson(summary);
  return {
    week: json.week.iso,
    weekStart: summary.window.dates[0],
    taskHours: Object.fromEntries(json.tasks.map((t) => [t.code, t.actualHours])),
    quadrantHours: json.quadrants,
    taggedHours: json.totals.taggedHours,
  };
}

/** Puts weeks in order; a week given twice keeps its last record. */
export function weeklyHistory(records: readonly WeekRecord[]): WeeklyHistory {
  const byWeek = new Map(records.map((record) => [record.week, record]));
  return [...byWeek.values()].sort((a, b) => (a.week < b.week ? -1 : a.week > b.week ? 1 : 0));
}

export interface TrendPoint {
  week: string;
  /** The Monday, `YYYY-MM-DD`. */
  weekStart: string;
  /** Null for a week with no record (not generated, or nothing in the calendar). */
  record: WeekRecord | null;
  importantShare: number | null;
}

/** The `count` consecutive ISO weeks ending with `lastWeek`, oldest first, gaps kept as gaps. */
export function trend(history: WeeklyHistory, lastWeek: IsoWeek, count = 12): TrendPoint[] {
  const byWeek = new Map(history.map((record) => [record.week, record]));
  return weeksEndingWith(lastWeek, count).map((isoWeek) => {
    const week = formatIsoWeek(isoWeek);
    const record = byWeek.get(week) ?? null;
    return {
      week,
      weekStart: mondayOf(isoWeek),
      record,
      importantShare:
        record === null ? null : importantShareOf(record.quadrantHours, record.taggedHours),
    };
  });
}

const mondayOf = (week: IsoWeek) =>
  DateTime.fromObject({ ...week, weekday: 1 }, { zone: 'UTC' }).toISODate() ?? '';

/** Where a task's AI adoption date falls on the trend: the week it belongs to. */
export interface AdoptionMarker {
  code: string;
  label: Task['label'];
  /** `YYYY-MM-DD` */
  aiSince: string;
  /** The trend's week holding `aiSince`, `2026-W42`, and its index in the trend. */
  week: string;
  index: number;
}

/**
 * The AI adoption dates of `tasks` that fall inside the trend's weeks, in the order given: a
 * week holds the dates from its Monday to its Sunday, the weeks counted "after" in the gain
 * (src/core/measured-gain.ts) start with it.
 */
export function adoptionMarkers(
  points: readonly TrendPoint[],
  tasks: readonly Pick<Task, 'code' | 'label' | 'aiSince'>[],
): AdoptionMarker[] {
  const last = points[points.length - 1];
  if (last === undefined) return [];
  const end = mondayOf(shiftWeek(parseIsoWeek(last.week), 1));
  return tasks.flatMap((task) => {
    const aiSince = task.aiSince;
    if (aiSince === undefined || aiSince < points[0].weekStart || aiSince >= end) return [];
    let index = 0;
    while (index + 1 < points.length && points[index + 1].weekStart <= aiSince) index += 1;
    return [{ code: task.code, label: task.label, aiSince, week: points[index].week, index }];
  });
}
