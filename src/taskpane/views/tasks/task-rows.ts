import type { Catalog } from '../../../core/catalog';
import type { TaskDraft } from './task-editor';

export interface Row {
  key: number;
  /** The task's code in the saved catalog; null for a task added since. */
  previousCode: string | null;
  draft: TaskDraft;
}

let nextKey = 1;

export function rowsOf(catalog: Catalog, saved: boolean): Row[] {
  return catalog.map((task) => ({
    key: nextKey++,
    previousCode: saved ? task.code : null,
    draft: {
      code: task.code,
      labelFr: task.label.fr,
      labelEn: task.label.en,
      quadrant: task.quadrant,
      plannedHours: String(task.plannedHours),
      category: task.category,
      aiPotential: task.aiPotential,
      aiNote: task.aiNote ?? '',
      decision: task.decision,
      decisionReason: task.decisionReason ?? '',
      aiSince: task.aiSince ?? '',
    },
  }));
}

/** The raw JSON of the drafts, as `parseCatalog` reads it. */
export function rawCatalog(rows: readonly Row[]): unknown[] {
  return rows.map(({ draft }) => ({
    code: draft.code.trim().toUpperCase(),
    label: { fr: draft.labelFr, en: draft.labelEn },
    quadrant: draft.quadrant,
    plannedHours:
      draft.plannedHours.trim() === '' ? null : Number(draft.plannedHours.replace(',', '.')),
    category: draft.category,
    aiPotential: draft.aiPotential,
    aiNote: draft.aiNote,
    decision: draft.decision,
    decisionReason: draft.decisionReason,
    aiSince: draft.aiSince === '' ? null : draft.aiSince,
  }));
}

/** A task added by hand: the pane's defaults until the user fills it in. */
export function blankRow(): Row {
  return {
    key: nextKey++,
    previousCode: null,
    draft: {
      code: '',
      labelFr: '',
      labelEn: '',
      quadrant: 'I+U-',
      plannedHours: '1',
      category: '',
      aiPotential: 'none',
      aiNote: '',
      decision: 'keep',
      decisionReason: '',
      aiSince: '',
    },
  };
}
