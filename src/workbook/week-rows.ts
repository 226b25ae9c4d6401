import type { AiDecision, AiPotential } from '../core/catalog';
import { QUADRANTS } from '../core/catalog';
import type { Language } from '../core/errors';
import { summaryToJson } from '../core/summary-json';
import type { ExclusionReason, TagSource, WeekSummary } from '../core/week-summary';
import { roundTo2 } from '../core/week-summary';
import { cellText } from './cell-text';
import { excelDate, excelDateTime } from './excel-serial';
import type { CellData, TableName, TableSpec } from './layout';
import { CATALOG, EVENTS, WEEKLY_QUADRANTS, WEEKLY_TASKS } from './layout';

const AI_POTENTIAL_WORDS: Record<AiPotential, Record<Language, string>> = {
  none: { fr: 'aucun', en: 'none' },
  assist: { fr: 'assistance', en: 'assist' },
  automate: { fr: 'automatisation', en: 'automate' },
};

const DECISION_WORDS: Record<AiDecision, Record<Language, string>> = {
  keep: { fr: 'garder', en: 'keep' },
  assisted: { fr: 'assisté', en: 'assisted' },
  automated: { fr: 'automatisé', en: 'automated' },
};

const TAG_SOURCE_WORDS: Record<TagSource, Record<Language, string>> = {
  category: { fr: 'catégorie', en: 'category' },
  subject: { fr: 'objet', en: 'subject' },
};

const EXCLUSION_WORDS: Record<ExclusionReason, Record<Language, string>> = {
  cancelled: { fr: 'annulé', en: 'cancelled' },
  declined: { fr: 'refusé', en: 'declined' },
  free: { fr: 'disponible', en: 'free' },
  allDay: { fr: 'journée entière sans tag', en: 'untagged all-day' },
};

/** One table's new rows, cells in the order of the spec's columns. */
export interface TableRows {
  spec: TableSpec;
  rows: CellData[][];
}

/** What writing one week puts in each table. */
export interface WeekRows {
  week: string;
  tables: Record<TableName, TableRows>;
}

function rowOf(spec: TableSpec, values: Record<string, CellData>): CellData[] {
  return spec.columns.map((c) => values[c.key] ?? null);
}

/**
 * The rows a week adds to the tracking workbook. Every figure comes from the same
 * JSON as `centaure summarize`, so the workbook and the command always agree.
 */
export function weekRows(summary: WeekSummary, language: Language): WeekRows {
  const json = summaryToJson(summary);
  const week = json.week.iso;
  const weekStart = excelDate(summary.window.dates[0]);
  const text = (value: string) => cellText(value, language);

  const tasks = summary.tasks.map(({ task }, i) => {
    const figures = json.tasks[i];
    return rowOf(WEEKLY_TASKS, {
      week,
      weekStart,
      code: task.code,
      task: text(task.label[language]),
      quadrant: task.quadrant,
      planned: figures.plannedHours,
      actual: figures.actualHours,
      delta: figures.deltaHours,
      events: figures.events,
      aiPotential: AI_POTENTIAL_WORDS[task.aiPotential][language],
      decision: DECISION_WORDS[task.decision][language],
    });
  });

  const events = summary.events.map((counted, i) => {
    const figures = json.events[i];
    return rowOf(EVENTS, {
      week,
      date: excelDate(counted.date),
      start: excelDateTime(figures.start),
      end: excelDateTime(figures.end),
      hours: figures.hours,
      code: figures.task,
      quadrant: figures.quadrant,
      // summaryToJson already blanks private subjects; blank text is stored as an empty cell.
      subject: figures.subject === '' ? null : text(figures.subject),
      tagSource: figures.tagSource === null ? null : TAG_SOURCE_WORDS[figures.tagSource][language],
      excluded: figures.excluded === null ? null : EXCLUSION_WORDS[figures.excluded][language],
    });
  });

  const quadrantHours = Object.fromEntries(QUADRANTS.map((q) => [q, json.quadrants[q]]));
  const quadrants = [
    rowOf(WEEKLY_QUADRANTS, {
      week,
      weekStart,
      ...quadrantHours,
      tagged: json.totals.taggedHours,
      untagged: json.totals.untaggedHours,
      counted: json.totals.countedHours,
      overlap: json.totals.overlapHours,
      importantShare: json.totals.importantShare,
    }),
  ];

  const catalog = summary.catalog.map((task) =>
    rowOf(CATALOG, {
      code: task.code,
      task: text(task.label[language]),
      quadrant: task.quadrant,
      planned: roundTo2(task.plannedHours),
      category: text(task.category),
      aiPotential: AI_POTENTIAL_WORDS[task.aiPotential][language],
      decision: DECISION_WORDS[task.decision][language],
      aiSince: task.aiSince === undefined ? null : excelDate(task.aiSince),
      aiNote: task.aiNote === undefined ? null : text(task.aiNote),
      decisionReason: task.decisionReason === undefined ? null : text(task.decisionReason),
    }),
  );

  return {
    week,
    tables: {
      WeeklyTasks: { spec: WEEKLY_TASKS, rows: tasks },
      Events: { spec: EVENTS, rows: events },
      WeeklyQuadrants: { spec: WEEKLY_QUADRANTS, rows: quadrants },
      Catalog: { spec: CATALOG, rows: catalog },
    },
  };
}
