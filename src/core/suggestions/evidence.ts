import type { AttendeeBucket } from './features';

/**
 * One reason to believe an event belongs to a task. `strength` (0..1) is how likely the
 * task is on this evidence alone; the suggestion's confidence combines the strengths.
 */
export type Evidence =
  | { source: 'series'; code: string; strength: number; count: number }
  | { source: 'keywords'; code: string; strength: number; keywords: readonly string[] }
  | {
      source: 'words';
      code: string;
      strength: number;
      /** The word key that weighs most for the task, tagged `count` times out of `total`. */
      word: string;
      count: number;
      total: number;
    }
  | { source: 'organizer'; code: string; strength: number; count: number }
  | { source: 'attendees'; code: string; strength: number; bucket: AttendeeBucket; count: number };

export type EvidenceSource = Evidence['source'];

/** Strongest first when strengths tie: the order in which a user would trust them. */
export const EVIDENCE_SOURCES: readonly EvidenceSource[] = [
  'series',
  'keywords',
  'words',
  'organizer',
  'attendees',
];
