import { createServer } from 'node:net';
import { readWeek } from '../../src/graph/calendar-view';
import { createGraphClient } from '../../src/graph/client';
import { GraphOfflineError, GraphThrottledError } from '../../src/graph/errors';
import type { GraphHarness } from './support/graph-harness';
import { addWeekEvents, startHarness } from './support/graph-harness';

let harness: GraphHarness;
const week = { weekYear: 2026, weekNumber: 13 };
let ids: string[];
beforeAll(async () => {
  harness = await startHarness();
  ids = addWeekEvents(harness.emulator, week, 2500);
});
afterAll(() => harness.emulator.close());
beforeEach(() => {
  harness.emulator.faults.clear();
  harness.resetLog();
});

async function readWholeWeek(): Promise<string[]> {
  const result = await readWeek(harness.graph, { week, timeZone: 'Europe/Paris' });
  return result.events.map((event) => event.id ?? '');
}

const calendarViewRequests = () =>
  harness.roundTrips().filter((request) => request === 'GET /me/calendarView').length;

describe('throttling and dropped connections', () => {
  it('rides out a throttling storm, honouring each Retry-After, with nothing lost or duplicated', async () => {
    const path = '/me/calendarView';
    harness.emulator.faults.add({ path, status: 429, retryAfterSeconds: 0, times: 4 });
    harness.emulator.faults.add({ path, status: 503, retryAfterSeconds: 1, times: 1 });
    harness.emulator.faults.add({ path, status: 504, retryAfterSeconds: 0, times: 1 });

    const read = await readWholeWeek();

    expect(read).toHaveLength(2500);
    expect(new Set(read)).toEqual(new Set(ids));
    // The first page meets the six faults in turn, then 3 pages go through.
    expect(harness.waits).toEqual([0, 0, 0, 0, 1000, 0]);
    expect(calendarViewRequests()).toBe(6 + 3);
  });

  it('retries dropped connections with a growing backoff', async () => {
    harness.emulator.faults.add({ path: '/me/calendarView', drop: true, times: 2 });

    const read = await readWholeWeek();

    expect(read).toHaveLength(2500);
    expect(new Set(read)).toEqual(new Set(ids));
    // No Retry-After on a dropped connection: 10 ms, then twice that.
    expect(harness.waits).toEqual([10, 20]);
    expect(calendarViewRequests()).toBe(2 + 3);
  });

  it('survives faults on later pages: a page retried is neither lost nor read twice', async () => {
    const path = '/me/calendarView';
    harness.emulator.faults.add({ path, drop: true, skip: 1, times: 1 }); // page 2, first try
    // Page 3, first try: it sees page 1 and page 2's second try (the drop stopped the first).
    harness.emulator.faults.add({ path, status: 503, retryAfterSeconds: 0, skip: 2, times: 1 });

    const read = await readWholeWeek();

    expect(read).toHaveLength(2500);
    expect(new Set(read)).toEqual(new Set(ids));
    // Page 1; page 2 dropped, then read; page 3 answered 503, then read.
    expect(calendarViewRequests()).toBe(5);
    expect(harness.waits).toEqual([10, 0]);
  });

  it('gives up after the attempts the policy allows, with a typed error', async () => {
    harness.emulator.faults.add({ path: '/me/calendarView', status: 429, retryAfterSeconds: 0 });

    const failure = readWholeWeek();

    await expect(failure).rejects.toBeInstanceOf(GraphThrottledError);
    await expect(failure).rejects.toMatchObject({
      code: 'graph-throttled',
      status: 429,
      retryAfterSeconds: 0,
    });
    expect(calendarViewRequests()).toBe(8);
  });

  it('does not sit through a Retry-After longer than the whole wait budget', async () => {
    harness.emulator.faults.add({ path: '/me/calendarView', status: 429, retryAfterSeconds: 600 });

    const failure = readWholeWeek();

    await expect(failure).rejects.toMatchObject({ status: 429, retryAfterSeconds: 600 });
    await expect(failure).rejects.toThrow(
      'Microsoft Graph is busy or throttling requests (429) while reading the calendar, even after several retries. Try again in 10 min.',
    );
    expect(harness.waits).toEqual([]);
    expect(calendarViewRequests()).toBe(1);
  });

  it('says the network is down when nothing answers, after three tries rather than eight', async () => {
    const closedPort = await new Promise<number>((resolve) => {
      const server = createServer();
      server.listen(0, '127.0.0.1', () => {
        const { port } = server.address() as { port: number };
        server.close(() => resolve(port));
      });
    });
    const waits: number[] = [];
    const graph = createGraphClient({
      tokenProvider: { getAccessToken: async () => harness.emulator.token },
      baseUrl: `https://127.0.0.1:${closedPort}`,
      // The default eight tries, which a throttled or dropped request would get.
      retry: { initialBackoffMs: 1, sleep: async (ms) => void waits.push(ms) },
    });

    const failure = readWeek(graph, { week, timeZone: 'Europe/Paris' });

    await expect(failure).rejects.toBeInstanceOf(GraphOfflineError);
    await expect(failure).rejects.toMatchObject({ code: 'graph-offline', reason: 'unreachable' });
    await expect(failure).rejects.toThrow(
      `Could not reach https://127.0.0.1:${closedPort} while reading the calendar: check the network connection, then try again.`,
    );
    expect(waits).toEqual([1, 2]);
  });
});
