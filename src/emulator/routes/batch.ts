import type { Dispatcher, IncomingRequest } from '../dispatcher';
import { DropConnection } from '../dispatcher';
import type { EmulatorRequest, EmulatorResponse } from '../http-types';
import type { Json, JsonObject } from '../json';
import { isJsonObject } from '../json';
import { badRequest, jsonResponse, readJsonBody } from '../responses';
import type { RouteHost } from '../route-host';

/** "JSON batch requests are currently limited to 20 individual requests." */
export const MAX_BATCH_REQUESTS = 20;

/**
 * Graph's "Outlook service limits" (learn.microsoft.com/graph/throttling-limits): 4 concurrent
 * requests per app per mailbox. A $batch runs its requests in parallel unless `dependsOn`
 * sequences them (learn.microsoft.com/graph/json-batching), so the fifth mailbox request running
 * at once is answered 429 "Application is over its MailboxConcurrency limit." with Retry-After.
 */
export const MAILBOX_CONCURRENCY = 4;
const MAILBOX_RETRY_AFTER_SECONDS = 1;

/** Outlook resources (calendar, mail, settings, categories) of `/me` or `/users/{id}`. */
const OUTLOOK_RESOURCE =
  /^\/?(me|users\/[^/]+)\/(events|calendar|calendars|calendarview|mailboxsettings|outlook|messages|mailfolders|contacts)([/?(]|$)/i;

/** The mailbox a sub-request reaches, or null when it is not an Outlook resource. */
function mailboxOf(url: string): string | null {
  const match = OUTLOOK_RESOURCE.exec(url);
  return match === null ? null : match[1].toLowerCase();
}

const mailboxThrottled = (): EmulatorResponse => ({
  status: 429,
  headers: { 'Retry-After': String(MAILBOX_RETRY_AFTER_SECONDS) },
  body: {
    error: {
      code: 'ApplicationThrottled',
      message: 'Application is over its MailboxConcurrency limit.',
    },
  },
});

/** Lets every sub-request that is ready at the same moment start before any finishes. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

interface SubRequest {
  id: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body: Buffer;
  dependsOn: string[];
}

function parseSubRequest(raw: Json, index: number): SubRequest | string {
  if (!isJsonObject(raw)) return `Request ${index + 1} of the batch is not an object.`;
  const { id, method, url, headers = {}, body, dependsOn = [] } = raw;
  if (typeof id !== 'string' || id === '') return `Request ${index + 1} of the batch has no id.`;
  if (typeof method !== 'string' || method === '') return `Request '${id}' has no method.`;
  if (typeof url !== 'string' || url === '') return `Request '${id}' has no url.`;
  if (/^[a-z]+:/i.test(url))
    return `Request '${id}': the url must be relative to the version, like /me/events.`;
  if (!isJsonObject(headers) || !Object.values(headers).every((v) => typeof v === 'string')) {
    return `Request '${id}': headers must be an object of strings.`;
  }
  if (!Array.isArray(dependsOn) || !dependsOn.every((d): d is string => typeof d === 'string')) {
    return `Request '${id}': dependsOn must be an array of request ids.`;
  }
  const lowerHeaders = Object.fromEntries(
    Object.entries(headers as Record<string, string>).map(([name, value]) => [
      name.toLowerCase(),
      value,
    ]),
  );
  let bytes = Buffer.alloc(0);
  if (body !== undefined && body !== null) {
    const contentType = lowerHeaders['content-type'];
    if (contentType === undefined)
      return `Request '${id}': a request with a body needs a Content-Type header.`;
    // A body that is not JSON travels base64-encoded, e.g. the bytes of a file.
    bytes =
      typeof body === 'string' && !contentType.includes('json')
        ? Buffer.from(body, 'base64')
        : Buffer.from(JSON.stringify(body), 'utf8');
  }
  return { id, method: method.toUpperCase(), url, headers: lowerHeaders, body: bytes, dependsOn };
}

function subResponseBody(response: EmulatorResponse): Json | undefined {
  if (response.body === undefined) return undefined;
  return Buffer.isBuffer(response.body) ? response.body.toString('base64') : response.body;
}

function subResponseHeaders(response: EmulatorResponse): Record<string, string> {
  return Object.fromEntries(
    Object.entries(response.headers ?? {}).filter(
      ([name]) => !['request-id', 'client-request-id'].includes(name.toLowerCase()),
    ),
  );
}

function hasCycle(
  subRequests: readonly SubRequest[],
  byId: ReadonlyMap<string, SubRequest>,
): boolean {
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (sub: SubRequest): boolean => {
    const key = sub.id.toLowerCase();
    if (state.get(key) === 'done') return false;
    if (state.get(key) === 'visiting') return true;
    state.set(key, 'visiting');
    const cyclic = sub.dependsOn.some((id) => visit(byId.get(id.toLowerCase()) as SubRequest));
    state.set(key, 'done');
    return cyclic;
  };
  return subRequests.some(visit);
}

async function runBatch(
  dispatcher: Dispatcher,
  request: EmulatorRequest,
  inFlight: Map<string, number>,
): Promise<EmulatorResponse> {
  const payload = readJsonBody(request);
  if (!payload || !Array.isArray(payload.requests)) {
    return badRequest(
      'Invalid batch payload format: a JSON object with a "requests" array is expected.',
    );
  }
  if (payload.requests.length > MAX_BATCH_REQUESTS) {
    return badRequest(
      `The batch has ${payload.requests.length} requests; at most ${MAX_BATCH_REQUESTS} are allowed.`,
    );
  }
  const subRequests: SubRequest[] = [];
  for (const [index, raw] of payload.requests.entries()) {
    const parsed = parseSubRequest(raw, index);
    if (typeof parsed === 'string') return badRequest(parsed);
    subRequests.push(parsed);
  }
  const byId = new Map(subRequests.map((sub) => [sub.id.toLowerCase(), sub]));
  if (byId.size !== subRequests.length) return badRequest('Batch request ids must be unique.');
  for (const sub of subRequests) {
    const unknown = sub.dependsOn.find((id) => !byId.has(id.toLowerCase()));
    if (unknown !== undefined)
      return badRequest(`Request '${sub.id}' depends on an unknown request '${unknown}'.`);
  }

  if (hasCycle(subRequests, byId))
    return badRequest('The dependsOn references of the batch form a cycle.');

  const results = new Map<string, Promise<EmulatorResponse | 'drop'>>();
  const run = (sub: SubRequest): Promise<EmulatorResponse | 'drop'> => {
    const key = sub.id.toLowerCase();
    const existing = results.get(key);
    if (existing) return existing;
    const promise = (async (): Promise<EmulatorResponse | 'drop'> => {
      const dependencies = await Promise.all(
        sub.dependsOn.map((id) => run(byId.get(id.toLowerCase()) as SubRequest)),
      );
      if (dependencies.includes('drop')) return 'drop';
      if (dependencies.some((d) => d !== 'drop' && (d.status < 200 || d.status >= 300))) {
        return {
          status: 424,
          body: {
            error: {
              code: 'FailedDependency',
              message: 'A request this request depends on failed.',
            },
          },
        };
      }
      const path = sub.url.startsWith('/') ? sub.url : `/${sub.url}`;
      const parsed = new URL(`/v1.0${path}`, request.baseUrl);
      const incoming: IncomingRequest = {
        method: sub.method,
        path: parsed.pathname,
        query: parsed.searchParams,
        url: `${parsed.pathname}${parsed.search}`,
        headers: sub.headers,
        body: sub.body,
        baseUrl: request.baseUrl,
        contentBaseUrl: request.contentBaseUrl,
        origin: request.origin,
        viaBatch: true,
      };
      const named = mailboxOf(path);
      // `/me` is the token's user: one count per user, whoever else batches at the same time.
      const mailbox = named === 'me' ? `me:${request.headers.authorization ?? ''}` : named;
      const running = mailbox === null ? 0 : (inFlight.get(mailbox) ?? 0);
      if (mailbox !== null && running >= MAILBOX_CONCURRENCY) return mailboxThrottled();
      if (mailbox !== null) inFlight.set(mailbox, running + 1);
      try {
        await nextTurn();
        const outcome = await dispatcher.dispatch(incoming, sub.id);
        // Hang and stall faults are about whole HTTP exchanges: a hang inside a batch drops it.
        return outcome.kind === 'response' ? outcome.response : 'drop';
      } finally {
        if (mailbox !== null) inFlight.set(mailbox, (inFlight.get(mailbox) ?? 1) - 1);
      }
    })();
    results.set(key, promise);
    return promise;
  };

  const responses = await Promise.all(subRequests.map(run));
  // A sub-request that meets a dropped-connection fault takes the whole batch's connection down.
  if (responses.includes('drop')) throw new DropConnection();
  const entries: JsonObject[] = subRequests.map((sub, index) => {
    const response = responses[index] as EmulatorResponse;
    const entry: JsonObject = {
      id: sub.id,
      status: response.status,
      headers: subResponseHeaders(response),
    };
    const body = subResponseBody(response);
    if (body !== undefined) entry.body = body;
    return entry;
  });
  return jsonResponse(200, { responses: entries });
}

export function registerBatchRoutes(host: RouteHost, dispatcher: Dispatcher): void {
  // Per mailbox, across the batches running at the same time.
  const inFlight = new Map<string, number>();
  host.addRoute('POST', '/v1.0/$batch', (request) => runBatch(dispatcher, request, inFlight));
}
