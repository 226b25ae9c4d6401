import type { Event as GraphEvent } from '@microsoft/microsoft-graph-types';
import { CUSTOM_PROPERTIES_EXTENDED_PROPERTY_ID } from '../../src/core/addin';

let counter = 0;

export interface EventSpec {
  id?: string;
  subject?: string;
  /** Local wall time `YYYY-MM-DDTHH:mm` in `zone`. */
  start: string;
  end: string;
  zone?: string;
  categories?: string[];
  allDay?: boolean;
  cancelled?: boolean;
  response?: 'accepted' | 'declined' | 'organizer' | 'tentativelyAccepted' | 'none';
  showAs?: 'free' | 'busy' | 'tentative' | 'oof';
  sensitivity?: 'normal' | 'private' | 'confidential' | 'personal';
  quadrantOverride?: string;
}

/** A Graph event in wire format, as calendarView returns it. */
export function graphEvent(spec: EventSpec): GraphEvent {
  counter += 1;
  const zone = spec.zone ?? 'Europe/Paris';
  const event: GraphEvent = {
    id: spec.id ?? `evt-${counter}`,
    subject: spec.subject ?? `Event ${counter}`,
    isAllDay: spec.allDay ?? false,
    isCancelled: spec.cancelled ?? false,
    showAs: spec.showAs ?? 'busy',
    sensitivity: spec.sensitivity ?? 'normal',
    categories: spec.categories ?? [],
    responseStatus: { response: spec.response ?? 'organizer' },
    start: { dateTime: `${spec.start}:00.0000000`, timeZone: zone },
    end: { dateTime: `${spec.end}:00.0000000`, timeZone: zone },
  };
  if (spec.quadrantOverride !== undefined) {
    event.singleValueExtendedProperties = [
      {
        id: CUSTOM_PROPERTIES_EXTENDED_PROPERTY_ID,
        value: JSON.stringify({ quadrant: spec.quadrantOverride }),
      },
    ];
  }
  return event;
}
