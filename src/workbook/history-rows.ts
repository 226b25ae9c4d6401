import type { Quadrant } from '../core/catalog';
import { QUADRANTS } from '../core/catalog';
import type { WeekRecord } from '../core/history';
import { weeklyHistory } from '../core/history';
import type { WeeklyHistory } from '../core/history';
import { columnPositions } from './column-positions';
import { dateOfExcelSerial } from './excel-serial';
import type { CellData, TableSpec } from './layout';
import { WEEKLY_QUADRANTS, WEEKLY_TASKS } from './layout';
import type { TableRange } from './table-operations';

/** Rows of a table as records keyed by our column keys, whatever the language of the headers. */
function records(spec: TableSpec, range: TableRange): Record<string, CellData>[] {
  const positions = columnPositions(spec, range.values[0] ?? []);
  const position = new Map(spec.columns.map((column, i) => [column.key, positions[i]]));
  return range.values
    .slice(1)
    .map((row) =>
      Object.fromEntries(
        [...position].map(([key, index]) => [key, index < 0 ? null : (row[index] ?? null)]),
      ),
    );
}

const hours = (value: CellData) => (typeof value === 'number' ? value : 0);

/**
 * The weekly history kept in a tracking workbook: task hours from WeeklyTasks, quadrant and
 * tagged hours from WeeklyQuadrants. Blank rows (an empty table keeps one) are skipped.
 */
export function historyFromTables(
  weeklyTasks: TableRange,
  weeklyQuadrants: TableRange,
): WeeklyHistory {
  const taskHours = new Map<string, Record<string, number>>();
  for (const row of records(WEEKLY_TASKS, weeklyTasks)) {
    if (typeof row.week !== 'string' || typeof row.code !== 'string') continue;
    const week = taskHours.get(row.week) ?? {};
    week[row.code] = hours(row.actual);
    taskHours.set(row.week, week);
  }
  const weeks: WeekRecord[] = [];
  for (const row of records(WEEKLY_QUADRANTS, weeklyQuadrants)) {
    if (typeof row.week !== 'string' || typeof row.weekStart !== 'number') continue;
    weeks.push({
      week: row.week,
      weekStart: dateOfExcelSerial(row.weekStart),
      taskHours: taskHours.get(row.week) ?? {},
      quadrantHours: Object.fromEntries(QUADRANTS.map((q) => [q, hours(row[q])])) as Record<
        Quadrant,
        number
      >,
      taggedHours: hours(row.tagged),
    });
  }
  return weeklyHistory(weeks);
}
