import { outlookHostFacts } from '../../src/office/outlook/host-facts';
import { appointment, fakeOutlook, install } from './support/fake-outlook';

/**
 * Outlook answering each call of `method` after the next of its latencies (ms), on a clock
 * the adapter reads: the round trip it measures is that latency.
 */
function outlookAnswering(latencies: Record<string, number[]>, mode: 'read' | 'compose' = 'read') {
  const fake = fakeOutlook({ hostName: 'OutlookWebApp' });
  const meeting = appointment();
  fake.open(meeting, mode);
  install(fake);
  let clock = 1_000;
  fake.beforeCall = (method) => {
    clock += latencies[method]?.shift() ?? 0;
  };
  return { meeting, now: () => clock };
}

describe('what the self-test says of the Outlook it runs in', () => {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  it('times each read the Tag view waits for, as the median of three round trips', async () => {
    const outlook = outlookAnswering({
      // The first read says how categories read (a list here); three timed ones follow.
      'categories.getAsync': [4, 40, 10, 25],
      loadCustomPropertiesAsync: [300, 200, 250],
      // Not in a shared folder: an error answer, which is a round trip all the same.
      getSharedPropertiesAsync: [15, 90, 20],
    });

    const facts = await outlookHostFacts(outlook.now);

    expect(facts.categories).toBe('array');
    expect(facts.itemReads).toEqual({
      categories: 25,
      customProperties: 250,
      sharedProperties: 20,
      roundTrips: 3,
    });
  });

  it('times nothing where Outlook refuses to read the categories', async () => {
    const outlook = outlookAnswering({ loadCustomPropertiesAsync: [300, 300, 300] }, 'compose');
    outlook.meeting.faults.set('categories.getAsync', { name: 'GenericResponseError', code: 9020 });

    const facts = await outlookHostFacts(outlook.now);

    expect(facts.categories).toBe('unreadable');
    expect(facts.itemReads).toBeNull();
  });
});
