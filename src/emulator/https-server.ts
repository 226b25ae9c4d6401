import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import type { Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Dispatcher, IncomingRequest } from './dispatcher';

export interface RunningServer {
  baseUrl: string;
  /** The origin of download and upload URLs; the same routes answer there. */
  contentBaseUrl: string;
  close(): Promise<void>;
}

interface Origins {
  baseUrl: string;
  contentBaseUrl: string;
}

function readBody(message: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    message.on('data', (chunk: Buffer) => chunks.push(chunk));
    message.on('end', () => resolve(Buffer.concat(chunks)));
    message.on('error', reject);
  });
}

function headersOf(message: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(message.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

async function answer(
  dispatcher: Dispatcher,
  origins: Origins,
  origin: string,
  message: IncomingMessage,
  reply: ServerResponse,
): Promise<void> {
  const body = await readBody(message);
  const url = message.url ?? '/';
  const { baseUrl, contentBaseUrl } = origins;
  const parsed = new URL(url, baseUrl);
  const request: IncomingRequest = {
    method: (message.method ?? 'GET').toUpperCase(),
    path: parsed.pathname,
    query: parsed.searchParams,
    url,
    headers: headersOf(message),
    body,
    baseUrl,
    contentBaseUrl,
    origin,
    viaBatch: false,
  };
  const outcome = await dispatcher.dispatch(request);
  if (outcome.kind === 'drop') {
    message.socket.destroy();
    return;
  }
  // Closing the emulator closes every connection, this one too.
  if (outcome.kind === 'hang') return;
  const { status, headers = {}, body: payload } = outcome.response;
  const bytes =
    payload === undefined
      ? undefined
      : Buffer.isBuffer(payload)
        ? payload
        : Buffer.from(JSON.stringify(payload), 'utf8');
  reply.writeHead(status, {
    ...headers,
    ...(bytes ? { 'Content-Length': String(bytes.length) } : {}),
  });
  if (outcome.stallAfterBytes !== undefined) {
    reply.write(bytes?.subarray(0, outcome.stallAfterBytes) ?? Buffer.alloc(0));
    return;
  }
  reply.end(bytes);
}

function listen(server: Server, port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve(`https://127.0.0.1:${(server.address() as AddressInfo).port}`);
    });
  });
}

function closed(server: Server): Promise<void> {
  return new Promise<void>((done) => {
    server.close(() => done());
    server.closeAllConnections();
  });
}

/** Paths the content origin serves: the pre-authenticated download and upload URLs only. */
const CONTENT_PATH = /^\/_(download|upload)\//;

/**
 * Serves the dispatcher over HTTPS on 127.0.0.1: Graph on `port`, content (download and
 * upload URLs) on the next port, or on any free one when `port` is 0.
 */
export async function startHttpsServer(
  dispatcher: Dispatcher,
  tls: { key: string; cert: string },
  port: number,
): Promise<RunningServer> {
  const origins: Origins = { baseUrl: '', contentBaseUrl: '' };
  const serve = (origin: () => string, contentOnly: boolean) =>
    createServer({ key: tls.key, cert: tls.cert }, (message, reply) => {
      // Graph calls sent to the content origin are a client bug the tests must see.
      if (contentOnly && !CONTENT_PATH.test(message.url ?? '')) {
        reply.writeHead(404).end();
        return;
      }
      answer(dispatcher, origins, origin(), message, reply).catch(() => {
        if (!reply.headersSent) reply.writeHead(500);
        reply.end();
      });
    });
  const graph = serve(() => origins.baseUrl, false);
  const content = serve(() => origins.contentBaseUrl, true);
  origins.baseUrl = await listen(graph, port);
  try {
    origins.contentBaseUrl = await listen(content, port === 0 ? 0 : port + 1);
  } catch (error) {
    await closed(graph);
    throw error;
  }
  return {
    ...origins,
    close: async () => {
      await Promise.all([closed(graph), closed(content)]);
    },
  };
}
