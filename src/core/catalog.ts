import { dateOutOfRange, isSupportedDate } from './date-range';
import { InvalidInputError } from './errors';
import { nameKey, visibleText } from './visible-text';
import type { Catalog, Quadrant, Task } from './task';
import { AI_DECISIONS, AI_POTENTIALS, QUADRANTS } from './task';

export type { AiDecision, AiPotential, Catalog, Quadrant, Task } from './task';
export { AI_DECISIONS, AI_POTENTIALS, noQuadrantTime, QUADRANTS } from './task';

/** The longest label, note or reason a task keeps: they show in one row of the pane and the workbook. */
export const TASK_TEXT_MAX = 200;
/** Outlook's own limit on a category name. */
export const CATEGORY_MAX = 255;

/** A field of a task, as the catalog editor names it to put a message next to it. */
export type TaskField =
  | 'task'
  | 'code'
  | 'label.fr'
  | 'label.en'
  | 'quadrant'
  | 'plannedHours'
  | 'category'
  | 'aiPotential'
  | 'decision'
  | 'aiNote'
  | 'decisionReason'
  | 'aiSince';

/** A catalog that breaks a rule, with the task and field at fault. */
export class CatalogError extends InvalidInputError {
  constructor(
    text: { fr: string; en: string },
    /** Position of the task in the catalog, from 0; null for the catalog as a whole. */
    readonly taskIndex: number | null,
    readonly field: TaskField | null,
  ) {
    super(text);
    this.name = 'CatalogError';
  }
}

export const TASK_CODE_PATTERN = /^[A-Z0-9]{2,6}$/;

export function isQuadrant(value: unknown): value is Quadrant {
  return typeof value === 'string' && (QUADRANTS as readonly string[]).includes(value);
}

export function findTask(catalog: Catalog, code: string): Task | undefined {
  return catalog.find((task) => task.code === code);
}

export { DEFAULT_CATALOG } from './default-catalog';

function fail(index: number, field: TaskField, fr: string, en: string): never {
  throw new CatalogError(
    {
      fr: `Catalogue, tâche n° ${index + 1} : ${fr}`,
      en: `Catalog, task #${index + 1}: ${en}`,
    },
    index,
    field,
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function requireText(
  raw: Record<string, unknown>,
  key: string,
  field: TaskField,
  index: number,
): string {
  const value = raw[key];
  if (typeof value !== 'string' || value.trim() === '') {
    fail(
      index,
      field,
      `le champ « ${key} » doit être un texte non vide`,
      `"${key}" must be non-empty text`,
    );
  }
  return limitText(value.trim(), field, index);
}

function limitText(text: string, field: TaskField, index: number, max = TASK_TEXT_MAX): string {
  if (text.length > max) {
    fail(
      index,
      field,
      `« ${field} » fait ${text.length} caractères, ${max} au plus`,
      `"${field}" is ${text.length} characters long, ${max} at most`,
    );
  }
  return text;
}

/** An optional free text: absent, null or blank all mean none. */
function optionalText(
  raw: Record<string, unknown>,
  field: 'aiNote' | 'decisionReason',
  index: number,
): string | undefined {
  const value = raw[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') {
    fail(index, field, `« ${field} » doit être un texte`, `"${field}" must be text`);
  }
  const text = value.trim();
  return text === '' ? undefined : limitText(text, field, index);
}

function requireChoice<T extends string>(
  raw: Record<string, unknown>,
  field: 'aiPotential' | 'decision',
  choices: readonly T[],
  fallback: T,
  index: number,
): T {
  const value = raw[field] ?? fallback;
  if (typeof value !== 'string' || !(choices as readonly string[]).includes(value)) {
    const list = choices.join(', ');
    fail(index, field, `« ${field} » doit valoir ${list}`, `"${field}" must be one of ${list}`);
  }
  return value as T;
}

function parseTask(raw: unknown, index: number): Task {
  if (!isRecord(raw))
    fail(index, 'task', 'une tâche doit être un objet JSON', 'a task must be a JSON object');
  const code = requireText(raw, 'code', 'code', index);
  if (!TASK_CODE_PATTERN.test(code)) {
    fail(
      index,
      'code',
      `le code « ${code} » doit faire 2 à 6 caractères A-Z ou 0-9`,
      `code "${code}" must be 2 to 6 characters A-Z or 0-9`,
    );
  }
  const quadrant = raw.quadrant;
  if (!isQuadrant(quadrant)) {
    fail(
      index,
      'quadrant',
      `quadrant inconnu « ${String(quadrant)} » pour ${code} (attendu : ${QUADRANTS.join(', ')})`,
      `unknown quadrant "${String(quadrant)}" for ${code} (expected ${QUADRANTS.join(', ')})`,
    );
  }
  const planned = raw.plannedHours;
  if (typeof planned !== 'number' || !Number.isFinite(planned) || planned < 0 || planned > 168) {
    fail(
      index,
      'plannedHours',
      `les heures prévues de ${code} doivent être un nombre entre 0 et 168`,
      `planned hours of ${code} must be a number from 0 to 168`,
    );
  }
  const label = raw.label;
  let labels: { fr: string; en: string };
  if (isRecord(label)) {
    labels = {
      fr: requireText(label, 'fr', 'label.fr', index),
      en: requireText(label, 'en', 'label.en', index),
    };
  } else if (typeof label === 'string' && label.trim() !== '') {
    const text = limitText(label.trim(), 'label.fr', index);
    labels = { fr: text, en: text };
  } else {
    labels = { fr: code, en: code };
  }
  // Kept as the user sees it: the Outlook category Centaure creates is named with it.
  const typed = typeof raw.category === 'string' ? visibleText(raw.category).trim() : '';
  const category = typed !== '' ? limitText(typed, 'category', index, CATEGORY_MAX) : code;
  const aiNote = optionalText(raw, 'aiNote', index);
  const decisionReason = optionalText(raw, 'decisionReason', index);
  const aiSince = raw.aiSince;
  if (aiSince !== undefined && aiSince !== null) {
    if (
      typeof aiSince !== 'string' ||
      !/^\d{4}-\d{2}-\d{2}$/.test(aiSince) ||
      !isCalendarDate(aiSince)
    ) {
      fail(
        index,
        'aiSince',
        `« aiSince » de ${code} doit être une date AAAA-MM-JJ`,
        `"aiSince" of ${code} must be a YYYY-MM-DD date`,
      );
    }
    if (!isSupportedDate(aiSince)) {
      const why = dateOutOfRange(aiSince);
      fail(
        index,
        'aiSince',
        `« aiSince » de ${code} : ${why.fr}`,
        `"aiSince" of ${code}: ${why.en}`,
      );
    }
  }
  return {
    code,
    label: labels,
    quadrant,
    plannedHours: planned,
    category,
    aiPotential: requireChoice(raw, 'aiPotential', AI_POTENTIALS, 'none', index),
    decision: requireChoice(raw, 'decision', AI_DECISIONS, 'keep', index),
    ...(aiNote === undefined ? {} : { aiNote }),
    ...(decisionReason === undefined ? {} : { decisionReason }),
    ...(typeof aiSince === 'string' ? { aiSince } : {}),
  };
}

/** A real day of the calendar: `2026-02-30` is not one, whatever `Date.parse` makes of it. */
function isCalendarDate(text: string): boolean {
  const [year, month, day] = text.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** Checks a catalog read from JSON and returns it typed, or throws an {@link InvalidInputError}. */
export function parseCatalog(raw: unknown): Catalog {
  if (!Array.isArray(raw)) {
    throw new CatalogError(
      {
        fr: 'Le catalogue doit être un tableau JSON de tâches.',
        en: 'The catalog must be a JSON array of tasks.',
      },
      null,
      null,
    );
  }
  if (raw.length === 0) {
    throw new CatalogError(
      { fr: 'Le catalogue est vide.', en: 'The catalog is empty.' },
      null,
      null,
    );
  }
  const tasks = raw.map(parseTask);
  const seenCodes = new Set<string>();
  // An event's category is matched against every task's category and code alike (SPEC §4.5),
  // so one name may lead to one task only.
  const owners = new Map<string, string>();
  tasks.forEach((task, index) => {
    if (seenCodes.has(task.code)) {
      fail(index, 'code', `le code ${task.code} est en double`, `duplicate code ${task.code}`);
    }
    seenCodes.add(task.code);
    for (const name of [task.code, task.category]) {
      const owner = owners.get(nameKey(name));
      if (owner !== undefined && owner !== task.code) {
        fail(
          index,
          name === task.code ? 'code' : 'category',
          `« ${name} » désigne déjà la tâche ${owner} (son code ou sa catégorie)`,
          `"${name}" already names task ${owner} (its code or category)`,
        );
      }
      owners.set(nameKey(name), task.code);
    }
  });
  return tasks;
}
