import type { ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import serveStatic from 'serve-static';
import { GRAPH_EVENT_FIELDS } from '../core/calendar-event';
import { formatLocal, parseIsoWeek, weekWindow } from '../core/week';
import { CUSTOM_PROPERTIES_EXPAND } from '../graph/calendar-view';
import { DEFAULT_GRAPH_LIMITS } from '../graph/limits';
import type { ProxyRoute } from './emulator-proxy';
import { BodyTooLargeError, forward, proxyTarget, send } from './emulator-proxy';
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

/**
 * The demo week from the emulator, as the pane's Graph layer asks for it: every page, following
 * `@odata.nextLink` as the product does (List calendarView: "use the @odata.nextLink to get
 * the next page"), within the product's page bound, and only on the emulator's origin.
 */
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
  const events: unknown[] = [];
  let next: URL | null = new URL(`/v1.0/me/calendarView?${query.toString()}`, emulator.url);
  for (let page = 0; next !== null && page < DEFAULT_GRAPH_LIMITS.maxPages; page += 1) {
    const answer = await send(
      next,
      'GET',
      { authorization: `Bearer ${emulator.token}`, prefer: 'outlook.timezone="UTC"' },
      Buffer.alloc(0),
      emulator.caPem,
    );
    const body = JSON.parse(answer.body.toString('utf8')) as {
      value?: unknown[];
      '@odata.nextLink'?: string;
    };
    events.push(...(body.value ?? []));
    const link = body['@odata.nextLink'];
    next = typeof link === 'string' ? new URL(link) : null;
    if (next !== null && next.origin !== new URL(emulator.url).origin) next = null;
  }
  return events;
}

/** A plain-text answer that says nothing of the server's insides. */
function plain(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(text);
}

/**
 * The `Host` values the server answers: where it listens, by name or loopback address. A page
 * of another site resolving its own name to 127.0.0.1 (DNS rebinding) sends its own name.
 */
function allowedHosts(port: number): Set<string> {
  return new Set([`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`]);
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
 * download and upload origin, and nowhere else. The browser never meets the emulator's
 * certificate. It is a local web server left running: every route checks `Host`, bodies
 * are bounded, and no answer shows an error's insides.
 */
export async function startTaskpaneServer(options: {
  emulator: GraphEmulator;
  webRoot: string;
  port: number;
  week: string;
  timeZone: string;
}): Promise<TaskpaneServer> {
  const { emulator, webRoot } = options;
  const config: Omit<DemoPageConfig, 'meetings'> = {
    graphUrl: emulator.url,
    contentUrl: emulator.contentUrl,
    token: emulator.token,
    userMail: DEMO_OWNER.mail,
  };
  const proxies: ProxyRoute[] = [
    { prefix: DEMO_PATHS.graphProxy, origin: emulator.url, pathPrefix: '/v1.0/' },
    { prefix: DEMO_PATHS.contentProxy, origin: emulator.contentUrl, pathPrefix: '/' },
  ];
  const origins = proxies.map((route) => new URL(route.origin).origin);
  // Static files through serve-static (the `send` package's path checks: malformed escapes,
  // `..` and anything outside the root), never a hand-made path join.
  const files = serveStatic(webRoot, { index: false, dotfiles: 'ignore', fallthrough: false });
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
  let hosts = new Set<string>();
  const server = createServer((message, response) => {
    if (!hosts.has(message.headers.host ?? '')) {
      plain(response, 421, 'Misdirected request');
      return;
    }
    const url = new URL(message.url ?? '/', 'http://localhost');
    try {
      decodeURIComponent(url.pathname);
    } catch {
      plain(response, 400, 'Bad request');
      return;
    }
    const proxy = proxies.find(({ prefix }) => url.pathname.startsWith(`${prefix}/`));
    if (proxy !== undefined) {
      const target = proxyTarget(proxy, url.pathname, url.search);
      if (target === null) {
        plain(response, 404, 'Not found');
        return;
      }
      if (message.method !== 'GET') cached = null;
      forward(target, message, emulator.caPem, origins).then(
        (answer) => response.writeHead(answer.status, answer.headers).end(answer.body),
        (error: unknown) => {
          if (error instanceof BodyTooLargeError) {
            response.writeHead(413, { 'content-type': 'text/plain', connection: 'close' });
            response.end('Request body too large');
            message.destroy();
          } else plain(response, 502, 'The Graph emulator did not answer');
        },
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
        () => plain(response, 502, 'The Graph emulator did not answer'),
      );
    } else if (url.pathname === DEMO_PATHS.download) {
      downloadWorkbook(emulator, url, response);
    } else if (url.pathname === '/') {
      response.writeHead(302, { location: '/demo.html' }).end();
    } else {
      files(message, response, (error?: { status?: number }) => {
        const status = error?.status ?? 404;
        plain(response, status === 400 ? 400 : 404, status === 400 ? 'Bad request' : 'Not found');
      });
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, 'localhost', resolve);
  });
  const { port } = server.address() as AddressInfo;
  hosts = allowedHosts(port);
  return {
    url: `http://localhost:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
