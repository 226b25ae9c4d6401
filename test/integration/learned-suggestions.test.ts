import type { UseStore } from 'idb-keyval';
import { DEFAULT_CATALOG } from '../../src/core/catalog';
import { parseIsoWeek } from '../../src/core/week';
import type { LearnedHistoryCache } from '../../src/storage/learned-history-cache';
import { IndexedDbLearnedHistoryCache } from '../../src/storage/learned-history-cache';
import { tagExample } from '../../src/core/suggestions';
import { learnedHistory } from '../../src/usecases/learn-from-calendar';
import { learnFromTags } from '../../src/usecases/learned-suggestions';
import type { GraphHarness } from './support/graph-harness';
import { startHarness } from './support/graph-harness';

/**
 * An IndexedDB object store as idb-keyval drives it: requests that succeed on the next turn.
 * (Node has no IndexedDB; the pane's browser tests use the real one.)
 */
function objectStoreStandIn(): { use: UseStore } {
  const data = new Map<unknown, unknown>();
  const request = <T>(result: T) => {
    const pending: { result: T; onsuccess?: () => void; oncomplete?: () => void } = { result };
    setTimeout(() => (pending.onsuccess ?? pending.oncomplete)?.());
    return pending;
  };
  const store = {
    get: (key: unknown) => request(data.get(key)),
    put: (value: unknown, key: unknown) => {
      data.set(key, structuredClone(value));
      return request(undefined);
    },
    get transaction() {
      return request(undefined);
    },
  };
  type ObjectStore = Parameters<Parameters<UseStore>[1]>[0];
  return {
    use: (_mode, work) => Promise.resolve(work(store as unknown as ObjectStore)),
  };
}

let harness: GraphHarness;
beforeAll(async () => {
  harness = await startHarness({ seed: 'demo', week: parseIsoWeek('2026-W47') });
});
afterAll(() => harness.emulator.close());

describe('suggestions that learn, cached in the browser', () => {
  const W47 = parseIsoWeek('2026-W47');
  const idb = objectStoreStandIn();
  const cache: LearnedHistoryCache = new IndexedDbLearnedHistoryCache(idb.use);

  it('read the last 8 weeks once, in one calendarView, then from the cache', async () => {
    harness.resetLog();
    const first = await learnedHistory(
      { graph: harness.graph, cache },
      DEFAULT_CATALOG,
      W47,
      'Europe/Paris',
    );
    expect(harness.roundTrips()).toEqual(['GET /me/calendarView']);
    // The demo mailbox's mail blocks of W40–W46 were tagged MAIL: they are learned.
    expect(first.examples.filter((e) => e.features.words.includes('boite')).length).toBeGreaterThan(
      0,
    );
    expect(first.readThrough).toBe('2026-W47');
    harness.resetLog();
    const again = await learnedHistory(
      { graph: harness.graph, cache },
      DEFAULT_CATALOG,
      W47,
      'Europe/Paris',
    );
    expect(harness.roundTrips()).toEqual([]);
    expect(again).toEqual(first);
  });

  it('keep a tag set in the pane, for the next opening', async () => {
    const before = await learnedHistory(
      { graph: harness.graph, cache },
      DEFAULT_CATALOG,
      W47,
      'Europe/Paris',
    );
    const event = {
      subject: 'Salon Vivatech',
      organizer: null,
      attendeeCount: 0,
      seriesMasterId: null,
    };
    await learnFromTags(cache, DEFAULT_CATALOG, [], [tagExample(event, 'VEIL')]);
    const after = await learnedHistory(
      { graph: harness.graph, cache },
      DEFAULT_CATALOG,
      W47,
      'Europe/Paris',
    );
    expect(after.examples).toHaveLength(before.examples.length + 1);
    expect(after.examples.at(-1)).toEqual({
      code: 'VEIL',
      features: {
        words: ['salon', 'vivatech'],
        organizer: null,
        attendees: 'solo',
        seriesId: null,
      },
    });
  });
});
