import { DEFAULT_CATALOG } from '../../src/core/catalog';
import { ensureCatalogCategories } from '../../src/graph/categories';
import { GraphNotFoundError, GraphThrottledError } from '../../src/graph/errors';
import type { EventTagChange } from '../../src/graph/event-tags';
import { readWeek } from '../../src/graph/calendar-view';
import { setEventTask, tagEvents } from '../../src/graph/event-tags';
import type { GraphHarness } from './support/graph-harness';
import { startHarness } from './support/graph-harness';

const WEEK_47 = { weekYear: 2026, weekNumber: 47 };

let harness: GraphHarness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.emulator.close());
beforeEach(() => {
  harness.emulator.faults.clear();
  harness.resetLog();
});

/** `count` meetings on Tuesday 17 November 2026, each with the user's own category "Client". */
function addMeetings(count: number): string[] {
  return Array.from({ length: count }, (_, i) =>
    harness.emulator.mailbox.addEvent({
      subject: `Point ${i}`,
      start: {
        dateTime: `2026-11-17T${String(8 + (i % 10)).padStart(2, '0')}:00:00`,
        timeZone: 'Europe/Paris',
      },
      end: {
        dateTime: `2026-11-17T${String(8 + (i % 10)).padStart(2, '0')}:30:00`,
        timeZone: 'Europe/Paris',
      },
      categories: ['Client', 'Centaure REU'],
    }),
  );
}

/** The number of requests in each `$batch` sent since the log was reset. */
const batchSizes = () =>
  harness.emulator.requests
    .roundTrips()
    .map((request) => (request.body as { requests: unknown[] }).requests.length);
const categoriesOf = (id: string) => harness.emulator.mailbox.find(id)?.data.categories;
const toMail = (ids: readonly string[]): EventTagChange[] =>
  ids.map((eventId) => ({ eventId, categories: ['Client', 'Centaure REU'], taskCode: 'MAIL' }));

describe('Outlook categories of the catalog', () => {
  it('adds the missing ones in one batch, coloured by quadrant, and keeps them afterwards', async () => {
    const first = await ensureCatalogCategories(harness.graph, DEFAULT_CATALOG);

    expect(first.created).toEqual(DEFAULT_CATALOG.map((task) => task.category));
    expect(first.failed).toEqual([]);
    expect(harness.roundTrips()).toEqual(['GET /me/outlook/masterCategories', 'POST /$batch']);
    const colour = (name: string) => harness.emulator.mailbox.findCategory(name)?.color;
    expect(colour('Centaure MGT')).toBe('preset0'); // I+U+ red
    expect(colour('Centaure MAIL')).toBe('preset1'); // I-U+ orange
    expect(colour('Centaure STRAT')).toBe('preset7'); // I+U- blue
    expect(colour('Centaure ADM')).toBe('preset12'); // I-U- grey

    harness.resetLog();
    const second = await ensureCatalogCategories(harness.graph, DEFAULT_CATALOG);

    expect(second).toEqual({
      created: [],
      existing: DEFAULT_CATALOG.map((task) => task.category),
      failed: [],
    });
    expect(harness.roundTrips()).toEqual(['GET /me/outlook/masterCategories']);
  });
});

describe('tagging events', () => {
  it('tags 45 events in 3 batches of at most 20, keeping each event’s own categories', async () => {
    const ids = addMeetings(45);

    const outcomes = await tagEvents(harness.graph, DEFAULT_CATALOG, toMail(ids));

    expect(outcomes.map((o) => o.status)).toEqual(ids.map(() => 'updated'));
    expect(ids.map(categoriesOf)).toEqual(ids.map(() => ['Client', 'Centaure MAIL']));
    expect(harness.roundTrips()).toEqual(['POST /$batch', 'POST /$batch', 'POST /$batch']);
    expect(batchSizes()).toEqual([20, 20, 5]);
  });

  it('tags 20 meetings of one mailbox in one batch with none throttled: at most 4 run at once', async () => {
    const ids = addMeetings(20);

    const outcomes = await tagEvents(harness.graph, DEFAULT_CATALOG, toMail(ids));

    expect(outcomes.map((o) => o.status)).toEqual(ids.map(() => 'updated'));
    expect(batchSizes()).toEqual([20]);
    expect(harness.waits).toEqual([]);
  });

  it('sends again the requests throttled inside a batch and those chained after them, after their Retry-After', async () => {
    const ids = addMeetings(25);
    harness.emulator.faults.add({
      method: 'PATCH',
      path: /\/me\/events\//,
      status: 429,
      retryAfterSeconds: 1,
      times: 3,
    });

    const outcomes = await tagEvents(harness.graph, DEFAULT_CATALOG, toMail(ids));

    expect(outcomes.map((o) => o.status)).toEqual(ids.map(() => 'updated'));
    expect(ids.map(categoriesOf)).toEqual(ids.map(() => ['Client', 'Centaure MAIL']));
    // Batch 1: 20 in 4 dependsOn chains of 5; the 3 throttled are heads of 3 chains, whose 12
    // followers Graph does not run (424). Its retry sends those 15, then batch 2 (5).
    expect(batchSizes()).toEqual([20, 15, 5]);
    expect(harness.waits).toEqual([1000]);
  });

  it('resends a batch whose connection dropped: setting categories twice is harmless', async () => {
    const ids = addMeetings(3);
    harness.emulator.faults.add({ method: 'PATCH', path: /\/me\/events\//, drop: true, times: 1 });

    const outcomes = await tagEvents(harness.graph, DEFAULT_CATALOG, toMail(ids));

    expect(outcomes.map((o) => o.status)).toEqual(['updated', 'updated', 'updated']);
    expect(ids.map(categoriesOf)).toEqual(ids.map(() => ['Client', 'Centaure MAIL']));
    expect(harness.roundTrips()).toEqual(['POST /$batch', 'POST /$batch']);
  });

  it('reports each event’s outcome: a missing event and a throttled-for-good one fail alone', async () => {
    const ids = addMeetings(3);
    harness.emulator.faults.add({
      method: 'PATCH',
      path: `/me/events/${ids[2]}`,
      status: 429,
      retryAfterSeconds: 0,
    });
    const changes: EventTagChange[] = [
      ...toMail(ids),
      { eventId: 'AAMkAGone', categories: [], taskCode: 'MAIL' },
      { eventId: 'AAMkAlreadyRight', categories: ['Centaure MAIL'], taskCode: 'MAIL' },
    ];

    const outcomes = await tagEvents(harness.graph, DEFAULT_CATALOG, changes);

    expect(outcomes.map((o) => [o.eventId, o.status])).toEqual([
      [ids[0], 'updated'],
      [ids[1], 'updated'],
      [ids[2], 'failed'],
      ['AAMkAGone', 'failed'],
      ['AAMkAlreadyRight', 'unchanged'],
    ]);
    const errorOf = (index: number) => {
      const outcome = outcomes[index];
      return outcome.status === 'failed' ? outcome.error : undefined;
    };
    expect(errorOf(2)).toBeInstanceOf(GraphThrottledError);
    expect(errorOf(3)).toBeInstanceOf(GraphNotFoundError);
    expect(categoriesOf(ids[2])).toEqual(['Client', 'Centaure REU']);
    // The first batch, then 7 more rounds for the one event that stays throttled.
    expect(harness.roundTrips()).toHaveLength(8);
  });

  // Whether writing one occurrence moves its siblings' etags is not documented (see
  // OccurrenceEtags in the emulator's mailbox): the writer must be right either way.
  it.each(['own', 'series'] as const)(
    'tags the 5 occurrences of a daily series read with their etags (occurrence etags: %s)',
    async (mode) => {
      const mailbox = harness.emulator.mailbox;
      mailbox.occurrenceEtags = mode;
      const subject = `Stand-up ${mode}`;
      mailbox.addEvent({
        subject,
        start: { dateTime: '2026-11-16T09:00:00', timeZone: 'Europe/Paris' },
        end: { dateTime: '2026-11-16T09:15:00', timeZone: 'Europe/Paris' },
        categories: ['Client'],
        recurrence: {
          pattern: { type: 'daily', interval: 1 },
          range: { type: 'numbered', startDate: '2026-11-16', numberOfOccurrences: 5 },
        },
      });
      const week = await readWeek(harness.graph, { week: WEEK_47, timeZone: 'Europe/Paris' });
      const occurrences = week.events.filter((event) => event.subject === subject);
      expect(occurrences).toHaveLength(5);

      try {
        const outcomes = await tagEvents(
          harness.graph,
          DEFAULT_CATALOG,
          occurrences.map((event) => ({
            eventId: event.id ?? '',
            categories: event.categories ?? [],
            etag: event['@odata.etag'],
            taskCode: 'MGT',
          })),
        );

        expect(outcomes.map((o) => o.status)).toEqual(occurrences.map(() => 'updated'));
        expect(occurrences.map((event) => categoriesOf(event.id ?? ''))).toEqual(
          occurrences.map(() => ['Client', 'Centaure MGT']),
        );
      } finally {
        mailbox.occurrenceEtags = 'own';
      }
    },
  );

  it('tags one event from its current categories, read first', async () => {
    const [id] = addMeetings(1);
    harness.emulator.mailbox.update(id, (data) => ({
      ...data,
      categories: ['Centaure STRAT', 'Perso'],
    }));
    harness.resetLog();

    const outcome = await setEventTask(harness.graph, DEFAULT_CATALOG, id, 'CRISE');

    expect(outcome).toEqual({
      eventId: id,
      status: 'updated',
      categories: ['Centaure CRISE', 'Perso'],
    });
    expect(categoriesOf(id)).toEqual(['Centaure CRISE', 'Perso']);
    // Ids are percent-encoded in the path (Outlook ids end in "=").
    const path = `/me/events/${encodeURIComponent(id)}`;
    expect(harness.roundTrips()).toEqual([`GET ${path}`, `PATCH ${path}`]);

    harness.resetLog();
    const removed = await setEventTask(harness.graph, DEFAULT_CATALOG, id, null);

    expect(removed.status).toBe('updated');
    expect(categoriesOf(id)).toEqual(['Perso']);
  });

  it('never drops a category added in Outlook after the week was read: the write waits on If-Match', async () => {
    const [id] = addMeetings(1);
    const read = await readWeek(harness.graph, { week: WEEK_47, timeZone: 'Europe/Paris' });
    const etag = read.events.find((e) => e.id === id)?.['@odata.etag'];
    expect(etag).toEqual(expect.any(String));
    // Meanwhile, in Outlook, the user flags the meeting.
    harness.emulator.mailbox.update(id, (data) => ({
      ...data,
      categories: [...(data.categories ?? []), 'Urgent'],
    }));
    const reread = await readWeek(harness.graph, { week: WEEK_47, timeZone: 'Europe/Paris' });
    const etagNow = reread.events.find((e) => e.id === id)?.['@odata.etag'];
    expect(etagNow).not.toBe(etag);
    harness.resetLog();

    const [outcome] = await tagEvents(harness.graph, DEFAULT_CATALOG, [
      { eventId: id, categories: ['Client', 'Centaure REU'], etag, taskCode: 'MAIL' },
    ]);

    expect(outcome).toEqual({
      eventId: id,
      status: 'updated',
      categories: ['Client', 'Centaure MAIL', 'Urgent'],
    });
    expect(categoriesOf(id)).toEqual(['Client', 'Centaure MAIL', 'Urgent']);
    // The stale write (412), the read of what the event holds now, the write on that.
    const sent = harness.emulator.requests
      .roundTrips()
      .map(
        (request) =>
          (request.body as { requests: { method: string; headers?: Record<string, string> }[] })
            .requests[0],
      );
    expect(sent.map((r) => r.method)).toEqual(['PATCH', 'GET', 'PATCH']);
    expect(sent[0].headers?.['If-Match']).toBe(etag);
    expect(sent[2].headers?.['If-Match']).toBe(etagNow);
  });

  it('tags one event with If-Match on the etag it just read', async () => {
    const [id] = addMeetings(1);
    const read = await readWeek(harness.graph, { week: WEEK_47, timeZone: 'Europe/Paris' });
    const etag = read.events.find((e) => e.id === id)?.['@odata.etag'];
    harness.resetLog();
    await setEventTask(harness.graph, DEFAULT_CATALOG, id, 'VEIL');
    const [, patch] = harness.emulator.requests.roundTrips();
    expect(patch.method).toBe('PATCH');
    expect(patch.headers['if-match']).toBe(etag);
    expect(categoriesOf(id)).toEqual(['Client', 'Centaure VEIL']);
  });
});
