import type { IsoWeek } from '../../core/week';
import type { CurrentMeetingPort } from '../../office/current-meeting';
import { localZone } from './local-zone';
import { weekOf } from './week-label';

/** The week a view is about, and its zone: the open meeting's week, else this week. */
export async function currentWeek(
  meeting: CurrentMeetingPort,
): Promise<{ week: IsoWeek; timeZone: string }> {
  const open = await meeting.read().catch(() => null);
  return {
    week: weekOf(open?.start ?? null),
    timeZone: localZone(),
  };
}
