import type { LocalizedMessage } from '../core/errors';
import type { TableSpec } from './layout';
import { ACTUAL, CODE, column, DELTA, PLANNED, QUADRANT, TASK, WEEK } from './layout';

/**
 * The team workbook's one table (SPEC §6), plus the push id that makes appends safe to
 * retry. Rows are only ever appended: a push never edits, moves or deletes a row.
 */
export const TEAM_WEEKLY: TableSpec<'TeamWeekly'> = {
  name: 'TeamWeekly',
  sheet: { fr: 'Semaines équipe', en: 'Team weeks' },
  scope: 'week',
  identity: [],
  columns: [
    WEEK,
    column('member', 'Membre', 'Member', 'freeText', 24),
    column('memberId', 'Id membre', 'Member id', 'text', 38),
    CODE,
    TASK,
    QUADRANT,
    PLANNED,
    ACTUAL,
    DELTA,
    column('updatedAt', 'Mis à jour (UTC)', 'Updated at (UTC)', 'dateTime', 18),
    column('pushId', 'Id envoi', 'Push id', 'text', 38),
  ],
};

/**
 * The layout version, in a one-cell defined name that a member reads through the Excel
 * REST API before appending: a push refuses a layout newer than it knows.
 */
export const TEAM_LAYOUT_NAME = 'CentaureTeamLayout';
export const TEAM_LAYOUT_PREFIX = 'team/';
export const TEAM_LAYOUT_VERSION = 1;
/** The week the team dashboard shows. */
export const TEAM_WEEK_SELECTOR_NAME = 'CentaureTeamWeek';

export const TEAM_DASHBOARD_SHEET: LocalizedMessage = { fr: 'Équipe', en: 'Team' };
/** Hidden sheet of intermediate results (latest push of each member for each week shown). */
export const TEAM_WORKINGS_SHEET: LocalizedMessage = { fr: 'Calculs', en: 'Workings' };
