import { graphFetch } from './support/graph-fetch';
import { useEmulator } from './support/use-emulator';

const emulator = useEmulator();

interface WireItem {
  id: string;
  name: string;
  eTag: string;
  cTag: string;
  size: number;
  parentReference: { driveId: string; id: string; path?: string };
  '@microsoft.graph.downloadUrl'?: string;
}

const item = (body: unknown) => body as WireItem;

describe('OneDrive items', () => {
  it('reads an item by path (with or without the closing colon) and by id', async () => {
    emulator().drive.putFile('/Centaure/Centaure.xlsx', 'v1');
    const byPath = item(
      (await graphFetch(emulator(), '/v1.0/me/drive/root:/Centaure/Centaure.xlsx:')).body,
    );
    const noColon = item(
      (await graphFetch(emulator(), '/v1.0/me/drive/root:/Centaure/Centaure.xlsx')).body,
    );
    const byId = item((await graphFetch(emulator(), `/v1.0/me/drive/items/${byPath.id}`)).body);
    expect([noColon.id, byId.id]).toEqual([byPath.id, byPath.id]);
    expect(byPath).toMatchObject({
      name: 'Centaure.xlsx',
      size: 2,
      parentReference: { path: '/drive/root:/Centaure' },
    });
    const byDrive = await graphFetch(
      emulator(),
      `/v1.0/drives/${byPath.parentReference.driveId}/items/${byPath.id}`,
    );
    expect(item(byDrive.body).id).toBe(byPath.id);
    const otherDrive = await graphFetch(
      emulator(),
      `/v1.0/drives/b!someone-else/items/${byPath.id}`,
    );
    expect(otherDrive.status).toBe(404);
  });

  it('answers a content download with a 302 to a pre-authenticated URL that serves the bytes without a token', async () => {
    emulator().drive.putFile('/Docs/notes.txt', 'bonjour');
    const redirect = await graphFetch(emulator(), '/v1.0/me/drive/root:/Docs/notes.txt:/content');
    expect(redirect.status).toBe(302);
    const location = redirect.headers.get('location') as string;
    const download = await fetch(location);
    expect(await download.text()).toBe('bonjour');
  });

  it('creates a file by path with PUT (201, folders included), then replaces it in place (200) with new eTag and cTag', async () => {
    const created = await graphFetch(
      emulator(),
      '/v1.0/me/drive/root:/Suivi/2026/Centaure.xlsx:/content',
      { method: 'PUT', body: Buffer.from('first') },
    );
    expect(created.status).toBe(201);
    const replaced = await graphFetch(
      emulator(),
      '/v1.0/me/drive/root:/Suivi/2026/Centaure.xlsx:/content',
      { method: 'PUT', body: Buffer.from('second') },
    );
    expect(replaced.status).toBe(200);
    expect(item(replaced.body).id).toBe(item(created.body).id);
    expect(item(replaced.body).eTag).not.toBe(item(created.body).eTag);
    expect(item(replaced.body).cTag).not.toBe(item(created.body).cTag);
    expect(emulator().drive.getFile('/Suivi/2026/Centaure.xlsx')?.toString()).toBe('second');
  });

  it('answers 412 resourceModified when If-Match is stale, and accepts the current eTag or cTag', async () => {
    const file = emulator().drive.putFile('/Locking/book.xlsx', 'v1');
    const path = `/v1.0/me/drive/items/${file.id}/content`;
    const before = item((await graphFetch(emulator(), `/v1.0/me/drive/items/${file.id}`)).body);
    emulator().drive.putFile('/Locking/book.xlsx', 'changed by someone else');
    const stale = await graphFetch(emulator(), path, {
      method: 'PUT',
      headers: { 'If-Match': before.eTag },
      body: Buffer.from('mine'),
    });
    expect(stale.status).toBe(412);
    expect(stale.body).toMatchObject({ error: { code: 'resourceModified' } });
    const current = item((await graphFetch(emulator(), `/v1.0/me/drive/items/${file.id}`)).body);
    const byETag = await graphFetch(emulator(), path, {
      method: 'PUT',
      headers: { 'If-Match': current.eTag },
      body: Buffer.from('mine'),
    });
    expect(byETag.status).toBe(200);
    const byCTag = await graphFetch(emulator(), path, {
      method: 'PUT',
      headers: { 'If-Match': item(byETag.body).cTag },
      body: Buffer.from('mine again'),
    });
    expect(byCTag.status).toBe(200);
  });

  it('honours @microsoft.graph.conflictBehavior: fail → 409 nameAlreadyExists, rename → a free name', async () => {
    emulator().drive.putFile('/Conflicts/Report.xlsx', 'original');
    const fail = await graphFetch(
      emulator(),
      '/v1.0/me/drive/root:/Conflicts/Report.xlsx:/content?@microsoft.graph.conflictBehavior=fail',
      { method: 'PUT', body: Buffer.from('x') },
    );
    expect(fail.status).toBe(409);
    expect(fail.body).toMatchObject({ error: { code: 'nameAlreadyExists' } });
    const rename = await graphFetch(
      emulator(),
      '/v1.0/me/drive/root:/Conflicts/Report.xlsx:/content?@microsoft.graph.conflictBehavior=rename',
      { method: 'PUT', body: Buffer.from('x') },
    );
    expect(rename.status).toBe(201);
    expect(item(rename.body).name).toBe('Report 1.xlsx');
    expect(emulator().drive.getFile('/Conflicts/Report.xlsx')?.toString()).toBe('original');
  });

  it('creates folders with POST children: 201, then 409 for the same name, or a new name with rename', async () => {
    const children = '/v1.0/me/drive/root/children';
    const first = await graphFetch(emulator(), children, {
      method: 'POST',
      body: { name: 'Archives', folder: {} },
    });
    expect(first.status).toBe(201);
    const again = await graphFetch(emulator(), children, {
      method: 'POST',
      body: { name: 'archives', folder: {}, '@microsoft.graph.conflictBehavior': 'fail' },
    });
    expect(again.status).toBe(409);
    const renamed = await graphFetch(emulator(), children, {
      method: 'POST',
      body: { name: 'Archives', folder: {}, '@microsoft.graph.conflictBehavior': 'rename' },
    });
    expect(item(renamed.body).name).toBe('Archives 1');
    const listing = await graphFetch(emulator(), children);
    const names = (listing.body as { value: WireItem[] }).value.map((child) => child.name);
    expect(names).toEqual(expect.arrayContaining(['Archives', 'Archives 1']));
  });

  it('answers 423 to writes on a locked item ("open in Excel") and still serves reads', async () => {
    emulator().drive.putFile('/Open/Centaure.xlsx', 'in use');
    emulator().drive.lock('/Open/Centaure.xlsx');
    const write = await graphFetch(emulator(), '/v1.0/me/drive/root:/Open/Centaure.xlsx:/content', {
      method: 'PUT',
      body: Buffer.from('x'),
    });
    expect(write.status).toBe(423);
    expect(write.body).toMatchObject({ error: { code: 'resourceLocked' } });
    expect((await graphFetch(emulator(), '/v1.0/me/drive/root:/Open/Centaure.xlsx:')).status).toBe(
      200,
    );
    emulator().drive.unlock('/Open/Centaure.xlsx');
    expect(
      (
        await graphFetch(emulator(), '/v1.0/me/drive/root:/Open/Centaure.xlsx:/content', {
          method: 'PUT',
          body: Buffer.from('x'),
        })
      ).status,
    ).toBe(200);
  });
});

describe('upload sessions', () => {
  const FRAGMENT = 320 * 1024;

  async function openSession(
    path: string,
    body: unknown = {},
    headers: Record<string, string> = {},
  ) {
    return graphFetch(emulator(), `/v1.0/me/drive/root:${path}:/createUploadSession`, {
      method: 'POST',
      body,
      headers,
    });
  }

  function put(uploadUrl: string, bytes: Buffer, start: number, total: number) {
    return graphFetch(emulator(), uploadUrl, {
      method: 'PUT',
      token: null,
      headers: { 'Content-Range': `bytes ${start}-${start + bytes.length - 1}/${total}` },
      body: bytes,
    });
  }

  it('takes a file in fragments of 320 KiB: 202 with nextExpectedRanges, then 201 with the item', async () => {
    const content = Buffer.alloc(2 * FRAGMENT + 1000, 7);
    const session = await openSession('/Big/export.bin');
    expect(session.status).toBe(200);
    const { uploadUrl } = session.body as { uploadUrl: string };
    const first = await put(uploadUrl, content.subarray(0, FRAGMENT), 0, content.length);
    expect([
      first.status,
      (first.body as { nextExpectedRanges: string[] }).nextExpectedRanges,
    ]).toEqual([202, ['327680-']]);
    const second = await put(
      uploadUrl,
      content.subarray(FRAGMENT, 2 * FRAGMENT),
      FRAGMENT,
      content.length,
    );
    expect((second.body as { nextExpectedRanges: string[] }).nextExpectedRanges).toEqual([
      '655360-',
    ]);
    const last = await put(uploadUrl, content.subarray(2 * FRAGMENT), 2 * FRAGMENT, content.length);
    expect(last.status).toBe(201);
    expect(item(last.body)).toMatchObject({ name: 'export.bin', size: 656360 });
    expect(emulator().drive.getFile('/Big/export.bin')?.equals(content)).toBe(true);
  });

  it('refuses a fragment out of order (416) and a middle fragment that is not a multiple of 320 KiB (400)', async () => {
    const { uploadUrl } = (await openSession('/Big/out-of-order.bin')).body as {
      uploadUrl: string;
    };
    expect((await put(uploadUrl, Buffer.alloc(10), FRAGMENT, FRAGMENT + 10)).status).toBe(416);
    expect((await put(uploadUrl, Buffer.alloc(1000), 0, 5000)).status).toBe(400);
    const status = await graphFetch(emulator(), uploadUrl, { token: null });
    expect(status.body).toMatchObject({ nextExpectedRanges: ['0-'] });
  });

  it('replaces an existing file only when asked: the default for a new name is fail (409)', async () => {
    emulator().drive.putFile('/Big/existing.xlsx', 'old');
    expect((await openSession('/Big/existing.xlsx')).status).toBe(409);
    const session = await openSession('/Big/existing.xlsx', {
      item: { '@microsoft.graph.conflictBehavior': 'replace' },
    });
    const { uploadUrl } = session.body as { uploadUrl: string };
    const done = await put(uploadUrl, Buffer.from('new'), 0, 3);
    expect(done.status).toBe(200);
    expect(emulator().drive.getFile('/Big/existing.xlsx')?.toString()).toBe('new');
  });

  it('checks If-Match and the lock when the session is created', async () => {
    emulator().drive.putFile('/Big/guarded.xlsx', 'v1');
    const stale = await openSession(
      '/Big/guarded.xlsx',
      { item: { '@microsoft.graph.conflictBehavior': 'replace' } },
      { 'If-Match': '"{00000000-0000-0000-0000-000000000000},1"' },
    );
    expect(stale.status).toBe(412);
    emulator().drive.lock('/Big/guarded.xlsx');
    expect(
      (
        await openSession('/Big/guarded.xlsx', {
          item: { '@microsoft.graph.conflictBehavior': 'replace' },
        })
      ).status,
    ).toBe(423);
  });

  it('cancels a session with DELETE', async () => {
    const { uploadUrl } = (await openSession('/Big/cancelled.bin')).body as { uploadUrl: string };
    expect(
      (await graphFetch(emulator(), uploadUrl, { method: 'DELETE', token: null })).status,
    ).toBe(204);
    expect((await put(uploadUrl, Buffer.from('x'), 0, 1)).status).toBe(404);
  });
});

describe('GET /shares/{shareId}/driveItem', () => {
  const encode = (url: string) => `u!${Buffer.from(url, 'utf8').toString('base64url')}`;

  it('opens an item from its sharing link or its webUrl, encoded as u! + base64url', async () => {
    const file = emulator().drive.putFile('/Equipe/Centaure équipe.xlsx', 'team');
    const link = emulator().drive.share('/Equipe/Centaure équipe.xlsx');
    const shared = await graphFetch(emulator(), `/v1.0/shares/${encode(link)}/driveItem`);
    expect(shared.status).toBe(200);
    expect(item(shared.body)).toMatchObject({ id: file.id, name: 'Centaure équipe.xlsx' });
    const webUrl = item(
      (await graphFetch(emulator(), `/v1.0/me/drive/items/${file.id}`)).body,
    ) as unknown as { webUrl: string };
    expect(
      item((await graphFetch(emulator(), `/v1.0/shares/${encode(webUrl.webUrl)}/driveItem`)).body)
        .id,
    ).toBe(file.id);
  });

  it('answers 404 for an unknown link and 400 for a token that is not u!…', async () => {
    expect(
      (
        await graphFetch(
          emulator(),
          `/v1.0/shares/${encode('https://contoso-my.sharepoint.com/:x:/g/nothing')}/driveItem`,
        )
      ).status,
    ).toBe(404);
    expect((await graphFetch(emulator(), '/v1.0/shares/s!abc/driveItem')).status).toBe(400);
  });
});
