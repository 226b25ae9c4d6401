import type { CalendarEvent } from '../calendar-event';
import { withoutSubjectCodePrefix } from '../tag-resolution';
import { foldText } from './fold-text';
import { STOP_WORDS } from './stop-words';

export const ATTENDEE_BUCKETS = ['solo', 'oneToOne', 'small', 'large'] as const;
/** Meeting size, from the number of attendees besides the organizer. */
export type AttendeeBucket = (typeof ATTENDEE_BUCKETS)[number];

/** What the learned model knows of an event. Plain data, so a history can be stored as JSON. */
export interface EventFeatures {
  /** Distinct word keys of the subject (folded, singular, no stop-words, no `[CODE]`). */
  readonly words: readonly string[];
  readonly organizer: string | null;
  readonly attendees: AttendeeBucket;
  readonly seriesId: string | null;
}

export type FeatureSource = Pick<
  CalendarEvent,
  'subject' | 'organizer' | 'attendeeCount' | 'seriesMasterId'
>;

/** A word of a subject: `key` is what the model compares, `surface` how the subject spells it. */
export interface SubjectWord {
  key: string;
  surface: string;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const LETTER = /\p{L}/u;
// A pasted e-mail body as a subject must not make one event cost more than any other.
const MAX_WORDS = 32;

function wordKey(surface: string): string | null {
  const folded = foldText(surface);
  if (folded.length < 2 || !LETTER.test(folded) || STOP_WORDS.has(folded)) return null;
  // French and English plurals mostly add an s: "réunions" and "réunion" are one word.
  return folded.length > 3 && folded.endsWith('s') && !folded.endsWith('ss')
    ? folded.slice(0, -1)
    : folded;
}

/** The distinct meaningful words of a subject, in order of first appearance. */
export function subjectWords(subject: string): SubjectWord[] {
  const words: SubjectWord[] = [];
  const seen = new Set<string>();
  for (const [surface] of withoutSubjectCodePrefix(subject).matchAll(WORD)) {
    const key = wordKey(surface);
    if (key === null || seen.has(key)) continue;
    seen.add(key);
    words.push({ key, surface });
    if (words.length === MAX_WORDS) break;
  }
  return words;
}

export function attendeeBucket(attendeeCount: number): AttendeeBucket {
  if (attendeeCount <= 0) return 'solo';
  if (attendeeCount === 1) return 'oneToOne';
  return attendeeCount <= 5 ? 'small' : 'large';
}

export function extractFeatures(event: FeatureSource): EventFeatures {
  const organizer = event.organizer?.trim().toLowerCase() ?? '';
  return {
    words: subjectWords(event.subject).map((word) => word.key),
    organizer: organizer === '' ? null : organizer,
    attendees: attendeeBucket(event.attendeeCount),
    seriesId: event.seriesMasterId,
  };
}
