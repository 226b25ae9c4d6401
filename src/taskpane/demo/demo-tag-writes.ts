import {
  CUSTOM_PROPERTIES_EXTENDED_PROPERTY_ID,
  QUADRANT_OVERRIDE_PROPERTY,
} from '../../core/addin';
import { GRAPH_EVENT_FIELDS } from '../../core/calendar-event';
import type { Catalog } from '../../core/catalog';
import { CUSTOM_PROPERTIES_EXPAND } from '../../graph/calendar-view';
import type { GraphClient } from '../../graph/client';
import { setEventTask } from '../../graph/event-tags';
import { callGraph } from '../../graph/graph-call';
import { OPERATIONS } from '../../graph/operations';
import type { CurrentMeeting, MeetingTagChange } from '../../office/current-meeting';
import { meetingFromGraph } from './meeting-from-graph';

/**
 * What Office.js does to the open item in Outlook, done through Graph on the emulator's
 * mailbox: the category, then the quadrant override (the add-in's custom property, which
 * Graph sees as one extended property). Answers the meeting as it now is.
 */
export async function writeDemoTag(
  graph: GraphClient,
  catalog: Catalog,
  meeting: CurrentMeeting,
  change: MeetingTagChange,
  userMail: string,
): Promise<CurrentMeeting> {
  const target =
    change.target === 'series' && meeting.seriesId !== null ? meeting.seriesId : meeting.key;
  await setEventTask(graph, catalog, target, change.taskCode);
  const path = `/me/events/${encodeURIComponent(meeting.key)}`;
  if (change.quadrantOverride !== undefined) {
    const value =
      change.quadrantOverride === null
        ? {}
        : { [QUADRANT_OVERRIDE_PROPERTY]: change.quadrantOverride };
    await callGraph(graph, OPERATIONS.tagEvents, 'PATCH /me/events/{id}', () =>
      graph.api.api(path).patch({
        singleValueExtendedProperties: [
          { id: CUSTOM_PROPERTIES_EXTENDED_PROPERTY_ID, value: JSON.stringify(value) },
        ],
      }),
    );
  }
  const fresh = await callGraph(
    graph,
    OPERATIONS.readEvent,
    'GET /me/events/{id}',
    () =>
      graph.api
        .api(path)
        .query({ $select: GRAPH_EVENT_FIELDS.join(','), $expand: CUSTOM_PROPERTIES_EXPAND })
        .header('Prefer', 'outlook.timezone="UTC"')
        .get() as Promise<unknown>,
  );
  return meetingFromGraph(fresh, userMail);
}
