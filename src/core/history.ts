import type { Quadrant } from './catalog';
import { summaryToJson } from './summary-json';
import type { IsoWeek } from './week';
import { formatIsoWeek, weeksEndingWith } from './week';
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
      record,
      importantShare:
        record === null ? null : importantShareOf(record.quadrantHours, record.taggedHours),
    };
  });
}
