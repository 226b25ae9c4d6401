import { execFile } from 'node:child_process';
import { graphFetch } from './support/graph-fetch';
import { useEmulator } from './support/use-emulator';

const emulator = useEmulator();

/** Runs `node -e script` with the given environment; resolves to its stdout. */
function runNode(script: string, env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['-e', script],
      { env: { PATH: process.env.PATH, ...env } },
      (_error, stdout) => resolve(stdout.trim()),
    );
  });
}

const CHILD = (url: string) => `
  const viaHttps = new Promise((done) => {
    require('node:https').get(${JSON.stringify(url)}, (res) => { res.resume(); done('https ' + res.statusCode); })
      .on('error', (e) => done('https ' + e.code));
  });
  const viaFetch = fetch(${JSON.stringify(url)}).then((r) => 'fetch ' + r.status, (e) => 'fetch ' + (e.cause && e.cause.code));
  Promise.all([viaHttps, viaFetch]).then((lines) => { console.log(lines.join('\\n')); process.exit(0); });
`;

describe('the HTTPS server', () => {
  it('is trusted by another Node process through NODE_EXTRA_CA_CERTS, for https and fetch, by IP and by localhost', async () => {
    for (const host of ['127.0.0.1', 'localhost']) {
      const url = `${emulator().url.replace('127.0.0.1', host)}/v1.0/me`;
      const trusted = await runNode(CHILD(url), { NODE_EXTRA_CA_CERTS: emulator().caFile });
      expect(trusted.split('\n').sort()).toEqual(['fetch 401', 'https 401']);
    }
    const untrusted = await runNode(CHILD(`${emulator().url}/v1.0/me`), {});
    expect(untrusted.split('\n').sort()).toEqual([
      'fetch UNABLE_TO_VERIFY_LEAF_SIGNATURE',
      'https UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    ]);
  });

  it('listens on 127.0.0.1 with a URL without trailing slash', () => {
    expect(emulator().url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
  });

  it('answers 401 InvalidAuthenticationToken without the bearer token, or with another one', async () => {
    for (const token of [null, 'someone-elses-token']) {
      const reply = await graphFetch(emulator(), '/v1.0/me', { token });
      expect(reply.status).toBe(401);
      expect(reply.body).toMatchObject({ error: { code: 'InvalidAuthenticationToken' } });
    }
    expect((await graphFetch(emulator(), '/v1.0/me')).status).toBe(200);
  });

  it('sends request-id, echoes client-request-id, and puts both in error bodies', async () => {
    const reply = await graphFetch(emulator(), '/v1.0/me/events/nope', {
      headers: { 'client-request-id': 'c0ffee00-1111-2222-3333-444455556666' },
    });
    expect(reply.headers.get('client-request-id')).toBe('c0ffee00-1111-2222-3333-444455556666');
    const requestId = reply.headers.get('request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(reply.body).toMatchObject({
      error: {
        innerError: {
          'request-id': requestId,
          'client-request-id': 'c0ffee00-1111-2222-3333-444455556666',
          date: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/),
        },
      },
    });
  });

  it('logs method, path and query, status, headers and JSON body, never the Authorization header', async () => {
    await graphFetch(emulator(), '/v1.0/me/outlook/masterCategories?$top=2', {
      method: 'POST',
      body: { displayName: 'Logged', color: 'preset3' },
    });
    const [entry] = emulator().requests.list();
    expect(entry).toMatchObject({
      method: 'POST',
      url: '/v1.0/me/outlook/masterCategories?$top=2',
      status: 201,
      body: { displayName: 'Logged', color: 'preset3' },
      viaBatch: false,
    });
    expect(entry.headers).not.toHaveProperty('authorization');
    expect(JSON.stringify(emulator().requests.list())).not.toContain(emulator().token);
  });

  it('serves only download and upload URLs on its content origin', async () => {
    const { url, contentUrl, token } = emulator();
    expect(contentUrl).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    expect(contentUrl).not.toBe(url);
    const misdirected = await fetch(`${contentUrl}/v1.0/me/mailboxSettings`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(misdirected.status).toBe(404);
  });

  it('answers 400 for an unknown resource and 405 for a known one with another method', async () => {
    expect((await graphFetch(emulator(), '/v1.0/me/nothingHere')).status).toBe(400);
    expect(
      (await graphFetch(emulator(), '/v1.0/me/mailboxSettings', { method: 'DELETE' })).status,
    ).toBe(405);
  });

  it('serves routes added by tests, a later one winning over a built-in one', async () => {
    emulator().addRoute('GET', '/v1.0/me/mailboxSettings/timeZone', () => ({
      status: 200,
      body: { value: 'Tokyo Standard Time' },
    }));
    emulator().addRoute('GET', '/v1.0/me/things/{thing}', (request) => ({
      status: 200,
      body: { thing: request.params.thing },
    }));
    expect((await graphFetch(emulator(), '/v1.0/me/mailboxSettings/timeZone')).body).toEqual({
      value: 'Tokyo Standard Time',
    });
    expect((await graphFetch(emulator(), '/v1.0/me/things/a%20b')).body).toEqual({ thing: 'a b' });
  });
});
