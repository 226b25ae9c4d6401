import type { Response, ShowAs } from './calendar-event';

/** `responseStatus.response` values of Graph's `responseType`. */
export const RESPONSES: readonly Response[] = [
  'none',
  'organizer',
  'tentativelyAccepted',
  'accepted',
  'declined',
  'notResponded',
];

/** `showAs` values of Graph's `freeBusyStatus`. */
export const SHOW_AS: readonly ShowAs[] = [
  'free',
  'tentative',
  'busy',
  'oof',
  'workingElsewhere',
  'unknown',
];

export type Sensitivity = 'normal' | 'personal' | 'private' | 'confidential';

/** `sensitivity` values of Graph's `sensitivity` enum. */
export const SENSITIVITIES: readonly Sensitivity[] = [
  'normal',
  'personal',
  'private',
  'confidential',
];

/**
 * The one reading of every Graph enum value the engine looks at: trimmed and compared
 * without case (`Declined`, `PRIVATE` are Graph's `declined`, `private`), else the fallback.
 * Clients and hand edits do not all keep Graph's camelCase, and a privacy rule that missed
 * `Private` would leak a subject.
 */
export function readGraphEnum<T extends string>(
  value: unknown,
  choices: readonly T[],
  fallback: T,
): T {
  if (typeof value !== 'string') return fallback;
  const wanted = value.trim().toLowerCase();
  return choices.find((choice) => choice.toLowerCase() === wanted) ?? fallback;
}
