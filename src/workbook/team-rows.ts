import { isQuadrant } from '../core/catalog';
import type { TeamRow } from '../core/team-rows';
import { cellText } from './cell-text';
import { requiredColumnPositions } from './column-positions';
import { instantOfUtcSerial, utcSerial } from './excel-serial';
import type { CellData } from './layout';
import { readTableRange } from './table-operations';
import { TEAM_WEEKLY } from './team-layout';

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

/** The rows of a team workbook's `TeamWeekly` table, its columns found by their French or English headers. */
export async function readTeamRows(bytes: Uint8Array): Promise<TeamRow[]> {
  const range = await readTableRange(bytes, TEAM_WEEKLY.name);
  const positions = requiredColumnPositions(TEAM_WEEKLY, range.values[0] ?? []);
  const cell = (row: readonly CellData[], key: string) =>
    row[positions[TEAM_WEEKLY.columns.findIndex((c) => c.key === key)]];
  const text = (row: readonly CellData[], key: string) => String(cell(row, key) ?? '');
  const hours = (row: readonly CellData[], key: string) => Number(cell(row, key) ?? 0);
  return range.values.slice(1).flatMap((row): TeamRow[] => {
    const quadrant = text(row, 'quadrant');
    const serial = cell(row, 'updatedAt');
    if (text(row, 'memberId') === '' || !isQuadrant(quadrant) || typeof serial !== 'number')
      return [];
    return [
      {
        week: text(row, 'week'),
        member: text(row, 'member'),
        memberId: text(row, 'memberId'),
        code: text(row, 'code'),
        task: text(row, 'task'),
        quadrant,
        plannedHours: hours(row, 'planned'),
        actualHours: hours(row, 'actual'),
        deltaHours: hours(row, 'delta'),
        updatedAt: instantOfUtcSerial(serial),
        pushId: text(row, 'pushId'),
      },
    ];
  });
}
