import type { Catalog } from '../catalog';
import type { CalendarEvent } from '../calendar-event';
import { TagResolver } from '../tag-resolution';
import { extractFeatures, type EventFeatures, type FeatureSource } from './features';

/** One past event the user tagged: what the model learns from. */
export interface TagExample {
  readonly features: EventFeatures;
  readonly code: string;
  /**
   * The Graph id of the event, when known: a later tag of the same event replaces this
   * example instead of counting the event twice.
   */
  readonly eventId?: string;
}

export function tagExample(event: FeatureSource, code: string, eventId?: string): TagExample {
  const features = extractFeatures(event);
  return eventId === undefined ? { features, code } : { features, code, eventId };
}

/** The examples to learn from in past events: every event tagged by category or `[CODE]`. */
export function tagHistoryFromEvents(
  events: readonly CalendarEvent[],
  catalog: Catalog,
): TagExample[] {
  const resolver = new TagResolver(catalog);
  return events.flatMap((event) => {
    const tag = resolver.resolve(event);
    return tag === null ? [] : [tagExample(event, tag.task.code, event.id)];
  });
}
