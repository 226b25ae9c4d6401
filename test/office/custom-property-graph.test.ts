import { CUSTOM_PROPERTIES_EXTENDED_PROPERTY_ID } from '../../src/core/addin';
import { DEFAULT_CATALOG } from '../../src/core/catalog';
import { normalizeGraphEvent } from '../../src/core/normalize-graph-event';
import { readWeek } from '../../src/graph/calendar-view';
import { setQuadrantOverride } from '../../src/graph/custom-properties';
import { setEventTask } from '../../src/graph/event-tags';
import { OutlookMeeting } from '../../src/office/outlook/outlook-meeting';
import type { GraphHarness } from '../integration/support/graph-harness';
import { startHarness } from '../integration/support/graph-harness';
import { appointment, fakeOutlook, install } from './support/fake-outlook';

const WEEK = { weekYear: 2026, weekNumber: 47 };

let harness: GraphHarness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.emulator.close());

function addMeeting(): string {
  return harness.emulator.mailbox.addEvent({
    subject: 'Revue stratégie',
    start: { dateTime: '2026-11-17T09:00:00', timeZone: 'Europe/Paris' },
    end: { dateTime: '2026-11-17T10:00:00', timeZone: 'Europe/Paris' },
    categories: ['Centaure STRAT'],
  });
}

/** The quadrant the engine counts the event in, read from Graph as the weekly pull reads it. */
async function engineQuadrant(id: string): Promise<string | null> {
  const week = await readWeek(harness.graph, { week: WEEK, timeZone: 'Europe/Paris' });
  const index = week.events.findIndex((event) => event.id === id);
  return normalizeGraphEvent(week.events[index], index).quadrantOverride;
}

function adapter() {
  return new OutlookMeeting({
    loadCatalog: async () => DEFAULT_CATALOG,
    taggingGraph: async () => harness.graph,
    ensureCategories: async () => undefined,
    setEventTask,
    setQuadrantOverride,
  });
}

describe('the quadrant override, from Office.js to the weekly count', () => {
  it('is the custom property Exchange exposes to Graph as the extended property the engine reads', async () => {
    const id = addMeeting();
    const outlook = fakeOutlook({ hostName: 'Outlook', masterCategories: ['Centaure STRAT'] });
    // Exchange keeps an add-in's custom properties as one JSON string property (SPEC §4.6).
    outlook.onCustomPropertiesSaved = (state) =>
      harness.emulator.mailbox.update(id, (data) => ({
        ...data,
        singleValueExtendedProperties: [
          {
            id: CUSTOM_PROPERTIES_EXTENDED_PROPERTY_ID,
            value: JSON.stringify(state.customProperties),
          },
        ],
      }));
    install(outlook);
    const state = appointment({ ewsId: id, categories: ['Centaure STRAT'] });
    outlook.open(state, 'read');
    const meetings = adapter();
    const meeting = (await meetings.read())!;

    await meetings.applyTag(meeting, { taskCode: 'STRAT', quadrantOverride: 'I+U+' });
    expect(await engineQuadrant(id)).toBe('I+U+');

    await meetings.applyTag(meeting, { taskCode: 'STRAT', quadrantOverride: null });
    expect(await engineQuadrant(id)).toBeNull();
  });

  it('is written the same way through Graph when the meeting is no longer open', async () => {
    const id = addMeeting();
    const outlook = fakeOutlook({ hostName: 'Outlook', masterCategories: ['Centaure STRAT'] });
    install(outlook);
    outlook.open(appointment({ ewsId: id }), 'read');
    const meetings = adapter();
    const meeting = (await meetings.read())!;
    outlook.open(appointment({ ewsId: 'another' }), 'read');
    // The REST id of an emulator event is its id.
    const mailbox = (outlook.office as { context: { mailbox: Record<string, unknown> } }).context
      .mailbox;
    mailbox.convertToRestId = (ewsId: string) => ewsId;

    await meetings.applyTag(meeting, { taskCode: 'STRAT', quadrantOverride: 'I-U-' });

    expect(await engineQuadrant(id)).toBe('I-U-');
    expect(harness.emulator.mailbox.find(id)?.data.categories).toEqual(['Centaure STRAT']);
  });
});
