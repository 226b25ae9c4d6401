import { parisEvent } from './support/events';
import { graphFetch } from './support/graph-fetch';
import { useEmulator } from './support/use-emulator';

const emulator = useEmulator();
const OVERRIDE =
  'String {00020329-0000-0000-C000-000000000046} Name cecp-c82467d4-2a51-46fa-bd47-41687ebb5dc1';
const OTHER = 'String {00020329-0000-0000-C000-000000000046} Name cecp-another-add-in';

const eventPath = (id: string, query = '') => `/v1.0/me/events/${encodeURIComponent(id)}${query}`;

describe('GET and PATCH /me/events/{id}', () => {
  it('answers 404 ErrorItemNotFound for an unknown id, on GET and PATCH', async () => {
    for (const method of ['GET', 'PATCH']) {
      const reply = await graphFetch(emulator(), eventPath('AAMkAGunknown='), {
        method,
        body: method === 'PATCH' ? { categories: [] } : undefined,
      });
      expect(reply.status).toBe(404);
      expect(reply.body).toMatchObject({ error: { code: 'ErrorItemNotFound' } });
    }
  });

  it('replaces the categories, bumps @odata.etag and changeKey, and keeps the rest', async () => {
    const id = emulator().mailbox.addEvent(
      parisEvent('Revue budget', '2026-11-18', '14:00', '15:00', { categories: ['Blue category'] }),
    );
    const before = (await graphFetch(emulator(), eventPath(id))).body as Record<string, unknown>;
    const patched = await graphFetch(emulator(), eventPath(id), {
      method: 'PATCH',
      body: { categories: ['Centaure ADM', 'Blue category'] },
    });
    expect(patched.status).toBe(200);
    const after = patched.body as Record<string, unknown>;
    expect(after.categories).toEqual(['Centaure ADM', 'Blue category']);
    expect(after['@odata.etag']).not.toBe(before['@odata.etag']);
    expect(after.changeKey).not.toBe(before.changeKey);
    expect(after['@odata.etag']).toBe(`W/"${String(after.changeKey)}"`);
    expect(after.subject).toBe('Revue budget');
    expect(
      ((await graphFetch(emulator(), eventPath(id))).body as Record<string, unknown>).categories,
    ).toEqual(['Centaure ADM', 'Blue category']);
  });

  it("merges singleValueExtendedProperties by id: sets ours, keeps another add-in's", async () => {
    const id = emulator().mailbox.addEvent(
      parisEvent('Crise réseaux sociaux', '2026-11-19', '09:00', '10:00', {
        singleValueExtendedProperties: [{ id: OTHER, value: 'kept' }],
      }),
    );
    const patched = await graphFetch(emulator(), eventPath(id), {
      method: 'PATCH',
      body: { singleValueExtendedProperties: [{ id: OVERRIDE, value: '{"quadrant":"I+U+"}' }] },
    });
    expect(patched.status).toBe(200);
    const expanded = await graphFetch(
      emulator(),
      eventPath(id, '?$select=subject&$expand=singleValueExtendedProperties'),
    );
    const values = (
      expanded.body as { singleValueExtendedProperties: { value: string }[] }
    ).singleValueExtendedProperties.map((property) => property.value);
    expect(values).toEqual(['kept', '{"quadrant":"I+U+"}']);
  });

  it("turns a patched occurrence into an exception with the same id; the other occurrences keep the series' data", async () => {
    const mailbox = emulator().mailbox;
    const masterId = mailbox.addEvent(
      parisEvent('CODIR', '2026-11-02', '09:00', '11:00', {
        recurrence: {
          pattern: { type: 'weekly', interval: 1, daysOfWeek: ['monday'] },
          range: { type: 'numbered', startDate: '2026-11-02', numberOfOccurrences: 4 },
        },
      }),
    );
    const tagged = mailbox.occurrenceId(masterId, '2026-11-16');
    const reply = await graphFetch(emulator(), eventPath(tagged), {
      method: 'PATCH',
      body: { categories: ['Centaure REU'] },
    });
    expect(reply.body).toMatchObject({
      id: tagged,
      type: 'exception',
      seriesMasterId: masterId,
      categories: ['Centaure REU'],
    });
    const untouched = await graphFetch(
      emulator(),
      eventPath(mailbox.occurrenceId(masterId, '2026-11-23')),
    );
    expect(untouched.body).toMatchObject({ type: 'occurrence', categories: [] });
  });

  it('answers 412 to a PATCH whose If-Match is an old etag', async () => {
    const id = emulator().mailbox.addEvent(
      parisEvent('Point presse', '2026-11-20', '10:00', '10:30'),
    );
    const etag = ((await graphFetch(emulator(), eventPath(id))).body as Record<string, string>)[
      '@odata.etag'
    ];
    await graphFetch(emulator(), eventPath(id), { method: 'PATCH', body: { showAs: 'tentative' } });
    const stale = await graphFetch(emulator(), eventPath(id), {
      method: 'PATCH',
      headers: { 'If-Match': etag },
      body: { showAs: 'busy' },
    });
    expect(stale.status).toBe(412);
  });

  it('rejects unknown properties and bad enum values with 400', async () => {
    const id = emulator().mailbox.addEvent(parisEvent('Atelier', '2026-11-20', '14:00', '15:00'));
    const unknown = await graphFetch(emulator(), eventPath(id), {
      method: 'PATCH',
      body: { colour: 'red' },
    });
    expect(unknown.status).toBe(400);
    const badEnum = await graphFetch(emulator(), eventPath(id), {
      method: 'PATCH',
      body: { showAs: 'sleeping' },
    });
    expect(badEnum.status).toBe(400);
    expect(badEnum.body).toMatchObject({ error: { code: 'RequestBodyRead' } });
  });
});
