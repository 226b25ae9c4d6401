import type { Quadrant } from './catalog';
import { noQuadrantTime, QUADRANTS } from './catalog';
import type { Language } from './errors';
import { summaryToJson } from './summary-json';
import type { WeekSummary } from './week-summary';
import { hoursFromMinutes, importantShareOf, roundTo2 } from './week-summary';

/** A member of a team as the team workbook names them: the Entra object id is the stable key. */
export interface TeamMember {
  id: string;
  displayName: string;
}

/**
 * One row of the team workbook's `TeamWeekly` table (SPEC §6): one member's weekly hours for
 * one catalog task in one quadrant. Aggregates only: never an event, a subject or an attendee.
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
  /**
   * One per catalog task in its own quadrant, in catalog order, zeros included; after it, one
   * per other quadrant its meetings were moved to (SPEC §4.6), with no planned hours.
   */
  rows: readonly TeamRow[];
}

/** A task's counted minutes in each quadrant its events were counted in. */
function minutesByQuadrant(summary: WeekSummary, code: string): Map<Quadrant, number> {
  const minutes = new Map<Quadrant, number>();
  for (const counted of summary.events) {
    if (counted.excluded !== null || counted.tag?.task.code !== code || counted.quadrant === null) {
      continue;
    }
    minutes.set(counted.quadrant, (minutes.get(counted.quadrant) ?? 0) + counted.minutes);
  }
  return minutes;
}

/**
 * The push of one member's week, task labels in the member's language. Each task's hours are
 * `centaure summarize`'s: the row in the task's own quadrant carries the plan and whatever
 * rounding leaves, so a task's rows add up to its actual hours exactly; meetings moved to
 * another quadrant add a row there, so the team's grid is the member's own.
 */
export function teamPush(
  summary: WeekSummary,
  member: TeamMember,
  options: { pushId: string; updatedAt: Date; language: Language },
): TeamPush {
  const json = summaryToJson(summary);
  const week = json.week.iso;
  const rows = summary.tasks.flatMap(({ task }, i): TeamRow[] => {
    const figures = json.tasks[i];
    const row = (quadrant: Quadrant, plannedHours: number, actualHours: number): TeamRow => ({
      week,
      member: member.displayName,
      memberId: member.id,
      code: task.code,
      task: task.label[options.language],
      quadrant,
      plannedHours,
      actualHours,
      deltaHours: roundTo2(actualHours - plannedHours),
      updatedAt: options.updatedAt,
      pushId: options.pushId,
    });
    const moved = [...minutesByQuadrant(summary, task.code)]
      .filter(([quadrant, minutes]) => quadrant !== figures.quadrant && minutes > 0)
      .sort(([a], [b]) => QUADRANTS.indexOf(a) - QUADRANTS.indexOf(b))
      .map(([quadrant, minutes]) => row(quadrant, 0, hoursFromMinutes(minutes)));
    const movedHours = moved.reduce((sum, r) => sum + r.actualHours, 0);
    const own = row(
      figures.quadrant,
      figures.plannedHours,
      roundTo2(figures.actualHours - movedHours),
    );
    return [own, ...moved];
  });
  return { pushId: options.pushId, week, member, updatedAt: options.updatedAt, rows };
}

/** How far ahead of the reader's clock a row's time may be (the pushing machine's clock skew). */
export const TEAM_CLOCK_SKEW_MS = 5 * 60_000;

/**
 * The reading rule of the team workbook, the one its dashboard formulas apply: for each
 * member and week, only the rows of that member's latest push (greatest `updatedAt`) count.
 * A row dated later than the reading (beyond clock skew) was not written by Centaure, which
 * never appends a push from the future: it is ignored, so it cannot hide the member's real
 * week for years. Rows are returned in table order.
 */
export function currentTeamRows(rows: readonly TeamRow[], asOf?: Date): TeamRow[] {
  const latest = new Map<string, number>();
  const key = (row: TeamRow) => JSON.stringify([row.week, row.memberId]);
  const limit = asOf === undefined ? Infinity : asOf.getTime() + TEAM_CLOCK_SKEW_MS;
  rows = rows.filter((row) => row.updatedAt.getTime() <= limit);
  for (const row of rows) {
    const time = row.updatedAt.getTime();
    if (time > (latest.get(key(row)) ?? -Infinity)) latest.set(key(row), time);
  }
  return rows.filter((row) => row.updatedAt.getTime() === latest.get(key(row)));
}

/** One member's figures for a week, from their latest push. */
export interface TeamMemberWeek {
  member: TeamMember;
  quadrantHours: Record<Quadrant, number>;
  taggedHours: number;
  /** (I+U+ + I+U-) / tagged; 0 when nothing is tagged. */
  importantShare: number;
  updatedAt: Date;
}

/** The team's grid for one week, as the Manager view shows it and the dashboard computes it. */
export interface TeamWeekGrid {
  week: string;
  /** Members who pushed the week, in the order they first pushed anything. */
  members: TeamMemberWeek[];
  /** Members who pushed some week but not this one. */
  notPushed: TeamMember[];
  team: Omit<TeamMemberWeek, 'member' | 'updatedAt'>;
}

function figures(rows: readonly TeamRow[]): Omit<TeamMemberWeek, 'member' | 'updatedAt'> {
  const quadrantHours = noQuadrantTime();
  for (const row of rows) quadrantHours[row.quadrant] += row.actualHours;
  for (const q of QUADRANTS) quadrantHours[q] = roundTo2(quadrantHours[q]);
  const taggedHours = roundTo2(QUADRANTS.reduce((sum, q) => sum + quadrantHours[q], 0));
  return {
    quadrantHours,
    taggedHours,
    importantShare: importantShareOf(quadrantHours, taggedHours),
  };
}

/** The grid of `week` from every row of the table, each member's latest push only. */
export function teamWeekGrid(rows: readonly TeamRow[], week: string, asOf?: Date): TeamWeekGrid {
  const roster = new Map<string, TeamMember>();
  for (const row of rows) {
    if (!roster.has(row.memberId))
      roster.set(row.memberId, { id: row.memberId, displayName: row.member });
  }
  const current = currentTeamRows(
    rows.filter((row) => row.week === week),
    asOf,
  );
  const members: TeamMemberWeek[] = [];
  const notPushed: TeamMember[] = [];
  for (const member of roster.values()) {
    const own = current.filter((row) => row.memberId === member.id);
    if (own.length === 0) notPushed.push(member);
    else members.push({ member, ...figures(own), updatedAt: own[0].updatedAt });
  }
  return { week, members, notPushed, team: figures(current) };
}
