import { IANAZone } from 'luxon';
import { findIana } from 'windows-iana';
import { InvalidInputError } from './errors';

/** Names Exchange uses for UTC that are neither IANA nor in the CLDR Windows table. */
const UTC_ALIASES = new Set(['utc', 'tzone://microsoft/utc', 'coordinated universal time']);

let spellings: Map<string, string> | null = null;

/**
 * The zone as the platform's zone list spells it when only the case differs (`europe/paris`
 * is `Europe/Paris`); any other valid name as given, so `Asia/Kolkata` never turns into the
 * older alias some ICU versions list instead.
 */
function canonicalIana(valid: string): string {
  spellings ??= new Map(
    Intl.supportedValuesOf('timeZone').map((zone) => [zone.toLowerCase(), zone]),
  );
  return spellings.get(valid.toLowerCase()) ?? valid;
}

/**
 * Turns a zone name as Exchange or a user writes it (IANA `Europe/Paris` or Windows
 * `Romance Standard Time`) into a canonical IANA name, or `undefined` when unknown.
 */
export function toIanaZone(name: string): string | undefined {
  const trimmed = name.trim();
  if (trimmed === '') return undefined;
  if (UTC_ALIASES.has(trimmed.toLowerCase())) return 'UTC';
  if (IANAZone.isValidZone(trimmed)) return canonicalIana(trimmed);
  const fromWindows = findIana(trimmed);
  if (fromWindows.length > 0) return fromWindows[0];
  return undefined;
}

/** Like {@link toIanaZone}, but an unknown zone is an {@link InvalidInputError}. */
export function requireIanaZone(name: string): string {
  const zone = toIanaZone(name);
  if (zone === undefined) {
    throw new InvalidInputError({
      fr: `Fuseau horaire inconnu : « ${name} » (nom IANA comme Europe/Paris ou nom Windows comme Romance Standard Time).`,
      en: `Unknown time zone: "${name}" (an IANA name such as Europe/Paris or a Windows name such as Romance Standard Time).`,
    });
  }
  return zone;
}
