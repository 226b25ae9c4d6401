import { jsonBytes } from '../json-bytes';
import { ATTENDEE_BUCKETS } from './features';
import type { TagExample } from './tag-history';

/**
 * A tag history small enough for Outlook's roaming settings, where the event-based handler
 * reads it: one tuple per example, `[code, words, organizer, attendee bucket, series]`, words
 * joined by spaces, empty strings for none.
 */
export type CompactExample = [string, string, string, number, string];

export interface CompactTagHistory {
  readonly v: 1;
  readonly examples: CompactExample[];
}

/** The newest examples that fit in `maxBytes` of JSON, oldest dropped first. */
export function compactTagHistory(
  examples: readonly TagExample[],
  maxBytes: number,
): CompactTagHistory {
  const tuples = examples.map(({ code, features }): CompactExample => [
    code,
    features.words.join(' '),
    features.organizer ?? '',
    ATTENDEE_BUCKETS.indexOf(features.attendees),
    features.seriesId ?? '',
  ]);
  const kept: CompactExample[] = [];
  // The envelope `{"v":1,"examples":[]}` is 22 bytes; each tuple adds its JSON and a comma.
  let size = 22;
  for (let i = tuples.length - 1; i >= 0; i -= 1) {
    const bytes = jsonBytes(tuples[i]) + 1;
    if (size + bytes > maxBytes) break;
    size += bytes;
    kept.unshift(tuples[i]);
  }
  return { v: 1, examples: kept };
}

const isText = (value: unknown): value is string => typeof value === 'string';

/** The examples of a stored compact history; anything unreadable is skipped, never fatal. */
export function expandTagHistory(raw: unknown): TagExample[] {
  const examples = (raw as Partial<CompactTagHistory> | null)?.examples;
  if (!Array.isArray(examples)) return [];
  return examples.flatMap((tuple: unknown): TagExample[] => {
    if (!Array.isArray(tuple) || tuple.length !== 5) return [];
    const [code, words, organizer, bucket, series] = tuple as unknown[];
    const attendees = typeof bucket === 'number' ? ATTENDEE_BUCKETS[bucket] : undefined;
    if (!isText(code) || !isText(words) || !isText(organizer) || !isText(series) || !attendees) {
      return [];
    }
    return [
      {
        code,
        features: {
          words: words === '' ? [] : words.split(' '),
          organizer: organizer === '' ? null : organizer,
          attendees,
          seriesId: series === '' ? null : series,
        },
      },
    ];
  });
}
