import { IndexedDbLearnedHistoryCache } from '../../src/storage/learned-history-cache';

// Where the browser refuses IndexedDB (Firefox with cookies blocked, a sandboxed frame), asking
// it to open a database throws at once. The pane asks for the learned history as its page
// starts: a throw there would stop the page's script and leave the pane blank.
describe('the learned history kept in IndexedDB, where the browser refuses IndexedDB', () => {
  const scope = globalThis as { indexedDB?: unknown };
  const before = scope.indexedDB;
  beforeEach(() => {
    scope.indexedDB = {
      open() {
        throw new Error('The operation is insecure.');
      },
    };
  });
  afterEach(() => {
    scope.indexedDB = before;
  });

  it('fails the read, which callers take as no history, instead of throwing', async () => {
    let read: Promise<unknown> | undefined;
    expect(() => {
      read = new IndexedDbLearnedHistoryCache().read();
    }).not.toThrow();
    await expect(read).rejects.toThrow('The operation is insecure.');
  });

  it('fails the write the same way', async () => {
    let write: Promise<void> | undefined;
    expect(() => {
      write = new IndexedDbLearnedHistoryCache().write({ examples: [] });
    }).not.toThrow();
    await expect(write).rejects.toThrow('The operation is insecure.');
  });
});
