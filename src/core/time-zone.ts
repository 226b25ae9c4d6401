import { IANAZone } from 'luxon';
import { WINDOWS_TO_IANA_MAP } from 'windows-iana';
import { InvalidInputError } from './errors';

/** Names Exchange uses for UTC that are neither IANA nor in the CLDR Windows table. */
const UTC_ALIASES = new Set(['utc', 'tzone://microsoft/utc', 'coordinated universal time']);

let spellings: Map<string, string> | null = null;
let windowsZones: Map<string, string> | null = null;

/**
 * The IANA zone of a Windows zone name in any case (`romance standard time`), as IANA names
 * are read: the CLDR table's "001" territory line is the zone's principal city.
 */
function fromWindowsName(name: string): string | undefined {
  if (windowsZones === null) {
    windowsZones = new Map();
    for (const { windowsName, territory, iana } of WINDOWS_TO_IANA_MAP) {
      const key = windowsName.toLowerCase();
      if (territory === '001' || !windowsZones.has(key)) windowsZones.set(key, iana[0]);
    }
  }
  return windowsZones.get(name.toLowerCase());
}

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
  // Checking a name makes an Intl.DateTimeFormat (luxon's isValidZone), about a millisecond;
  // a week reads the same few zones on every event, so each name is checked once. The cache
  // is emptied past a bound, so hostile data with endless zone names cannot grow it.
  if (resolvedZones.has(name)) return resolvedZones.get(name);
  if (resolvedZones.size >= MAX_RESOLVED_ZONES) resolvedZones.clear();
  const zone = resolveZone(name);
  resolvedZones.set(name, zone);
  return zone;
}

const MAX_RESOLVED_ZONES = 256;
const resolvedZones = new Map<string, string | undefined>();

function resolveZone(name: string): string | undefined {
  const trimmed = name.trim();
  if (trimmed === '') return undefined;
  if (UTC_ALIASES.has(trimmed.toLowerCase())) return 'UTC';
  if (IANAZone.isValidZone(trimmed)) return canonicalIana(trimmed);
  return fromWindowsName(trimmed);
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
