import { dateOutOfRange, isSupportedDate } from './date-range';
import { InvalidInputError } from './errors';
import { nameKey, visibleText } from './visible-text';

export const QUADRANTS = ['I+U+', 'I-U+', 'I+U-', 'I-U-'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

export const AI_POTENTIALS = ['none', 'assist', 'automate'] as const;
export type AiPotential = (typeof AI_POTENTIALS)[number];

export const AI_DECISIONS = ['keep', 'assisted', 'automated'] as const;
export type AiDecision = (typeof AI_DECISIONS)[number];

/** One line of a person's catalog (SPEC §2). */
export interface Task {
  code: string;
  label: { fr: string; en: string };
  quadrant: Quadrant;
  plannedHours: number;
  /** Outlook category that tags an event with this task. */
  category: string;
  aiPotential: AiPotential;
  decision: AiDecision;
  /** Date (YYYY-MM-DD) from which AI helps with this task. */
  aiSince?: string;
}

export type Catalog = readonly Task[];

export const TASK_CODE_PATTERN = /^[A-Z0-9]{2,6}$/;

export function isQuadrant(value: unknown): value is Quadrant {
  return typeof value === 'string' && (QUADRANTS as readonly string[]).includes(value);
}

export function findTask(catalog: Catalog, code: string): Task | undefined {
  return catalog.find((task) => task.code === code);
}

export { DEFAULT_CATALOG } from './default-catalog';

function fail(index: number, fr: string, en: string): never {
  throw new InvalidInputError({
    fr: `Catalogue, tâche n° ${index + 1} : ${fr}`,
    en: `Catalog, task #${index + 1}: ${en}`,
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function requireText(raw: Record<string, unknown>, field: string, index: number): string {
  const value = raw[field];
  if (typeof value !== 'string' || value.trim() === '') {
    fail(
      index,
      `le champ « ${field} » doit être un texte non vide`,
      `"${field}" must be non-empty text`,
    );
  }
  return value.trim();
}

function requireChoice<T extends string>(
  raw: Record<string, unknown>,
  field: string,
  choices: readonly T[],
  fallback: T,
  index: number,
): T {
  const value = raw[field] ?? fallback;
  if (typeof value !== 'string' || !(choices as readonly string[]).includes(value)) {
    const list = choices.join(', ');
    fail(index, `« ${field} » doit valoir ${list}`, `"${field}" must be one of ${list}`);
  }
  return value as T;
}

function parseTask(raw: unknown, index: number): Task {
  if (!isRecord(raw))
    fail(index, 'une tâche doit être un objet JSON', 'a task must be a JSON object');
  const code = requireText(raw, 'code', index);
  if (!TASK_CODE_PATTERN.test(code)) {
    fail(
      index,
      `le code « ${code} » doit faire 2 à 6 caractères A-Z ou 0-9`,
      `code "${code}" must be 2 to 6 characters A-Z or 0-9`,
    );
  }
  const quadrant = raw.quadrant;
  if (!isQuadrant(quadrant)) {
    fail(
      index,
      `quadrant inconnu « ${String(quadrant)} » pour ${code} (attendu : ${QUADRANTS.join(', ')})`,
      `unknown quadrant "${String(quadrant)}" for ${code} (expected ${QUADRANTS.join(', ')})`,
    );
  }
  const planned = raw.plannedHours;
  if (typeof planned !== 'number' || !Number.isFinite(planned) || planned < 0 || planned > 168) {
    fail(
      index,
      `les heures prévues de ${code} doivent être un nombre entre 0 et 168`,
      `planned hours of ${code} must be a number from 0 to 168`,
    );
  }
  const label = raw.label;
  let labels: { fr: string; en: string };
  if (isRecord(label)) {
    labels = { fr: requireText(label, 'fr', index), en: requireText(label, 'en', index) };
  } else if (typeof label === 'string' && label.trim() !== '') {
    labels = { fr: label.trim(), en: label.trim() };
  } else {
    labels = { fr: code, en: code };
  }
  // Kept as the user sees it: the Outlook category Centaure creates is named with it.
  const typed = typeof raw.category === 'string' ? visibleText(raw.category).trim() : '';
  const category = typed !== '' ? typed : code;
  const aiSince = raw.aiSince;
  if (aiSince !== undefined && aiSince !== null) {
    if (
      typeof aiSince !== 'string' ||
      !/^\d{4}-\d{2}-\d{2}$/.test(aiSince) ||
      !isCalendarDate(aiSince)
    ) {
      fail(
        index,
        `« aiSince » de ${code} doit être une date AAAA-MM-JJ`,
        `"aiSince" of ${code} must be a YYYY-MM-DD date`,
      );
    }
    if (!isSupportedDate(aiSince)) {
      const why = dateOutOfRange(aiSince);
      fail(index, `« aiSince » de ${code} : ${why.fr}`, `"aiSince" of ${code}: ${why.en}`);
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
    throw new InvalidInputError({
      fr: 'Le catalogue doit être un tableau JSON de tâches.',
      en: 'The catalog must be a JSON array of tasks.',
    });
  }
  if (raw.length === 0) {
    throw new InvalidInputError({ fr: 'Le catalogue est vide.', en: 'The catalog is empty.' });
  }
  const tasks = raw.map(parseTask);
  const seenCodes = new Set<string>();
  // An event's category is matched against every task's category and code alike (SPEC §4.5),
  // so one name may lead to one task only.
  const owners = new Map<string, string>();
  tasks.forEach((task, index) => {
    if (seenCodes.has(task.code)) {
      fail(index, `le code ${task.code} est en double`, `duplicate code ${task.code}`);
    }
    seenCodes.add(task.code);
    for (const name of [task.code, task.category]) {
      const owner = owners.get(nameKey(name));
      if (owner !== undefined && owner !== task.code) {
        fail(
          index,
          `« ${name} » désigne déjà la tâche ${owner} (son code ou sa catégorie)`,
          `"${name}" already names task ${owner} (its code or category)`,
        );
      }
      owners.set(nameKey(name), task.code);
    }
  });
  return tasks;
}
