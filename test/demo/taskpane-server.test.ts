import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseIsoWeek } from '../../src/core/week';
import type { GraphEmulator } from '../../src/emulator';
import { startGraphEmulator } from '../../src/emulator';
import type { TaskpaneServer } from '../../src/demo/taskpane-server';
import { startTaskpaneServer } from '../../src/demo/taskpane-server';
import { DEMO_PATHS } from '../../src/taskpane/demo/demo-paths';

const WEEK = '2026-W47';
const dir = mkdtempSync(join(tmpdir(), 'centaure-demo-server-'));
// The web root, and beside it a file whose name starts like the root's.
const webRoot = join(dir, 'web');
mkdirSync(webRoot);
writeFileSync(join(webRoot, 'demo.html'), '<!doctype html><title>demo</title>');
writeFileSync(join(dir, 'web-secret.txt'), 'SECRET');

let emulator: GraphEmulator;
let server: TaskpaneServer;
let port: number;

beforeAll(async () => {
  emulator = await startGraphEmulator({ seed: 'demo', week: parseIsoWeek(WEEK) });
  server = await startTaskpaneServer({ emulator, webRoot, port: 0, week: WEEK, timeZone: 'UTC' });
  port = Number(new URL(server.url).port);
}, 30_000);
afterAll(async () => {
  await server.close();
  await emulator.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Answer {
  status: number;
  body: string;
}

/** A raw request: the path as written (no URL normalisation), any Host header, any body. */
function fire(
  path: string,
  options: { method?: string; host?: string; headers?: Record<string, string>; body?: Buffer } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: options.method ?? 'GET',
        headers: { host: options.host ?? `localhost:${port}`, ...options.headers },
      },
      (incoming) => {
        let body = '';
        incoming.setEncoding('utf8');
        incoming.on('data', (chunk: string) => (body += chunk));
        incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, body }));
      },
    );
    // The server may answer and close before the whole body is sent (a refused upload).
    outgoing.on('error', (error: NodeJS.ErrnoException) =>
      error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error),
    );
    outgoing.end(options.body);
  });
}

/** The server is still up and serving its page. */
async function stillServing(): Promise<void> {
  await expect(fire('/demo.html')).resolves.toMatchObject({ status: 200 });
}

describe('the demo server (src/demo/taskpane-server.ts)', () => {
  it('serves the page', async () => {
    const page = await fire('/demo.html');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>demo</title>');
  });

  it('answers a malformed path such as /% with 400 and keeps serving', async () => {
    const answer = await fire('/%');
    expect(answer.status).toBe(400);
    expect(answer.body).not.toMatch(/URIError|at /);
    await stillServing();
  });

  it('never serves a file outside its web root, even one whose name starts like the root’s', async () => {
    for (const path of ['/..%2fweb-secret.txt', '/../web-secret.txt', '/%2e%2e/web-secret.txt']) {
      const answer = await fire(path);
      expect([answer.status, answer.body]).not.toEqual([200, 'SECRET']);
      expect(answer.body).not.toContain('SECRET');
    }
    await stillServing();
  });

  it('forwards to the emulator’s two origins only: no other host or port, no token sent, no error echoed', async () => {
    let connections = 0;
    const listener: Server = createServer((socket) => {
      connections += 1;
      socket.destroy();
    });
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
    const other = (listener.address() as { port: number }).port;
    try {
      for (const path of [
        `/graph//127.0.0.1:${other}/v1.0/me`,
        `/graph/%2f127.0.0.1:${other}/v1.0/me`,
        `/content//127.0.0.1:${other}/x`,
        `/graph/@127.0.0.1:${other}/v1.0/me`,
      ]) {
        const answer = await fire(path, { headers: { authorization: 'Bearer not-for-you' } });
        expect(answer.status).toBe(404);
        expect(answer.body).not.toMatch(/ECONNREFUSED|ECONNRESET|EPROTO|socket|Error/);
      }
      expect(connections).toBe(0);
    } finally {
      listener.close();
    }
    // The emulator itself is still reached.
    const me = await fire('/graph/v1.0/me', {
      headers: { authorization: `Bearer ${emulator.token}` },
    });
    expect(me.status).toBe(200);
  });

  it('answers only requests addressed to where it listens (DNS rebinding), on every route', async () => {
    for (const path of [
      DEMO_PATHS.config,
      '/demo.html',
      '/graph/v1.0/me',
      '/',
      DEMO_PATHS.download,
    ]) {
      const answer = await fire(path, {
        host: `attacker.example:${port}`,
        headers: { authorization: `Bearer ${emulator.token}` },
      });
      expect(answer.status).toBe(421);
      expect(answer.body).not.toContain(emulator.token);
    }
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`]) {
      await expect(fire(DEMO_PATHS.config, { host })).resolves.toMatchObject({ status: 200 });
    }
  });

  it('refuses a request body larger than Graph accepts (4 MiB) with 413', async () => {
    const answer = await fire('/content/upload/x', {
      method: 'PUT',
      body: Buffer.alloc(4 * 1024 * 1024 + 1),
    });
    expect(answer.status).toBe(413);
    await stillServing();
  });

  it('gives the page every event of the week, past Graph’s first page', async () => {
    const monday = Date.UTC(2026, 10, 16, 8);
    for (let i = 0; i < 1_100; i += 1) {
      const start = new Date(monday + (i % 40) * 3_600_000).toISOString().slice(0, 19);
      emulator.mailbox.addEvent({
        subject: `Extra ${i}`,
        start: { dateTime: start, timeZone: 'UTC' },
        end: { dateTime: start.replace(/T(\d\d)/, (_, h: string) => `T${h}`), timeZone: 'UTC' },
      });
    }
    // A write through the proxy makes the server read the week again.
    await fire('/graph/v1.0/me/events', {
      method: 'POST',
      headers: { authorization: 'Bearer x', 'content-type': 'application/json' },
      body: Buffer.from('{}'),
    });
    const config = JSON.parse((await fire(DEMO_PATHS.config)).body) as { meetings: unknown[] };
    const extra = config.meetings.filter((m) => JSON.stringify(m).includes('Extra '));
    expect(extra).toHaveLength(1_100);
  }, 60_000);
});
