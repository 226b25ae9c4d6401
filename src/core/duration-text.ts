import type { Language } from './errors';

/** U+2212, the typographic minus: one minus sign in the whole pane (glossary, "minus sign"). */
export const MINUS_SIGN = '\u2212';

// Non-breaking spaces: "1 h 30" never wraps between a figure and its unit at 320 px.
const NBSP = '\u00a0';

/** Whole minutes in a number of hours, as the engine counts (0.92 h is 55 min, 4.92 h is 4 h 55). */
export function hoursToMinutes(hours: number): number {
  // Rounded at the minute: the engine's hours carry two decimals (0.01 h is 36 s), so a
  // duration it rounded (55 min → 0.92 h → 55.2 min) comes back to the minute it was.
  return Math.round(hours * 60);
}

/**
 * A duration as people say it: "1 h 30", "45 min", "2 h" in French; "1 h 30 min", "45 min",
 * "2 h" in English.
 *
 * French writes the minutes after the hours without their unit ("1 h 30", "1 h 05"), as on a
 * timetable. English readers take "1 h 30" for a clock time or a typo, so English keeps the
 * minutes' unit ("1 h 30 min"), the short form English calendars and timesheets print.
 * Below an hour both say "45 min"; whole hours are "2 h"; nothing is "0 min". Negative
 * durations (a difference) take the minus sign U+2212. Spaces are non-breaking.
 */
export function durationText(minutes: number, language: Language): string {
  const whole = Math.round(minutes);
  if (whole < 0) return `${MINUS_SIGN}${durationText(-whole, language)}`;
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  if (hours === 0) return `${rest}${NBSP}min`;
  if (rest === 0) return `${hours}${NBSP}h`;
  if (language === 'fr') return `${hours}${NBSP}h${NBSP}${String(rest).padStart(2, '0')}`;
  return `${hours}${NBSP}h${NBSP}${rest}${NBSP}min`;
}

/** A difference of durations, its sign always shown: "+1 h 30", "−45 min", "0 min". */
export function signedDurationText(minutes: number, language: Language): string {
  const whole = Math.round(minutes);
  return whole > 0 ? `+${durationText(whole, language)}` : durationText(whole, language);
}
