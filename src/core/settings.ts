import { InvalidInputError } from './errors';

/** The counting settings a user can change (SPEC §4). */
export interface CountingSettings {
  /** Hours credited per Monday–Friday date of a tagged all-day event. */
  allDayHours: number;
}

export const DEFAULT_COUNTING_SETTINGS: CountingSettings = { allDayHours: 7 };

export function checkCountingSettings(settings: CountingSettings): CountingSettings {
  const hours = settings.allDayHours;
  if (typeof hours !== 'number' || !Number.isFinite(hours) || hours < 0 || hours > 24) {
    throw new InvalidInputError({
      fr: `Les heures d’une journée entière doivent être un nombre entre 0 et 24 (reçu : ${String(hours)}).`,
      en: `All-day hours must be a number from 0 to 24 (got ${String(hours)}).`,
    });
  }
  return settings;
}
