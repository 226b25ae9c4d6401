import { CUSTOM_PROPERTIES_EXTENDED_PROPERTY_ID, QUADRANT_OVERRIDE_PROPERTY } from '../core/addin';
import type { Quadrant } from '../core/catalog';
import type { GraphClient } from './client';
import { CUSTOM_PROPERTIES_EXPAND } from './calendar-view';
import { callGraph, isRecord } from './graph-call';
import { OPERATIONS } from './operations';

interface EventWithProperties {
  '@odata.etag'?: unknown;
  singleValueExtendedProperties?: { id?: unknown; value?: unknown }[];
}

/** The add-in's custom properties of an event as Graph holds them (SPEC §4.6), `{}` when none. */
function customProperties(event: EventWithProperties): Record<string, unknown> {
  const wanted = CUSTOM_PROPERTIES_EXTENDED_PROPERTY_ID.toLowerCase();
  const property = (event.singleValueExtendedProperties ?? []).find(
    (p) => typeof p.id === 'string' && p.id.toLowerCase() === wanted,
  );
  if (typeof property?.value !== 'string') return {};
  try {
    const parsed: unknown = JSON.parse(property.value);
    return isRecord(parsed) ? parsed : {};
  } catch {
    return {};
  }
}

/**
 * Sets (or with null clears) the quadrant override of one event through Graph, keeping the
 * add-in's other custom properties: what Office.js `customProperties` does on an open item,
 * for an item that is no longer open. Written with `If-Match` on the etag it was read with.
 */
export async function setQuadrantOverride(
  graph: GraphClient,
  eventId: string,
  quadrant: Quadrant | null,
): Promise<void> {
  const path = `/me/events/${encodeURIComponent(eventId)}`;
  const event = (await callGraph(graph, OPERATIONS.readEvent, 'GET /me/events/{id}', () =>
    graph.api
      .api(path)
      .query({ $select: 'id', $expand: encodeURIComponent(CUSTOM_PROPERTIES_EXPAND) })
      .get(),
  )) as EventWithProperties;
  const properties = customProperties(event);
  if (quadrant === null) delete properties[QUADRANT_OVERRIDE_PROPERTY];
  else properties[QUADRANT_OVERRIDE_PROPERTY] = quadrant;
  const etag = event['@odata.etag'];
  await callGraph(graph, OPERATIONS.tagEvents, 'PATCH /me/events/{id}', () => {
    const request = graph.api.api(path);
    if (typeof etag === 'string') request.header('If-Match', etag);
    return request.patch({
      singleValueExtendedProperties: [
        { id: CUSTOM_PROPERTIES_EXTENDED_PROPERTY_ID, value: JSON.stringify(properties) },
      ],
    });
  });
}
