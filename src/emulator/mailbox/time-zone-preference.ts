import type { EmulatorRequest } from '../http-types';
import { preferences } from '../odata-query';
import { toIanaZone } from '../../core/time-zone';
import type { OutputZone } from './graph-time';
import { UTC_OUTPUT } from './graph-time';

export interface ZonePreference {
  zone: OutputZone;
  /** The `Preference-Applied` entry, when the preference was honoured. */
  applied?: string;
}

/**
 * `Prefer: outlook.timezone="..."` (IANA or Windows name): dateTimes in that zone, with the
 * name echoed in `timeZone`. An unknown zone is ignored and dateTimes stay in UTC.
 */
export function zonePreference(request: EmulatorRequest): ZonePreference {
  const asked = preferences(request).get('outlook.timezone');
  if (asked === undefined || asked.trim() === '') return { zone: UTC_OUTPUT };
  const iana = toIanaZone(asked);
  if (iana === undefined) return { zone: UTC_OUTPUT };
  return { zone: { iana, label: asked }, applied: `outlook.timezone="${asked}"` };
}
