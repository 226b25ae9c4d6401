import { InvalidInputError } from '../../src/core/errors';
import type { DriveFile } from '../../src/graph/drive';
import { GraphNotFoundError } from '../../src/graph/errors';
import { GraphDriveStore, SIMPLE_UPLOAD_LIMIT } from '../../src/graph/graph-drive-store';
import type { GraphHarness } from './support/graph-harness';
import { startHarness } from './support/graph-harness';

let harness: GraphHarness;
let store: GraphDriveStore;
beforeAll(async () => {
  harness = await startHarness();
  store = new GraphDriveStore(harness.graph);
});
afterAll(() => harness.emulator.close());
beforeEach(() => {
  harness.emulator.faults.clear();
  harness.resetLog();
});

const bytes = (text: string) => new TextEncoder().encode(text);
/** `size` bytes counting 0, 1, … 250, 0, …: every fragment boundary lands on a different value. */
const large = (size: number) => Uint8Array.from({ length: size }, (_, i) => i % 251);

async function saved(outcome: Promise<unknown>): Promise<DriveFile> {
  const result = (await outcome) as { kind: string; file?: DriveFile };
  expect(result.kind).toBe('saved');
  return result.file as DriveFile;
}

describe('the OneDrive store', () => {
  it('finds nothing at a path that does not exist', async () => {
    expect(await store.findByPath('/Centaure/Centaure.xlsx')).toBeNull();
    expect(harness.roundTrips()).toEqual(['GET /me/drive/root:/Centaure/Centaure.xlsx:']);
  });

  it('creates a missing folder once, with its parents, and finds it afterwards', async () => {
    const folder = await store.ensureFolder('/Centaure/Archives');

    expect(folder).toMatchObject({ name: 'Archives', isFolder: true, shared: false });
    expect(harness.roundTrips()).toEqual([
      'GET /me/drive/root:/Centaure/Archives:',
      'GET /me/drive/root:/Centaure:',
      'POST /me/drive/root/children',
      'POST /me/drive/root:/Centaure:/children',
    ]);

    harness.resetLog();
    expect((await store.ensureFolder('/Centaure')).name).toBe('Centaure');
    expect(harness.roundTrips()).toEqual(['GET /me/drive/root:/Centaure:']);
  });

  it('refuses to use a file as a folder', async () => {
    harness.emulator.drive.putFile('/Notes.txt', 'hello');
    await expect(store.ensureFolder('/Notes.txt')).rejects.toBeInstanceOf(InvalidInputError);
  });

  it('creates a file, never over an existing one, and downloads it', async () => {
    const file = await saved(store.createFile('/Centaure/Centaure.xlsx', bytes('v1')));

    expect(file).toMatchObject({
      name: 'Centaure.xlsx',
      size: 2,
      driveId: harness.emulator.drive.id,
    });
    expect(harness.emulator.drive.getFile('/Centaure/Centaure.xlsx')?.toString()).toBe('v1');
    expect(await store.createFile('/Centaure/Centaure.xlsx', bytes('other'))).toEqual({
      kind: 'conflict',
    });
    expect(harness.emulator.drive.getFile('/Centaure/Centaure.xlsx')?.toString()).toBe('v1');

    const found = (await store.findByPath('/Centaure/Centaure.xlsx')) as DriveFile;
    expect(found.eTag).toBe(file.eTag);
    expect(new TextDecoder().decode(await store.download(found))).toBe('v1');
  });

  it('never sends the Graph token to the download and upload URLs, which are on another origin', async () => {
    const small = await saved(store.createFile('/Centaure/Token.xlsx', bytes('small')));
    await saved(store.createFile('/Centaure/TokenBig.xlsx', large(SIMPLE_UPLOAD_LIMIT + 1)));
    await store.download(small);
    const { url: graphOrigin, contentUrl } = harness.emulator;
    expect(contentUrl).not.toBe(graphOrigin);
    const seen = harness.emulator.requests
      .roundTrips()
      .map((r) => [
        r.method,
        r.url.split('?')[0].replace(/\/_upload\/.+/, '/_upload/…'),
        r.origin,
        r.bearer,
      ]);
    expect(seen.map(([method, path]) => `${method} ${path}`)).toEqual([
      'PUT /v1.0/me/drive/root:/Centaure/Token.xlsx:/content',
      'POST /v1.0/me/drive/root:/Centaure/TokenBig.xlsx:/createUploadSession',
      'PUT /_upload/…',
      'PUT /_upload/…',
      `GET /v1.0/drives/${harness.emulator.drive.id}/items/${small.itemId}/content`,
      `GET /_download/${small.itemId}`,
    ]);
    // Graph requests carry the token; the pre-authenticated URLs, on the other origin, never do.
    expect(seen.map(([, , origin, bearer]) => [origin === contentUrl, bearer])).toEqual([
      [false, true],
      [false, true],
      [true, false],
      [true, false],
      [false, true],
      [true, false],
    ]);
  });

  it('replaces a file only while it is the version read: 412 otherwise, and 423 when locked', async () => {
    const path = '/Centaure/Replace.xlsx';
    const v1 = await saved(store.createFile(path, bytes('v1')));

    const v2 = await saved(store.replaceFile(v1, bytes('v2')));
    expect(v2.eTag).not.toBe(v1.eTag);

    expect(await store.replaceFile(v1, bytes('stale'))).toEqual({ kind: 'modified' });
    harness.emulator.drive.lock(path);
    expect(await store.replaceFile(v2, bytes('v3'))).toEqual({ kind: 'locked' });
    harness.emulator.drive.unlock(path);
    expect(harness.emulator.drive.getFile(path)?.toString()).toBe('v2');
  });

  it('uploads a file above 4 MB through an upload session, in 320 KiB-multiple fragments', async () => {
    // 5 MiB = 5,242,880 bytes: one fragment of 3,276,800 (10 × 320 KiB), then 1,966,080.
    const content = large(5 * 1024 * 1024);
    expect(content.byteLength).toBeGreaterThan(SIMPLE_UPLOAD_LIMIT);

    const file = await saved(store.createFile('/Centaure/Big.xlsx', content));

    expect(file.size).toBe(5_242_880);
    expect(harness.emulator.drive.getFile('/Centaure/Big.xlsx')?.equals(content)).toBe(true);
    const fragments = harness.emulator.requests
      .roundTrips()
      .filter((request) => request.method === 'PUT')
      .map((request) => request.headers['content-range']);
    expect(fragments).toEqual(['bytes 0-3276799/5242880', 'bytes 3276800-5242879/5242880']);
    expect(harness.roundTrips()[0]).toBe(
      'POST /me/drive/root:/Centaure/Big.xlsx:/createUploadSession',
    );

    harness.resetLog();
    expect(await store.replaceFile({ ...file, eTag: '"{stale},1"' }, content)).toEqual({
      kind: 'modified',
    });
    const replaced = await saved(store.replaceFile(file, large(4 * 1024 * 1024 + 1)));
    expect(replaced.size).toBe(4_194_305);
  });

  it('opens a workbook shared by a sharing link, and saves it back', async () => {
    harness.emulator.drive.putFile('/Equipe/Equipe.xlsx', 'team v1');
    const link = harness.emulator.drive.share('/Equipe/Equipe.xlsx');

    const shared = await store.resolveSharingLink(link);

    expect(shared).toMatchObject({
      name: 'Equipe.xlsx',
      shared: true,
      driveId: harness.emulator.drive.id,
    });
    expect(new TextDecoder().decode(await store.download(shared))).toBe('team v1');
    const saved2 = await saved(store.replaceFile(shared, bytes('team v2')));
    expect(saved2.shared).toBe(true);
    expect(harness.emulator.drive.getFile('/Equipe/Equipe.xlsx')?.toString()).toBe('team v2');
  });

  it('says so when a sharing link leads nowhere', async () => {
    await expect(
      store.resolveSharingLink('https://contoso-my.sharepoint.com/:x:/g/personal/nobody/nothing'),
    ).rejects.toBeInstanceOf(GraphNotFoundError);
  });
});
