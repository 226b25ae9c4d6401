import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { readWeek } from '../../src/graph/calendar-view';
import type { GraphLimits } from '../../src/graph/limits';
import { GraphLimitError, GraphOfflineError } from '../../src/graph/errors';
import { OPERATIONS } from '../../src/graph/operations';
import { readAllPages } from '../../src/graph/pages';
import { failureOf } from '../support/failure';
import type { GraphHarness } from './support/graph-harness';
import { addWeekEvents, startHarness } from './support/graph-harness';

// Every outside call is bounded: a request by a timeout (headers and body alike), an
// operation by a deadline, a collection by a number of pages and items, an answer by a size.
// The bounds are made small here so that the tests never wait long; what is asserted is
// which bound stopped the call and what the user is told, never how long it took.

let harness: GraphHarness;
const week = { weekYear: 2026, weekNumber: 13 };
beforeAll(async () => {
  harness = await startHarness();
  addWeekEvents(harness.emulator, week, 30);
});
afterAll(() => harness.emulator.close());
beforeEach(() => {
  harness.emulator.faults.clear();
  harness.resetLog();
});

const CALENDAR = '/me/calendarView';
const read = (limits: Partial<GraphLimits>, maxAttempts = 8) =>
  readWeek(harness.client({ limits, retry: { maxAttempts } }), { week, timeZone: 'Europe/Paris' });

describe('a request that gets no answer', () => {
  it('times out, and the retry gets the week', async () => {
    harness.emulator.faults.add({ path: CALENDAR, hang: true, times: 1 });

    // Long enough for the retry's own exchange on a busy machine, short for the hung one.
    const result = await read({ requestTimeoutMs: 1_000 });

    expect(result.events).toHaveLength(30);
    expect(harness.roundTrips().filter((r) => r === `GET ${CALENDAR}`)).toHaveLength(2);
  });

  it('stalled in the middle of its body times out too, and says so', async () => {
    harness.emulator.faults.add({ path: CALENDAR, stallAfterBytes: 40 });

    const error = await failureOf(read({ requestTimeoutMs: 200 }, 1));

    expect(error).toBeInstanceOf(GraphLimitError);
    expect(error.code).toBe('graph-timeout');
    expect(error.in('en')).toBe(
      `No complete answer from ${harness.emulator.url} within 0.2 s while reading the calendar (GET /me/calendarView): try again later.`,
    );
    expect(error.in('fr')).toBe(
      `Pas de réponse complète de ${harness.emulator.url} en 0,2 s pendant la lecture du calendrier (GET /me/calendarView) : réessayez plus tard.`,
    );
  });

  it('never answering at all, stops at the operation’s deadline, retries included', async () => {
    harness.emulator.faults.add({ path: CALENDAR, hang: true });

    // One silent exchange of 0.3 s, then the deadline cuts the next one short (two silent
    // exchanges in a row would stop it first otherwise).
    const error = await failureOf(read({ requestTimeoutMs: 300, operationDeadlineMs: 500 }));

    expect(error).toBeInstanceOf(GraphLimitError);
    expect(error.code).toBe('graph-deadline');
    expect(error.in('en')).toBe(
      'Reading the calendar did not finish within 0.5 s, retries included (GET /me/calendarView): stopped; try again later.',
    );
    expect(error.in('fr')).toBe(
      'La lecture du calendrier n’a pas abouti en 0,5 s, nouvelles tentatives comprises (GET /me/calendarView) : arrêt ; réessayez plus tard.',
    );
  });
});

describe('collections and answers are read within bounds', () => {
  /** A collection whose every page links to a new one: `size` items a page, forever. */
  function endlessCollection(size: number) {
    harness.emulator.addRoute('GET', '/v1.0/me/endless', (request) => {
      const page = Number(request.query.get('page') ?? '0');
      return {
        status: 200,
        body: {
          value: Array.from({ length: size }, (_, i) => ({ id: `p${page}-${i}` })),
          '@odata.nextLink': `${request.baseUrl}/v1.0/me/endless?page=${page + 1}`,
        },
      };
    });
  }

  it('an endless chain of next links stops at the page bound', async () => {
    endlessCollection(1);
    const graph = harness.client({ limits: { maxPages: 5 } });

    const error = await failureOf(
      readAllPages(graph, OPERATIONS.readCalendar, { path: '/me/endless' }),
    );

    expect(error).toBeInstanceOf(GraphLimitError);
    expect(error.in('en')).toBe(
      'Reading the calendar stopped after 5 pages (GET /me/endless): more than this read should ever need, the server keeps sending next pages.',
    );
    expect(harness.roundTrips()).toHaveLength(5);
  });

  it('so does a collection with more items than a week can hold', async () => {
    endlessCollection(3);
    const graph = harness.client({ limits: { maxItems: 7 } });

    const error = await failureOf(
      readAllPages(graph, OPERATIONS.readCalendar, { path: '/me/endless' }),
    );

    expect(error.in('en')).toBe(
      'Reading the calendar stopped after 7 items (GET /me/endless): more than this read should ever need, the server keeps sending next pages.',
    );
    // Pages of 3: the third page takes it past 7.
    expect(harness.roundTrips()).toHaveLength(3);
  });

  it('an answer larger than the cap is not read to its end', async () => {
    harness.emulator.addRoute('GET', '/v1.0/me/huge', () => ({
      status: 200,
      body: { value: [{ id: 'x', subject: 'x'.repeat(300_000) }] },
    }));
    const graph = harness.client({ limits: { maxResponseBytes: 100_000 } });

    const error = await failureOf(
      readAllPages(graph, OPERATIONS.readCalendar, { path: '/me/huge' }),
    );

    expect(error).toBeInstanceOf(GraphLimitError);
    expect(error.in('en')).toBe(
      'The answer to GET /me/huge while reading the calendar is larger than 0.1 MB: stopped reading it.',
    );
    expect(harness.roundTrips()).toHaveLength(1);
  });

  it('a next link whose host cannot be reached is reported with that host', async () => {
    const closedPort = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address() as AddressInfo;
        server.close(() => resolve(port));
      });
    });
    const elsewhere = `https://127.0.0.1:${closedPort}`;
    harness.emulator.addRoute('GET', '/v1.0/me/elsewhere', () => ({
      status: 200,
      body: { value: [], '@odata.nextLink': `${elsewhere}/v1.0/me/elsewhere?page=2` },
    }));

    const error = await failureOf(
      readAllPages(harness.graph, OPERATIONS.readCalendar, { path: '/me/elsewhere' }),
    );

    expect(error).toBeInstanceOf(GraphOfflineError);
    expect(error.in('en')).toBe(
      `Could not reach ${elsewhere} while reading the calendar: check the network connection, then try again.`,
    );
  });

  it('a next link on a port HTTP clients refuse is reported at once, not retried', async () => {
    harness.emulator.addRoute('GET', '/v1.0/me/badport', () => ({
      status: 200,
      body: { value: [], '@odata.nextLink': 'https://127.0.0.1:6000/v1.0/me/badport?page=2' },
    }));

    const error = await failureOf(
      readAllPages(harness.graph, OPERATIONS.readCalendar, { path: '/me/badport' }),
    );

    expect(error.in('en')).toBe(
      'Microsoft Graph failed while reading the calendar (200 "@odata.nextLink" is on port 6000, which HTTP clients refuse).',
    );
    expect(harness.roundTrips()).toHaveLength(1);
  });
});

describe('a server that accepts the connection and never answers', () => {
  it('is given up on after two silent exchanges in a row, saying it did not answer', async () => {
    harness.emulator.faults.add({ path: CALENDAR, hang: true });

    // Eight attempts and a minute allowed: only the two silent exchanges are used.
    const error = await failureOf(read({ requestTimeoutMs: 200, operationDeadlineMs: 60_000 }, 8));

    expect(error).toBeInstanceOf(GraphLimitError);
    expect(error.code).toBe('graph-silent');
    expect(error.in('en')).toBe(
      `${harness.emulator.url} accepted the connection but did not answer, twice in a row (0.2 s each), while reading the calendar (GET /me/calendarView): stopped; check the service address or try again later.`,
    );
    expect(error.in('fr')).toBe(
      `${harness.emulator.url} a accepté la connexion mais n’a pas répondu, deux fois de suite (0,2 s chaque fois), pendant la lecture du calendrier (GET /me/calendarView) : arrêt ; vérifiez l’adresse du service ou réessayez plus tard.`,
    );
    expect(harness.roundTrips().filter((r) => r === `GET ${CALENDAR}`)).toHaveLength(2);
  });

  it('a server that answers, however slowly, keeps the longer bound: it is asked again', async () => {
    harness.emulator.faults.add({ path: CALENDAR, stallAfterBytes: 40 });

    const error = await failureOf(read({ requestTimeoutMs: 200, operationDeadlineMs: 60_000 }, 4));

    expect(error.code).toBe('graph-timeout');
    expect(harness.roundTrips().filter((r) => r === `GET ${CALENDAR}`)).toHaveLength(4);
  });

  it('one silent exchange then an answer: the week is read', async () => {
    harness.emulator.faults.add({ path: CALENDAR, hang: true, times: 1 });

    const result = await read({ requestTimeoutMs: 1_000, operationDeadlineMs: 60_000 }, 8);

    expect(result.events).toHaveLength(30);
  });
});
