import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { GRAPH_EVENT_FIELDS } from '../core/calendar-event';
import { formatLocal, parseIsoWeek, weekWindow } from '../core/week';
import { CUSTOM_PROPERTIES_EXPAND } from '../graph/calendar-view';
import { DEMO_PATHS } from '../taskpane/demo/demo-paths';
import { meetingFromGraph } from '../taskpane/demo/meeting-from-graph';
import { meetingToJson, type MeetingJson } from '../taskpane/demo/meeting-json';
import type { GraphEmulator } from '../emulator';
import { DEMO_OWNER } from '../emulator';

/** What the page needs to know (`DemoConfig` in src/taskpane/demo). */
export interface DemoPageConfig {
  graphUrl: string;
  contentUrl: string;
  token: string;
  userMail: string;
  /** The week's meetings, read from the emulator when the page asks. */
  meetings: MeetingJson[];
}

export interface TaskpaneServer {
  /** `http://localhost:PORT`: loopback is a secure context, so nothing to trust by hand. */
  url: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  // The styles Griffel extracts at build time: browsers refuse a stylesheet of another type.
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

// Request headers the Graph layer sends and responses it reads; hop-by-hop ones stay behind.
const FORWARDED_REQUEST = [
  'authorization',
  'content-type',
  'content-range',
  'if-match',
  'prefer',
  'workbook-session-id',
  'accept',
];
const FORWARDED_RESPONSE = [
  'content-type',
  'etag',
  'retry-after',
  'preference-applied',
  'location',
];
const MAX_REDIRECTS = 3;

function readBody(message: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    message.on('data', (chunk: Buffer) => chunks.push(chunk));
    message.on('end', () => resolve(Buffer.concat(chunks)));
    message.on('error', reject);
  });
}

interface Upstream {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

function send(
  url: URL,
  method: string,
  headers: Record<string, string>,
  body: Buffer,
  caPem: string,
): Promise<Upstream> {
  return new Promise((resolve, reject) => {
    const outgoing = httpsRequest(url, { method, headers, ca: caPem }, (incoming) => {
      readBody(incoming).then((buffer) => {
        const picked: Record<string, string> = {};
        for (const name of FORWARDED_RESPONSE) {
          const value = incoming.headers[name];
          if (typeof value === 'string') picked[name] = value;
        }
        resolve({ status: incoming.statusCode ?? 502, headers: picked, body: buffer });
      }, reject);
    });
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/**
 * Forwards a request to the emulator over HTTPS. A redirect (content downloads go to the
 * other origin, as Graph's go to SharePoint) is followed here, without the token, because a
 * browser's fetch cannot read where a cross-origin redirect points.
 */
async function forward(target: URL, message: IncomingMessage, caPem: string): Promise<Upstream> {
  const headers: Record<string, string> = {};
  for (const name of FORWARDED_REQUEST) {
    const value = message.headers[name];
    if (typeof value === 'string') headers[name] = value;
  }
  const body = await readBody(message);
  let answer = await send(target, message.method ?? 'GET', headers, body, caPem);
  for (let hop = 0; hop < MAX_REDIRECTS && answer.status >= 300 && answer.status < 400; hop += 1) {
    const location = answer.headers.location;
    if (location === undefined) break;
    answer = await send(new URL(location, target), 'GET', {}, Buffer.alloc(0), caPem);
  }
  return answer;
}

/** The demo week from the emulator, as the pane's Graph layer asks for it (one calendarView page). */
async function readDemoWeek(
  emulator: GraphEmulator,
  week: string,
  timeZone: string,
): Promise<unknown[]> {
  const window = weekWindow(parseIsoWeek(week), timeZone);
  const query = new URLSearchParams({
    startDateTime: formatLocal(window.start),
    endDateTime: formatLocal(window.end),
    $select: GRAPH_EVENT_FIELDS.join(','),
    $expand: CUSTOM_PROPERTIES_EXPAND,
    $top: '1000',
  });
  const answer = await send(
    new URL(`/v1.0/me/calendarView?${query.toString()}`, emulator.url),
    'GET',
    { authorization: `Bearer ${emulator.token}`, prefer: 'outlook.timezone="UTC"' },
    Buffer.alloc(0),
    emulator.caPem,
  );
  const page = JSON.parse(answer.body.toString('utf8')) as { value?: unknown[] };
  return page.value ?? [];
}

async function serveFile(root: string, path: string, response: ServerResponse): Promise<void> {
  const file = normalize(join(root, decodeURIComponent(path)));
  if (!file.startsWith(root)) {
    response.writeHead(404).end();
    return;
  }
  try {
    const content = await readFile(file);
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(content);
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  }
}

function downloadWorkbook(emulator: GraphEmulator, url: URL, response: ServerResponse): void {
  const item = emulator.drive.bySharingUrl(url.searchParams.get('url') ?? '');
  if (item === undefined || item.isFolder) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('No such workbook');
    return;
  }
  response.writeHead(200, {
    'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'content-disposition': `attachment; filename="${item.name.replace(/"/g, '')}"`,
  });
  response.end(item.content);
}

/**
 * Serves the built taskpane (dist/web) in demo mode on http://localhost and forwards its
 * Graph requests to the emulator: `/graph/…` to its Graph origin, `/content/…` to its
 * download and upload origin. The browser never meets the emulator's certificate.
 */
export async function startTaskpaneServer(options: {
  emulator: GraphEmulator;
  webRoot: string;
  port: number;
  week: string;
  timeZone: string;
}): Promise<TaskpaneServer> {
  const { emulator, webRoot } = options;
  const root = normalize(webRoot);
  const config: Omit<DemoPageConfig, 'meetings'> = {
    graphUrl: emulator.url,
    contentUrl: emulator.contentUrl,
    token: emulator.token,
    userMail: DEMO_OWNER.mail,
  };
  const proxies: [string, string][] = [
    [`${DEMO_PATHS.graphProxy}/`, emulator.url],
    [`${DEMO_PATHS.contentProxy}/`, emulator.contentUrl],
  ];
  // Read once and kept until a write passes through the proxy, so a page opens without
  // waiting for the emulator, and a reload shows the tags written since.
  let cached: Promise<MeetingJson[]> | null = null;
  const meetings = () => {
    cached ??= readDemoWeek(emulator, options.week, options.timeZone).then((events) =>
      events.map((event) => meetingToJson(meetingFromGraph(event, config.userMail))),
    );
    cached.catch(() => {
      cached = null;
    });
    return cached;
  };
  void meetings();
  const server = createServer((message, response) => {
    const url = new URL(message.url ?? '/', 'http://localhost');
    const proxy = proxies.find(([prefix]) => url.pathname.startsWith(prefix));
    if (proxy !== undefined) {
      if (message.method !== 'GET') cached = null;
      const target = new URL(url.pathname.slice(proxy[0].length - 1) + url.search, proxy[1]);
      forward(target, message, emulator.caPem).then(
        (answer) => response.writeHead(answer.status, answer.headers).end(answer.body),
        (error: unknown) =>
          response.writeHead(502, { 'content-type': 'text/plain' }).end(String(error)),
      );
    } else if (url.pathname === DEMO_PATHS.config) {
      meetings().then(
        (week) => {
          const body: DemoPageConfig = { ...config, meetings: week };
          response.writeHead(200, {
            'content-type': 'application/json',
            'cache-control': 'no-store',
          });
          response.end(JSON.stringify(body));
        },
        (error: unknown) =>
          response.writeHead(502, { 'content-type': 'text/plain' }).end(String(error)),
      );
    } else if (url.pathname === DEMO_PATHS.download) {
      downloadWorkbook(emulator, url, response);
    } else if (url.pathname === '/') {
      response.writeHead(302, { location: '/demo.html' }).end();
    } else {
      void serveFile(root, url.pathname, response);
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, 'localhost', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
