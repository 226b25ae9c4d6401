import type { Quadrant } from './catalog';
import type { Language } from './errors';
import { summaryToJson } from './summary-json';
import type { WeekSummary } from './week-summary';

/** A member of a team as the team workbook names them: the Entra object id is the stable key. */
export interface TeamMember {
  id: string;
  displayName: string;
}

/**
 * One row of the team workbook's `TeamWeekly` table (SPEC §6): one member's weekly total
 * for one catalog task. Aggregates only: never an event, a subject or an attendee.
 */
export interface TeamRow {
  week: string;
  member: string;
  memberId: string;
  code: string;
  task: string;
  quadrant: Quadrant;
  plannedHours: number;
  actualHours: number;
  deltaHours: number;
  /** When the member computed the push (UTC, milliseconds): a later push replaces an earlier one. */
  updatedAt: Date;
  /** The same for every row of one push; tells a push already appended from a new one. */
  pushId: string;
}

/** One member's week for the team workbook: appended as a whole, never edited afterwards. */
export interface TeamPush {
  pushId: string;
  week: string;
  member: TeamMember;
  updatedAt: Date;
  /** One per catalog task, in catalog order, zeros included. */
  rows: readonly TeamRow[];
}

/**
 * The push of one member's week: one row per catalog task with the same figures as
 * `centaure summarize`, task labels in the member's language.
 */
export function teamPush(
  summary: WeekSummary,
  member: TeamMember,
  options: { pushId: string; updatedAt: Date; language: Language },
): TeamPush {
  const json = summaryToJson(summary);
  const week = json.week.iso;
  const rows = summary.tasks.map(({ task }, i): TeamRow => {
    const figures = json.tasks[i];
    return {
      week,
      member: member.displayName,
      memberId: member.id,
      code: task.code,
      task: task.label[options.language],
      quadrant: figures.quadrant,
      plannedHours: figures.plannedHours,
      actualHours: figures.actualHours,
      deltaHours: figures.deltaHours,
      updatedAt: options.updatedAt,
      pushId: options.pushId,
    };
  });
  return { pushId: options.pushId, week, member, updatedAt: options.updatedAt, rows };
}

/**
 * The reading rule of the team workbook, the one its dashboard formulas apply: for each
 * member and week, only the rows of that member's latest push (greatest `updatedAt`) count.
 * Rows are returned in table order.
 */
export function currentTeamRows(rows: readonly TeamRow[]): TeamRow[] {
  const latest = new Map<string, number>();
  const key = (row: TeamRow) => JSON.stringify([row.week, row.memberId]);
  for (const row of rows) {
    const time = row.updatedAt.getTime();
    if (time > (latest.get(key(row)) ?? -Infinity)) latest.set(key(row), time);
  }
  return rows.filter((row) => row.updatedAt.getTime() === latest.get(key(row)));
}
