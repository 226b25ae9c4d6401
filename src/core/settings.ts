import { InvalidInputError } from './errors';
import { givenValue } from './given-value';
import type { ExclusionReason } from './week-summary';
import { EXCLUSION_REASONS } from './week-summary';

/** The counting settings a user can change (SPEC §4). */
export interface CountingSettings {
  /** Hours credited per Monday–Friday date of a tagged all-day event. */
  allDayHours: number;
  /**
   * The exclusion rules of SPEC §4.2 that apply. An event that a rule left out counts when
   * its rule is off: a declined meeting then counts as if accepted, an untagged all-day event
   * counts `allDayHours` per working day as untagged time.
   */
  exclusions: readonly ExclusionReason[];
}

export const DEFAULT_COUNTING_SETTINGS: CountingSettings = {
  allDayHours: 7,
  exclusions: EXCLUSION_REASONS,
};

export function checkCountingSettings(settings: CountingSettings): CountingSettings {
  const hours = settings.allDayHours;
  if (typeof hours !== 'number' || !Number.isFinite(hours) || hours < 0 || hours > 24) {
    throw new InvalidInputError({
      fr: `Les heures d’une journée entière doivent être un nombre entre 0 et 24 (reçu : ${givenValue(hours).fr}).`,
      en: `All-day hours must be a number from 0 to 24 (got ${givenValue(hours).en}).`,
    });
  }
  const known = EXCLUSION_REASONS as readonly string[];
  const unknown = settings.exclusions.filter((reason) => !known.includes(reason));
  if (unknown.length > 0) {
    throw new InvalidInputError({
      fr: `Exclusion inconnue : ${unknown.map(String).join(', ')} (attendu : ${EXCLUSION_REASONS.join(', ')}).`,
      en: `Unknown exclusion: ${unknown.map(String).join(', ')} (expected ${EXCLUSION_REASONS.join(', ')}).`,
    });
  }
  return settings;
}
