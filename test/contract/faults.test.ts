import { graphFetch } from './support/graph-fetch';
import { useEmulator } from './support/use-emulator';

const emulator = useEmulator();
const SETTINGS = '/v1.0/me/mailboxSettings';

describe('fault injection', () => {
  it('answers 429 with Retry-After the given number of times, then lets requests through', async () => {
    const fault = emulator().faults.add({ path: '/me/mailboxSettings', status: 429, times: 2 });
    const statuses: number[] = [];
    const retryAfter: (string | null)[] = [];
    for (let n = 0; n < 3; n += 1) {
      const reply = await graphFetch(emulator(), SETTINGS);
      statuses.push(reply.status);
      retryAfter.push(reply.headers.get('retry-after'));
    }
    expect(statuses).toEqual([429, 429, 200]);
    expect(retryAfter).toEqual(['1', '1', null]);
    expect(fault.hits).toBe(2);
  });

  it.each([
    [503, 'ServiceUnavailable'],
    [504, 'GatewayTimeout'],
  ])('answers %i with Graph code %s', async (status, code) => {
    emulator().faults.add({ path: SETTINGS, status, times: 1 });
    const reply = await graphFetch(emulator(), SETTINGS);
    expect(reply.status).toBe(status);
    expect(reply.body).toMatchObject({ error: { code } });
  });

  it("uses OneDrive's codes on drive paths: 423 resourceLocked, 429 activityLimitReached", async () => {
    emulator().faults.add({ path: /\/drive\/root:\/Centaure/, status: 423, times: 1 });
    emulator().faults.add({ path: /\/drive\/root:\/Centaure/, status: 429, times: 1 });
    const locked = await graphFetch(emulator(), '/v1.0/me/drive/root:/Centaure/Centaure.xlsx:');
    expect([locked.status, (locked.body as { error: { code: string } }).error.code]).toEqual([
      423,
      'resourceLocked',
    ]);
    const throttled = await graphFetch(emulator(), '/v1.0/me/drive/root:/Centaure/Centaure.xlsx:');
    expect([throttled.status, (throttled.body as { error: { code: string } }).error.code]).toEqual([
      429,
      'activityLimitReached',
    ]);
  });

  it('answers 403 naming the scopes an API needs', async () => {
    emulator().faults.add({
      path: '/me/outlook/masterCategories',
      method: 'POST',
      status: 403,
      requiredScopes: ['MailboxSettings.ReadWrite'],
    });
    const denied = await graphFetch(emulator(), '/v1.0/me/outlook/masterCategories', {
      method: 'POST',
      body: { displayName: 'X' },
    });
    expect(denied.status).toBe(403);
    expect(denied.body).toMatchObject({
      error: {
        code: 'ErrorAccessDenied',
        message:
          "Missing scope permissions on the request. API requires one of 'MailboxSettings.ReadWrite'.",
      },
    });
    const read = await graphFetch(emulator(), '/v1.0/me/outlook/masterCategories');
    expect(read.status).toBe(200);
  });

  it('drops the connection, and logs it as dropped', async () => {
    emulator().faults.add({ path: SETTINGS, drop: true, times: 1 });
    await expect(graphFetch(emulator(), SETTINGS)).rejects.toThrow();
    expect(emulator().requests.list()).toEqual([
      expect.objectContaining({ url: SETTINGS, status: 0, dropped: true }),
    ]);
    expect((await graphFetch(emulator(), SETTINGS)).status).toBe(200);
  });

  it('delays a request and still answers it', async () => {
    const fault = emulator().faults.add({ path: SETTINGS, latencyMs: 50, times: 1 });
    expect((await graphFetch(emulator(), SETTINGS)).status).toBe(200);
    expect(fault.hits).toBe(1);
  });

  it('matches a string path with or without /v1.0, in any case; clear() removes every fault', async () => {
    emulator().faults.add({ path: '/V1.0/ME/MAILBOXSETTINGS', status: 503 });
    expect((await graphFetch(emulator(), SETTINGS)).status).toBe(503);
    emulator().faults.clear();
    expect((await graphFetch(emulator(), SETTINGS)).status).toBe(200);
  });
});
