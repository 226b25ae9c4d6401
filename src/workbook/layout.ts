import type { Language, LocalizedMessage } from '../core/errors';

/** How a column's cells are stored and shown. */
export type CellFormat =
  /** Identifiers and enumerations, stored as text. */
  | 'text'
  /** Text typed by people (subjects, labels): text that also stays text when edited in Excel. */
  | 'freeText'
  | 'hours'
  | 'count'
  /** Shown in the user's locale (Excel's built-in short date). */
  | 'date'
  | 'dateTime'
  | 'share';

/** What a cell holds: text, a number (dates are serial numbers), or nothing. */
export type CellData = string | number | null;

export interface ColumnSpec {
  key: string;
  header: LocalizedMessage;
  format: CellFormat;
  /** Column width in characters. */
  width: number;
  /**
   * Added after workbooks were first made: a table without it is still written, the column
   * left out. The user adds it by typing its header next to the table; it is filled from then on.
   */
  optional?: true;
}

export const TABLE_NAMES = ['WeeklyTasks', 'Events', 'WeeklyQuadrants', 'Catalog'] as const;
export type TableName = (typeof TABLE_NAMES)[number];

export interface TableSpec<N extends string = TableName> {
  name: N;
  sheet: LocalizedMessage;
  columns: readonly ColumnSpec[];
  /** `week`: writing a week replaces that week's rows; `all`: every row is replaced. */
  scope: 'week' | 'all';
  /**
   * Columns identifying one row across regenerations, so values the user typed in
   * columns they added to the table stay on the same fact. Empty: rows are not matched.
   */
  identity: readonly string[];
}

export const column = (
  key: string,
  fr: string,
  en: string,
  format: CellFormat,
  width: number,
): ColumnSpec => ({
  key,
  header: { fr, en },
  format,
  width,
});

export const WEEK = column('week', 'Semaine', 'Week', 'text', 11);
const WEEK_START = column('weekStart', 'Début de semaine', 'Week start', 'date', 12);
export const CODE = column('code', 'Code', 'Code', 'text', 8);
export const TASK = column('task', 'Tâche', 'Task', 'freeText', 44);
export const QUADRANT = column('quadrant', 'Quadrant', 'Quadrant', 'text', 10);
export const PLANNED = column('planned', 'Prévu h', 'Planned h', 'hours', 10);
export const ACTUAL = column('actual', 'Réel h', 'Actual h', 'hours', 10);
export const DELTA = column('delta', 'Écart h', 'Delta h', 'hours', 10);
const AI_POTENTIAL = column('aiPotential', 'Potentiel IA', 'AI potential', 'text', 14);
const DECISION = column('decision', 'Décision', 'Decision', 'text', 12);

export const WEEKLY_TASKS: TableSpec = {
  name: 'WeeklyTasks',
  sheet: { fr: 'Tâches hebdo', en: 'Weekly tasks' },
  scope: 'week',
  identity: ['week', 'code'],
  columns: [
    WEEK,
    WEEK_START,
    CODE,
    TASK,
    QUADRANT,
    PLANNED,
    ACTUAL,
    DELTA,
    column('events', 'Événements', 'Events', 'count', 11),
    AI_POTENTIAL,
    DECISION,
  ],
};

export const EVENTS: TableSpec = {
  name: 'Events',
  sheet: { fr: 'Événements', en: 'Events' },
  scope: 'week',
  // An event is its time and subject: what the user typed in a column they added to the
  // table stays on it when it is retagged (not when it moves or its subject changes).
  identity: ['start', 'end', 'subject'],
  columns: [
    WEEK,
    column('date', 'Date', 'Date', 'date', 12),
    column('start', 'Début', 'Start', 'dateTime', 17),
    column('end', 'Fin', 'End', 'dateTime', 17),
    column('hours', 'Heures', 'Hours', 'hours', 9),
    CODE,
    QUADRANT,
    column('subject', 'Objet', 'Subject', 'freeText', 48),
    column('tagSource', 'Source du tag', 'Tag source', 'text', 13),
    column('excluded', 'Exclusion', 'Excluded reason', 'text', 16),
  ],
};

export const WEEKLY_QUADRANTS: TableSpec = {
  name: 'WeeklyQuadrants',
  sheet: { fr: 'Quadrants hebdo', en: 'Weekly quadrants' },
  scope: 'week',
  identity: ['week'],
  columns: [
    WEEK,
    WEEK_START,
    column('I+U+', 'I+U+ h', 'I+U+ h', 'hours', 9),
    column('I-U+', 'I-U+ h', 'I-U+ h', 'hours', 9),
    column('I+U-', 'I+U- h', 'I+U- h', 'hours', 9),
    column('I-U-', 'I-U- h', 'I-U- h', 'hours', 9),
    column('tagged', 'Étiqueté h', 'Tagged h', 'hours', 11),
    column('untagged', 'Non étiqueté h', 'Untagged h', 'hours', 14),
    column('counted', 'Compté h', 'Counted h', 'hours', 10),
    column('overlap', 'Chevauchement h', 'Overlap h', 'hours', 16),
    column('importantShare', 'Part importante', 'Important share', 'share', 15),
  ],
};

export const CATALOG: TableSpec = {
  name: 'Catalog',
  sheet: { fr: 'Catalogue', en: 'Catalog' },
  scope: 'all',
  identity: ['code'],
  columns: [
    CODE,
    TASK,
    QUADRANT,
    column('planned', 'Prévu h par semaine', 'Planned h per week', 'hours', 12),
    column('category', 'Catégorie Outlook', 'Outlook category', 'freeText', 20),
    AI_POTENTIAL,
    DECISION,
    column('aiSince', 'IA depuis', 'AI since', 'date', 12),
    { ...column('aiNote', 'Note IA', 'AI note', 'freeText', 36), optional: true },
    {
      ...column('decisionReason', 'Raison de la décision', 'Decision reason', 'freeText', 36),
      optional: true,
    },
  ],
};

export const TABLE_SPECS: readonly TableSpec[] = [WEEKLY_TASKS, EVENTS, WEEKLY_QUADRANTS, CATALOG];

export function columnIndex(spec: TableSpec<string>, key: string): number {
  const index = spec.columns.findIndex((c) => c.key === key);
  if (index < 0) throw new RangeError(`${spec.name} has no column ${key}`);
  return index;
}

export function header(spec: TableSpec<string>, key: string, language: Language): string {
  return spec.columns[columnIndex(spec, key)].header[language];
}

/** The marker that says Centaure created a workbook (a custom document property). */
export const MARKER_PROPERTY = 'CentaureWorkbook';
export const MARKER_VALUE = 'tracking/1';

/** Defined names the dashboard relies on. */
export const WEEK_LIST_NAME = 'CentaureWeeks';
export const WEEK_SELECTOR_NAME = 'CentaureSelectedWeek';
