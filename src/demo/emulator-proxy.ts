import type { IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { SIMPLE_UPLOAD_LIMIT } from '../graph/graph-drive-store';

/**
 * The largest request body forwarded: Graph takes at most 4 MiB in one request (a simple
 * upload, an upload session fragment, a JSON body), and so does the product; the demo server
 * holds a body in memory, so it stops reading at that size.
 */
export const MAX_REQUEST_BYTES = SIMPLE_UPLOAD_LIMIT;

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

/** A request body over {@link MAX_REQUEST_BYTES}: answered 413, never held in memory. */
export class BodyTooLargeError extends Error {
  constructor() {
    super('request body too large');
    this.name = 'BodyTooLargeError';
  }
}

/** Reads a body, giving up (and no longer buffering) past `limit` bytes. */
export function readBody(message: IncomingMessage, limit = Infinity): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(message.headers['content-length'] ?? 0);
    if (declared > limit) {
      reject(new BodyTooLargeError());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    message.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        chunks.length = 0;
        message.pause();
        reject(new BodyTooLargeError());
      } else chunks.push(chunk);
    });
    message.on('end', () => resolve(Buffer.concat(chunks)));
    message.on('error', reject);
  });
}

export interface Upstream {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

export function send(
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

/** A proxied prefix and the one origin it forwards to, with the paths allowed there. */
export interface ProxyRoute {
  prefix: string;
  origin: string;
  /** Graph's paths are all under its version root; the content origin's are its own. */
  pathPrefix: string;
}

/**
 * Where a proxied path goes, or null: only to the route's own origin, never to a host or port
 * written in the path (`/graph//127.0.0.1:22/…`, `%2f`, `@`), so the user's token goes nowhere
 * else and the server is no port scanner.
 */
export function proxyTarget(route: ProxyRoute, pathname: string, search: string): URL | null {
  const rest = pathname.slice(route.prefix.length);
  let decoded: string;
  try {
    decoded = decodeURIComponent(rest);
  } catch {
    return null;
  }
  if (!rest.startsWith(route.pathPrefix) || /^\/\/|\\/.test(decoded)) return null;
  const target = new URL(rest + search, route.origin);
  return target.origin === new URL(route.origin).origin ? target : null;
}

/**
 * Forwards a request to the emulator over HTTPS. A redirect (content downloads go to the
 * other origin, as Graph's go to SharePoint) is followed here, without the token, and only to
 * one of `origins`, because a browser's fetch cannot read where a cross-origin redirect points.
 */
export async function forward(
  target: URL,
  message: IncomingMessage,
  caPem: string,
  origins: readonly string[],
): Promise<Upstream> {
  const headers: Record<string, string> = {};
  for (const name of FORWARDED_REQUEST) {
    const value = message.headers[name];
    if (typeof value === 'string') headers[name] = value;
  }
  const body = await readBody(message, MAX_REQUEST_BYTES);
  let answer = await send(target, message.method ?? 'GET', headers, body, caPem);
  for (let hop = 0; hop < MAX_REDIRECTS && answer.status >= 300 && answer.status < 400; hop += 1) {
    const location = answer.headers.location;
    if (location === undefined) break;
    const next = new URL(location, target);
    if (!origins.includes(next.origin)) break;
    answer = await send(next, 'GET', {}, Buffer.alloc(0), caPem);
  }
  return answer;
}
