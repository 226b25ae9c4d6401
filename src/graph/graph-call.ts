import { GraphError } from '@microsoft/microsoft-graph-client';
import { oneLine } from '../core/errors';
import type { GraphClient } from './client';
import { TOKEN_UNAVAILABLE } from './client';
import type { ConnectionFailureReason, GraphOperation, GraphRequestError } from './errors';
import {
  RETRY_AFTER_CAP_SECONDS,
  GraphForbiddenError,
  GraphLimitError,
  GraphNotFoundError,
  GraphOfflineError,
  GraphServiceError,
  GraphThrottledError,
  GraphUnauthorizedError,
} from './errors';
import type { RequestLimitReason } from './retry-middleware';
import { CONNECTION_FAILURE, LIMIT_REACHED } from './retry-middleware';
import { parseRetryAfter, RETRYABLE_STATUSES } from './retry-policy';

/** What went wrong with one request, whichever way it reached us (SDK error or `$batch` sub-response). */
export interface GraphFailure {
  /** HTTP status, or null when no answer came back. */
  status: number | null;
  connection: ConnectionFailureReason | null;
  /** The bound that stopped the request, if one did. */
  limit: RequestLimitReason | null;
  /** Graph's `error.code` and `error.message`, cleaned of secrets. */
  detail: string;
  retryAfterSeconds: number | null;
  /**
   * Graph's error codes, the top-level one first, then each `innerError` code (the Excel API
   * puts its specific code, e.g. `invalidSessionReCreatable`, at the second level).
   */
  codes: readonly string[];
}

/** The codes of an error object and of its nested `innerError`s, outermost first. */
function errorCodes(error: unknown): string[] {
  const codes: string[] = [];
  for (let level = error; isRecord(level); level = level.innerError) {
    if (typeof level.code === 'string' && level.code !== '') codes.push(level.code);
  }
  return codes;
}

function parsedBody(body: unknown): unknown {
  if (typeof body !== 'string') return body;
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** `error.code: error.message` of a Graph error body, as one clean line. */
function errorDetail(graph: GraphClient, code: unknown, message: unknown): string {
  const parts = [code, message].filter(
    (part): part is string => typeof part === 'string' && part !== '',
  );
  return oneLine(graph.redactor.redact(parts.join(': ')), 200);
}

/** `Retry-After` in seconds, capped at a day: a server asking for more asks for "not today". */
export function retryAfterSeconds(header: string | null | undefined): number | null {
  const ms = parseRetryAfter(header, Date.now());
  return ms === null ? null : Math.min(Math.ceil(ms / 1000), RETRY_AFTER_CAP_SECONDS);
}

/**
 * The failure of a request the server answered: `status`, with `detail` from the Graph error
 * object `error` (`{ code, message, innerError }`; anything else counts as empty) and
 * `retryAfterHeader` read as seconds. `codes` default to those of `error` and its `innerError`s.
 */
export function httpFailure(
  graph: GraphClient,
  status: number | null,
  error: unknown,
  retryAfterHeader: string | null | undefined,
  codes: readonly string[] = errorCodes(error),
): GraphFailure {
  const record = isRecord(error) ? error : {};
  return {
    status,
    connection: null,
    limit: null,
    detail: errorDetail(graph, record.code, record.message),
    retryAfterSeconds: retryAfterSeconds(retryAfterHeader),
    codes,
  };
}

/** Reads a failure out of whatever the SDK threw; rethrows what is not a Graph failure. */
export function failureOf(graph: GraphClient, error: unknown): GraphFailure {
  if (!(error instanceof GraphError)) throw error;
  if (error.code === TOKEN_UNAVAILABLE) throw graph.takeTokenFailure() ?? error;
  if (error.code === CONNECTION_FAILURE) {
    const connection: ConnectionFailureReason =
      error.message === 'untrusted-certificate' ? 'untrusted-certificate' : 'unreachable';
    return {
      status: null,
      connection,
      limit: null,
      detail: '',
      retryAfterSeconds: null,
      codes: [],
    };
  }
  if (error.code === LIMIT_REACHED) {
    const limit = error.message as RequestLimitReason;
    return {
      status: null,
      connection: null,
      limit,
      detail: '',
      retryAfterSeconds: null,
      codes: [],
    };
  }
  const status = error.statusCode > 0 ? error.statusCode : null;
  const codes = errorCodes(parsedBody(error.body));
  return httpFailure(
    graph,
    status,
    { code: error.code, message: error.message },
    error.headers?.get('Retry-After'),
    codes.length > 0 ? codes : typeof error.code === 'string' ? [error.code] : [],
  );
}

/** A response read as a failure (for calls made with `ResponseType.RAW`, which never throw on a status). */
export async function failureOfResponse(
  graph: GraphClient,
  response: Response,
): Promise<GraphFailure> {
  const body = parsedBody(await response.text().catch(() => ''));
  const error = isRecord(body) ? body.error : undefined;
  return httpFailure(graph, response.status, error, response.headers.get('Retry-After'));
}

/** One try of a call: its value, or what went wrong (never a Graph error thrown). */
export type GraphAttempt<T> = { ok: true; value: T } | { ok: false; failure: GraphFailure };

/** Runs one SDK call without throwing Graph failures, for callers that decide each retry themselves. */
export async function attemptGraph<T>(
  graph: GraphClient,
  send: () => Promise<T>,
): Promise<GraphAttempt<T>> {
  try {
    return { ok: true, value: await send() };
  } catch (error) {
    return { ok: false, failure: failureOf(graph, error) };
  }
}

/**
 * The typed, bilingual error for a failure. `origin` is the server the request went to: the
 * service root's, or another host's for a next link.
 */
export function requestError(
  graph: GraphClient,
  operation: GraphOperation,
  request: string,
  failure: GraphFailure,
  origin = new URL(graph.baseUrl).origin,
): GraphRequestError {
  if (failure.connection !== null) {
    return new GraphOfflineError(operation, request, origin, failure.connection);
  }
  switch (failure.limit) {
    case 'timeout':
      return new GraphLimitError(operation, request, {
        kind: 'timeout',
        origin,
        ms: graph.limits.requestTimeoutMs,
      });
    case 'silent':
      return new GraphLimitError(operation, request, {
        kind: 'silent',
        origin,
        ms: graph.limits.requestTimeoutMs,
      });
    case 'deadline':
      return new GraphLimitError(operation, request, {
        kind: 'deadline',
        ms: graph.limits.operationDeadlineMs,
      });
    case 'too-large':
      return new GraphLimitError(operation, request, {
        kind: 'too-large',
        bytes: graph.limits.maxResponseBytes,
      });
    case null:
      break;
  }
  const { status } = failure;
  if (status === 401) return new GraphUnauthorizedError(operation, request);
  if (status === 403) return new GraphForbiddenError(operation, request);
  if (status === 404) return new GraphNotFoundError(operation, request);
  if (status !== null && RETRYABLE_STATUSES.has(status)) {
    return new GraphThrottledError(operation, request, status, failure.retryAfterSeconds);
  }
  const detail = status !== null && status < 400 ? 'unreadable answer' : failure.detail;
  return new GraphServiceError(operation, request, status, detail);
}

/** `GET /me/calendarView`: how a request is named in errors, never with its query. */
export function requestLabel(method: string, path: string): string {
  return `${method} ${path.split('?')[0]}`;
}

/**
 * Runs one SDK call; any failure becomes a typed {@link GraphRequestError}. `origin`: the
 * server the call goes to, when it is not the service root's.
 */
export async function callGraph<T>(
  graph: GraphClient,
  operation: GraphOperation,
  request: string,
  send: () => Promise<T>,
  origin?: string,
): Promise<T> {
  try {
    return await send();
  } catch (error) {
    throw requestError(graph, operation, request, failureOf(graph, error), origin);
  }
}

/** Like {@link callGraph}, but the listed statuses come back as a value instead of an error. */
export async function callGraphExpecting<T, S extends number>(
  graph: GraphClient,
  operation: GraphOperation,
  request: string,
  expected: readonly S[],
  send: () => Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; status: S }> {
  try {
    return { ok: true, value: await send() };
  } catch (error) {
    const failure = failureOf(graph, error);
    const status = failure.status as S;
    if (expected.includes(status)) return { ok: false, status };
    throw requestError(graph, operation, request, failure);
  }
}
