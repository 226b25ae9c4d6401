import type { Catalog } from '../../../core/catalog';
import type { Language } from '../../../core/errors';
import { readTypedNumber, typedNumber } from '../../../core/typed-number';
import type { TaskDraft } from './task-editor';

export interface Row {
  key: number;
  /** The task's code in the saved catalog; null for a task added since. */
  previousCode: string | null;
  draft: TaskDraft;
}

let nextKey = 1;

/** The catalog's tasks as the editor shows them, numbers written as the user types them. */
export function rowsOf(catalog: Catalog, saved: boolean, language: Language): Row[] {
  return catalog.map((task) => ({
    key: nextKey++,
    previousCode: saved ? task.code : null,
    draft: {
      code: task.code,
      labelFr: task.label.fr,
      labelEn: task.label.en,
      quadrant: task.quadrant,
      plannedHours: typedNumber(task.plannedHours, language),
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
    // A French-only user leaves the English label empty: English shows the French one.
    label: { fr: draft.labelFr, en: draft.labelEn.trim() === '' ? draft.labelFr : draft.labelEn },
    quadrant: draft.quadrant,
    plannedHours: draft.plannedHours.trim() === '' ? null : readTypedNumber(draft.plannedHours),
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
