import { CUSTOM_PROPERTIES_EXTENDED_PROPERTY_ID } from '../../src/core/addin';
import { GRAPH_EVENT_FIELDS } from '../../src/core/calendar-event';
import { CALENDAR_PAGE_SIZE, readWeek } from '../../src/graph/calendar-view';
import { summarize } from '../support/summarize';
import type { GraphHarness } from './support/graph-harness';
import { addWeekEvents, startHarness } from './support/graph-harness';

let harness: GraphHarness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.emulator.close());
beforeEach(() => harness.resetLog());

describe('reading a week from Graph', () => {
  // One week per size, so the calendars do not mix: 2026-W10 … W13.
  it.each([
    [50, 10, 1],
    [250, 11, 1],
    [1000, 12, 1],
    [2500, 13, 3],
  ])(
    'reads all %i events of a week in the fewest requests (week %i, %i calendarView pages)',
    async (count, weekNumber, pages) => {
      const week = { weekYear: 2026, weekNumber };
      const ids = addWeekEvents(harness.emulator, week, count);
      harness.resetLog();

      const result = await readWeek(harness.graph, { week });

      expect(result.events.map((event) => event.id).sort()).toEqual([...ids].sort());
      // ceil(count / 1000) pages, plus the mailbox settings because no zone was given.
      expect(pages).toBe(Math.ceil(count / CALENDAR_PAGE_SIZE));
      expect(harness.roundTrips()).toEqual([
        'GET /me/mailboxSettings',
        ...Array.from({ length: pages }, () => 'GET /me/calendarView'),
      ]);
    },
  );

  it('takes the zone from the mailbox, mapping the Windows name Exchange gives', async () => {
    const result = await readWeek(harness.graph, { week: { weekYear: 2026, weekNumber: 47 } });
    expect(harness.emulator.mailbox.timeZone).toBe('Romance Standard Time');
    expect(result.timeZone).toBe('Europe/Paris');
    expect(result.window.iso).toBe('2026-W47');
  });

  it('asks for the week window, the engine fields, the add-in property and times in UTC', async () => {
    const week = { weekYear: 2026, weekNumber: 47 };
    await readWeek(harness.graph, { week, timeZone: 'Europe/Paris' });

    const [request] = harness.emulator.requests.roundTrips();
    expect(harness.roundTrips()).toEqual(['GET /me/calendarView']);
    const query = new URL(request.url, harness.emulator.url).searchParams;
    // Monday 16 November 2026 00:00 in Paris (UTC+1) to the next Monday.
    expect(query.get('startDateTime')).toBe('2026-11-16T00:00:00+01:00');
    expect(query.get('endDateTime')).toBe('2026-11-23T00:00:00+01:00');
    expect(query.get('$select')?.split(',')).toEqual([...GRAPH_EVENT_FIELDS]);
    expect(query.get('$expand')).toBe(
      `singleValueExtendedProperties($filter=id eq '${CUSTOM_PROPERTIES_EXTENDED_PROPERTY_ID}')`,
    );
    expect(query.get('$top')).toBe('1000');
    expect(query.get('$select')).toBe(
      'id,subject,start,end,isAllDay,isCancelled,responseStatus,showAs,sensitivity,categories,organizer,attendees,seriesMasterId',
    );
    expect(request.headers.prefer).toBe('outlook.timezone="UTC"');
  });

  it('reads the quadrant override with the events, with no request per event', async () => {
    const week = { weekYear: 2026, weekNumber: 20 };
    const id = harness.emulator.mailbox.addEvent({
      subject: 'Comité de direction',
      start: { dateTime: '2026-05-12T09:00:00', timeZone: 'Europe/Paris' },
      end: { dateTime: '2026-05-12T10:30:00', timeZone: 'Europe/Paris' },
      categories: ['Centaure STRAT'],
      singleValueExtendedProperties: [
        { id: CUSTOM_PROPERTIES_EXTENDED_PROPERTY_ID, value: '{"quadrant":"I+U+"}' },
      ],
    });
    harness.resetLog();

    const result = await readWeek(harness.graph, { week, timeZone: 'Romance Standard Time' });

    expect(result.timeZone).toBe('Europe/Paris');
    expect(result.events).toHaveLength(1);
    const [event] = result.events;
    expect(event.id).toBe(id);
    // 09:00 in Paris (summer time, UTC+2), asked for in UTC.
    expect(event.start).toEqual({ dateTime: '2026-05-12T07:00:00.0000000', timeZone: 'UTC' });
    // Exchange writes the property set's GUID in lower case; the engine matches either.
    expect(event.singleValueExtendedProperties).toEqual([
      {
        id: 'String {00020329-0000-0000-c000-000000000046} Name cecp-c82467d4-2a51-46fa-bd47-41687ebb5dc1',
        value: '{"quadrant":"I+U+"}',
      },
    ]);
    const summary = summarize(result.events, '2026-W20');
    // STRAT is I+U- in the catalog; the override makes this meeting I+U+ for 1.5 h.
    expect(summary.events).toEqual([
      expect.objectContaining({ id, task: 'STRAT', quadrant: 'I+U+', hours: 1.5 }),
    ]);
    expect(harness.roundTrips()).toEqual(['GET /me/calendarView']);
  });

  it('counts the hour of the autumn change that happens twice in Paris', async () => {
    // Sunday 25 October 2026: 00:30–01:30 UTC is 02:30 summer time to 02:30 winter time.
    // Local times without an offset would make it 0 h; it is one hour of the week.
    const week = { weekYear: 2026, weekNumber: 43 };
    const id = harness.emulator.mailbox.addEvent({
      subject: '[CRISE] Bascule serveur',
      start: { dateTime: '2026-10-25T00:30:00', timeZone: 'UTC' },
      end: { dateTime: '2026-10-25T01:30:00', timeZone: 'UTC' },
    });
    const result = await readWeek(harness.graph, { week, timeZone: 'Europe/Paris' });
    expect(summarize(result.events, '2026-W43').events).toEqual([
      expect.objectContaining({ id, task: 'CRISE', hours: 1 }),
    ]);
  });
});
