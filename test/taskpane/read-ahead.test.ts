import type { LearnedHistoryCache } from '../../src/storage/learned-history-cache';
import { learnedHistoryReadAhead } from '../../src/taskpane/read-ahead';

/** A cache in memory that counts the reads it answered. */
function memoryCache(initial: unknown): LearnedHistoryCache & { reads: number } {
  let value = initial;
  return {
    reads: 0,
    read() {
      this.reads += 1;
      return Promise.resolve(value);
    },
    write(next) {
      value = next;
      return Promise.resolve();
    },
  };
}

describe('the learned history read ahead (asked as the pane starts)', () => {
  it('asks the device once, at once, and gives that answer to the first read', async () => {
    const device = memoryCache({ examples: ['kept'] });
    const cache = learnedHistoryReadAhead(device);
    expect(device.reads).toBe(1);

    await expect(cache.read()).resolves.toEqual({ examples: ['kept'] });
    expect(device.reads).toBe(1);
    // Later reads ask again: the cache may have changed since.
    await expect(cache.read()).resolves.toEqual({ examples: ['kept'] });
    expect(device.reads).toBe(2);
  });

  it('never answers with what it read before a write', async () => {
    const device = memoryCache({ examples: ['before'] });
    const cache = learnedHistoryReadAhead(device);
    await cache.write({ examples: ['learned just now'] });

    await expect(cache.read()).resolves.toEqual({ examples: ['learned just now'] });
  });

  it('gives a failed early read to the first reader, who decides what it means', async () => {
    const failing: LearnedHistoryCache = {
      read: () => Promise.reject(new Error('IndexedDB blocked')),
      write: () => Promise.resolve(),
    };
    const cache = learnedHistoryReadAhead(failing);
    await expect(cache.read()).rejects.toThrow('IndexedDB blocked');
  });
});
