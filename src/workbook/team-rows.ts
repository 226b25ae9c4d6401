import type { TeamRow } from '../core/team-rows';
import { cellText } from './cell-text';
import type { CellData } from './layout';
import { TEAM_WEEKLY } from './team-layout';

const MS_PER_DAY = 86_400_000;
const EPOCH_OFFSET_DAYS = 25_569;

/**
 * The serial number of a UTC instant, to the millisecond and within Excel's 15
 * significant digits, so the value Excel stores is exactly the one sent: the dashboard
 * finds a member's latest push by comparing these values for equality.
 */
export function utcSerial(date: Date): number {
  return Number((date.getTime() / MS_PER_DAY + EPOCH_OFFSET_DAYS).toPrecision(15));
}

/** A team row's cells, in the order of {@link TEAM_WEEKLY}'s columns. */
export function teamRowCells(row: TeamRow): CellData[] {
  const values: Record<string, CellData> = {
    week: row.week,
    member: cellText(row.member, 'en'),
    memberId: row.memberId,
    code: row.code,
    task: cellText(row.task, 'en'),
    quadrant: row.quadrant,
    planned: row.plannedHours,
    actual: row.actualHours,
    delta: row.deltaHours,
    updatedAt: utcSerial(row.updatedAt),
    pushId: row.pushId,
  };
  return TEAM_WEEKLY.columns.map((c) => values[c.key] ?? null);
}
