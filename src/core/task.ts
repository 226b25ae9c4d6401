/**
 * What a task and a catalog are: the types and the closed lists every catalog reads. Its own
 * file so that the starting catalog (default-catalog.ts) and the rules that check a catalog
 * (catalog.ts) both build on it without importing each other.
 */

export const QUADRANTS = ['I+U+', 'I-U+', 'I+U-', 'I-U-'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

/** Zero for every quadrant: the start of a tally, in hours or minutes alike. */
export function noQuadrantTime(): Record<Quadrant, number> {
  return Object.fromEntries(QUADRANTS.map((q) => [q, 0])) as Record<Quadrant, number>;
}

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
  /** Step 3: how AI could help, in a few words. */
  aiNote?: string;
  /** Step 4: why the decision was taken, in the user's own words (their values, their company's rules). */
  decisionReason?: string;
  /** Date (YYYY-MM-DD) from which AI helps with this task. */
  aiSince?: string;
}

export type Catalog = readonly Task[];
