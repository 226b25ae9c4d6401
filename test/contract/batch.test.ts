import { parisEvent } from './support/events';
import { graphFetch } from './support/graph-fetch';
import { useEmulator } from './support/use-emulator';

const emulator = useEmulator();

interface SubResponse {
  id: string;
  status: number;
  headers: Record<string, string>;
  body?: { error?: { code: string } } & Record<string, unknown>;
}

async function batch(
  requests: unknown[],
): Promise<{ status: number; responses: SubResponse[]; body: unknown }> {
  const reply = await graphFetch(emulator(), '/v1.0/$batch', {
    method: 'POST',
    body: { requests },
  });
  const responses = (reply.body as { responses?: SubResponse[] }).responses ?? [];
  return { status: reply.status, responses, body: reply.body };
}

const byId = (responses: SubResponse[], id: string) =>
  responses.find((r) => r.id === id) as SubResponse;

const patchCategories = (id: string, eventId: string, dependsOn?: string[]) => ({
  id,
  method: 'PATCH',
  url: `/me/events/${eventId}`,
  headers: { 'Content-Type': 'application/json' },
  body: { categories: ['Centaure OPE'] },
  ...(dependsOn === undefined ? {} : { dependsOn }),
});

// Graph's throttling limits (learn.microsoft.com/graph/throttling-limits, "Outlook service
// limits"): 4 concurrent requests per app per mailbox; the requests of a $batch run in parallel
// unless sequenced with dependsOn (learn.microsoft.com/graph/json-batching). Beyond the 4, Graph
// answers 429 "Application is over its MailboxConcurrency limit." with Retry-After.
describe('POST /v1.0/$batch: Outlook’s 4 concurrent requests per mailbox', () => {
  const meetings = (count: number) =>
    Array.from({ length: count }, (_, n) =>
      emulator().mailbox.addEvent(parisEvent(`Point ${n}`, '2026-11-18', '09:00', '09:30')),
    );

  it('throttles the mailbox requests beyond 4 running at once, with Retry-After', async () => {
    const ids = meetings(6);

    const result = await batch(ids.map((eventId, n) => patchCategories(String(n), eventId)));

    expect(result.status).toBe(200);
    const statuses = result.responses.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
    const throttled = result.responses.filter((r) => r.status === 429);
    expect(throttled.map((r) => r.headers['Retry-After'])).toEqual(['1', '1']);
    expect(throttled[0].body?.error?.code).toBe('ApplicationThrottled');
    const written = ids.filter(
      (id) => emulator().mailbox.find(id)?.data.categories?.[0] === 'Centaure OPE',
    );
    expect(written).toHaveLength(4);
  });

  it('runs dependsOn chains one request at a time: 20 in 4 chains, none throttled', async () => {
    const ids = meetings(20);

    const result = await batch(
      ids.map((eventId, n) =>
        patchCategories(String(n), eventId, n < 4 ? undefined : [String(n - 4)]),
      ),
    );

    expect(result.responses.map((r) => r.status)).toEqual(ids.map(() => 200));
  });

  it('leaves requests that are not Outlook’s (profile, drive) out of the 4', async () => {
    const ids = meetings(4);

    const result = await batch([
      ...ids.map((eventId, n) => patchCategories(String(n), eventId)),
      { id: 'me', method: 'GET', url: '/me' },
      { id: 'drive', method: 'GET', url: '/me/drive' },
    ]);

    expect(result.responses.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200]);
  });
});

describe('POST /v1.0/$batch', () => {
  it('runs up to 20 requests; 21 is a 400', async () => {
    const get = (n: number) => ({
      id: String(n),
      method: 'GET',
      // The user's profile: not an Outlook resource, so not bound by the mailbox's 4.
      url: '/me',
    });
    const twenty = await batch(Array.from({ length: 20 }, (_, n) => get(n + 1)));
    expect(twenty.status).toBe(200);
    expect(twenty.responses.map((r) => r.status)).toEqual(Array(20).fill(200));
    const tooMany = await batch(Array.from({ length: 21 }, (_, n) => get(n + 1)));
    expect(tooMany.status).toBe(400);
    expect(tooMany.body).toMatchObject({ error: { code: 'BadRequest' } });
  });

  it('gives each request its own status, and tags events in one round trip', async () => {
    const mailbox = emulator().mailbox;
    const first = mailbox.addEvent(parisEvent('Brief', '2026-11-16', '11:00', '12:00'));
    const second = mailbox.addEvent(parisEvent('Revue', '2026-11-17', '10:00', '11:30'));
    const headers = { 'Content-Type': 'application/json' };
    const result = await batch([
      {
        id: 'a',
        method: 'PATCH',
        url: `/me/events/${first}`,
        headers,
        body: { categories: ['Centaure OPE'] },
      },
      {
        id: 'b',
        method: 'PATCH',
        url: `/me/events/${second}`,
        headers,
        body: { categories: ['Centaure OPE'] },
      },
      {
        id: 'c',
        method: 'PATCH',
        url: '/me/events/AAMkAGmissing=',
        headers,
        body: { categories: ['Centaure OPE'] },
      },
    ]);
    expect(result.status).toBe(200);
    expect([
      byId(result.responses, 'a').status,
      byId(result.responses, 'b').status,
      byId(result.responses, 'c').status,
    ]).toEqual([200, 200, 404]);
    expect(byId(result.responses, 'c').body?.error?.code).toBe('ErrorItemNotFound');
    expect(mailbox.find(first)?.data.categories).toEqual(['Centaure OPE']);
    expect(emulator().requests.roundTrips()).toHaveLength(1);
    expect(
      emulator()
        .requests.list()
        .filter((r) => r.viaBatch)
        .map((r) => r.batchRequestId),
    ).toEqual(expect.arrayContaining(['a', 'b', 'c']));
  });

  it('lets an injected 429 answer one request inside a 200 batch, with Retry-After in its headers', async () => {
    const id = emulator().mailbox.addEvent(parisEvent('Atelier', '2026-11-18', '15:00', '16:00'));
    emulator().faults.add({
      method: 'PATCH',
      path: /\/me\/events\//,
      status: 429,
      retryAfterSeconds: 3,
      times: 1,
    });
    const headers = { 'Content-Type': 'application/json' };
    const request = [
      {
        id: '1',
        method: 'PATCH',
        url: `/me/events/${id}`,
        headers,
        body: { categories: ['Centaure STRAT'] },
      },
      { id: '2', method: 'GET', url: '/me/mailboxSettings/timeZone' },
    ];
    const throttled = await batch(request);
    expect(throttled.status).toBe(200);
    expect(byId(throttled.responses, '1')).toMatchObject({
      status: 429,
      headers: { 'Retry-After': '3' },
      body: { error: { code: 'TooManyRequests' } },
    });
    expect(byId(throttled.responses, '2').status).toBe(200);
    const retried = await batch(request.slice(0, 1));
    expect(byId(retried.responses, '1').status).toBe(200);
  });

  it('fails with 424 a request whose dependency failed', async () => {
    const result = await batch([
      { id: '1', method: 'GET', url: '/me/events/AAMkAGmissing=' },
      { id: '2', method: 'GET', url: '/me/mailboxSettings', dependsOn: ['1'] },
    ]);
    expect(byId(result.responses, '1').status).toBe(404);
    expect(byId(result.responses, '2').status).toBe(424);
  });

  it('refuses malformed batches with 400: duplicate ids, absolute urls, a body without Content-Type, a dependency cycle', async () => {
    const cases = [
      [
        { id: '1', method: 'GET', url: '/me' },
        { id: '1', method: 'GET', url: '/me' },
      ],
      [{ id: '1', method: 'GET', url: 'https://graph.microsoft.com/v1.0/me' }],
      [{ id: '1', method: 'PATCH', url: '/me/events/x', body: { categories: [] } }],
      [
        { id: '1', method: 'GET', url: '/me', dependsOn: ['2'] },
        { id: '2', method: 'GET', url: '/me', dependsOn: ['1'] },
      ],
    ];
    for (const requests of cases) expect((await batch(requests)).status).toBe(400);
  });

  it('needs the bearer token like any request', async () => {
    const reply = await graphFetch(emulator(), '/v1.0/$batch', {
      method: 'POST',
      token: null,
      body: { requests: [] },
    });
    expect(reply.status).toBe(401);
  });

  it('drops the whole connection when a request inside meets a dropped-connection fault', async () => {
    emulator().faults.add({ path: '/me/mailboxSettings', drop: true, times: 1 });
    await expect(batch([{ id: '1', method: 'GET', url: '/me/mailboxSettings' }])).rejects.toThrow();
  });
});
