import { CATEGORY_COLORS } from '../../src/emulator/routes/master-categories';
import { graphFetch } from './support/graph-fetch';
import { useEmulator } from './support/use-emulator';

const emulator = useEmulator();

describe('GET /me/mailboxSettings', () => {
  it('gives the mailbox zone as Exchange names it, Romance Standard Time by default', async () => {
    const reply = await graphFetch(emulator(), '/v1.0/me/mailboxSettings');
    expect(reply.body).toMatchObject({
      timeZone: 'Romance Standard Time',
      workingHours: { timeZone: { name: 'Romance Standard Time' } },
    });
  });

  it('follows a change of zone made by a test', async () => {
    emulator().mailbox.setTimeZone('Pacific Standard Time');
    const reply = await graphFetch(emulator(), '/v1.0/me/mailboxSettings/timeZone');
    expect(reply.body).toMatchObject({ value: 'Pacific Standard Time' });
    emulator().mailbox.setTimeZone('Romance Standard Time');
  });
});

describe('/me/outlook/masterCategories', () => {
  it("starts with Outlook's six colour categories", async () => {
    const reply = await graphFetch(emulator(), '/v1.0/me/outlook/masterCategories');
    const names = (reply.body as { value: { displayName: string }[] }).value.map(
      (category) => category.displayName,
    );
    expect(names).toEqual([
      'Red category',
      'Orange category',
      'Yellow category',
      'Green category',
      'Blue category',
      'Purple category',
    ]);
  });

  it('creates a category (201), then refuses the same name in another case with 409', async () => {
    const created = await graphFetch(emulator(), '/v1.0/me/outlook/masterCategories', {
      method: 'POST',
      body: { displayName: 'Centaure STRAT', color: 'preset9' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      id: expect.any(String),
      displayName: 'Centaure STRAT',
      color: 'preset9',
    });
    const duplicate = await graphFetch(emulator(), '/v1.0/me/outlook/masterCategories', {
      method: 'POST',
      body: { displayName: 'centaure strat', color: 'preset2' },
    });
    expect(duplicate.status).toBe(409);
    expect(
      emulator()
        .mailbox.categories()
        .filter((c) => c.displayName.toLowerCase() === 'centaure strat'),
    ).toHaveLength(1);
  });

  it('accepts the colours none and preset0 to preset24 only', async () => {
    expect(CATEGORY_COLORS).toHaveLength(26);
    const bad = await graphFetch(emulator(), '/v1.0/me/outlook/masterCategories', {
      method: 'POST',
      body: { displayName: 'Centaure MAIL', color: 'preset25' },
    });
    expect(bad.status).toBe(400);
    const good = await graphFetch(emulator(), '/v1.0/me/outlook/masterCategories', {
      method: 'POST',
      body: { displayName: 'Centaure MAIL', color: 'preset24' },
    });
    expect(good.status).toBe(201);
  });
});
