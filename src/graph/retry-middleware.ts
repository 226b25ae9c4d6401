import type { Context, Middleware, MiddlewareOptions } from '@microsoft/microsoft-graph-client';
import type { ConnectionFailureReason } from './errors';
import type { GraphLimits } from './limits';
import type { RetryPolicy } from './retry-policy';
import { parseRetryAfter, RETRYABLE_STATUSES, RetryBudget } from './retry-policy';

/**
 * Marks a POST or PATCH as safe to send twice (e.g. a PATCH that sets absolute values),
 * so that a dropped connection is retried as it is for GET, PUT and DELETE.
 */
export class IdempotentRequest implements MiddlewareOptions {}

/**
 * The instant (epoch ms) by which a request must be done, retries included, when it is part
 * of a longer operation (a collection's pages) whose deadline comes before its own.
 */
export class OperationDeadline implements MiddlewareOptions {
  constructor(readonly at: number) {}
}

/**
 * Thrown when a bound of {@link GraphLimits} stops a request: `timeout` (an exchange took
 * longer than `requestTimeoutMs`), `deadline` (the operation ran out of time), `too-large`.
 * Recognised later by this name, as {@link CONNECTION_FAILURE} is.
 */
export const LIMIT_REACHED = 'CentaureLimitReached';
export type RequestLimitReason = 'timeout' | 'deadline' | 'too-large' | 'silent';

/**
 * Exchanges in a row that got no answer at all (not even the status line) before a server is
 * given up on: a server that accepts connections and never answers is not worth the
 * operation's whole deadline (two exchanges of a minute each, some 2 min with the wait between,
 * under the 150 s a user can be asked to wait). A server that answers, however slowly, is not
 * silent and keeps the longer bound.
 */
export const MAX_SILENT_EXCHANGES = 2;

function limitReached(reason: RequestLimitReason): Error {
  const error = new Error(reason);
  error.name = LIMIT_REACHED;
  return error;
}

/**
 * Marks a request whose caller decides every retry itself (the team workbook's appends, where
 * resending a gateway timeout blindly could append a push twice): the middleware passes its
 * answer, or its connection failure, straight back.
 */
export class CallerRetries implements MiddlewareOptions {}

/**
 * Thrown when no HTTP answer came back. The SDK wraps whatever a middleware throws into its
 * `GraphError`, keeping `name` as `code` and the message, which is how it is recognised later.
 */
export const CONNECTION_FAILURE = 'CentaureConnectionFailure';

function connectionFailure(reason: ConnectionFailureReason): Error {
  const error = new Error(reason);
  error.name = CONNECTION_FAILURE;
  return error;
}

const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);
const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);
const CERTIFICATE_ERRORS = new Set([
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_UNTRUSTED',
  'CERT_HAS_EXPIRED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/** No connection was opened: the machine is offline or the server is not there. */
const NEVER_CONNECTED_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'ENETDOWN',
  'EHOSTUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') return code;
  return errorCode((error as { cause?: unknown }).cause);
}

/** A network-level failure (fetch's TypeError, a socket error), as opposed to a bug. */
function asConnectionFailure(error: unknown): ConnectionFailureReason | undefined {
  const code = errorCode(error);
  if (code !== undefined && CERTIFICATE_ERRORS.has(code)) return 'untrusted-certificate';
  // By name, not `instanceof`: fetch's TypeError comes from Node's own realm, which is not
  // the caller's under jest or in a vm.
  if (typeof error === 'object' && error !== null && (error as Error).name === 'TypeError') {
    return 'unreachable';
  }
  if (code !== undefined && /^(E[A-Z]+|UND_ERR_\w+)$/.test(code)) return 'unreachable';
  return undefined;
}

function isIdempotent(context: Context): boolean {
  const method = (context.options?.method ?? 'GET').toUpperCase();
  if (IDEMPOTENT_METHODS.has(method)) return true;
  return context.middlewareControl?.getMiddlewareOptions(IdempotentRequest) !== undefined;
}

/** The body, read to its end but never past `maxBytes`. */
async function readBody(response: Response, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const reader = response.body?.getReader();
  if (reader === undefined) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.byteLength;
    if (length > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw limitReached('too-large');
    }
    chunks.push(value);
  }
  const body = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/**
 * Reads the whole body while the retry loop can still act on it: a connection dropped in
 * the middle of a page surfaces here, and is retried like one dropped before the headers.
 */
async function buffered(response: Response, maxBytes: number): Promise<Response> {
  const body = NULL_BODY_STATUSES.has(response.status) ? null : await readBody(response, maxBytes);
  return new Response(body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

/**
 * Replaces the SDK's RetryHandler in the middleware chain: the same idea (429, 503 and 504
 * honour `Retry-After`), plus dropped connections for idempotent requests, a bound on the
 * total wait, and an injectable sleep. It also bounds each exchange (`requestTimeoutMs`,
 * headers and body alike, and `maxResponseBytes`) and the request with its retries
 * (`operationDeadlineMs`, or an earlier {@link OperationDeadline}).
 */
export class RetryMiddleware implements Middleware {
  private next: Middleware | undefined;

  constructor(
    private readonly policy: RetryPolicy,
    private readonly limits: GraphLimits,
  ) {}

  setNext(next: Middleware): void {
    this.next = next;
  }

  /**
   * One exchange, aborted when it outlasts the request timeout or the deadline; `answered` is
   * set once the server has sent the status line and headers.
   */
  private async exchange(
    next: Middleware,
    context: Context,
    deadline: number,
    answered: { value: boolean },
  ): Promise<void> {
    const remaining = deadline - Date.now();
    if (remaining <= 0) throw limitReached('deadline');
    const stoppedBy: RequestLimitReason =
      remaining < this.limits.requestTimeoutMs ? 'deadline' : 'timeout';
    const abort = new AbortController();
    const timer = setTimeout(
      () => abort.abort(),
      Math.min(remaining, this.limits.requestTimeoutMs),
    );
    context.options = { ...context.options, signal: abort.signal };
    try {
      await next.execute(context);
      answered.value = context.response !== undefined;
      if (context.response !== undefined) {
        context.response = await buffered(context.response, this.limits.maxResponseBytes);
      }
    } catch (error) {
      if (abort.signal.aborted) throw limitReached(stoppedBy);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  async execute(context: Context): Promise<void> {
    const next = this.next;
    if (next === undefined) throw new Error('RetryMiddleware is the last middleware of the chain');
    const budget = new RetryBudget(this.policy);
    const operation = context.middlewareControl?.getMiddlewareOptions(OperationDeadline) as
      OperationDeadline | undefined;
    const deadline = Math.min(
      Date.now() + this.limits.operationDeadlineMs,
      operation?.at ?? Number.POSITIVE_INFINITY,
    );
    const callerRetries =
      context.middlewareControl?.getMiddlewareOptions(CallerRetries) !== undefined;
    let silentInARow = 0;
    for (;;) {
      let failure: ConnectionFailureReason | 'timeout' | undefined;
      let neverConnected = false;
      const answered = { value: false };
      try {
        await this.exchange(next, context, deadline, answered);
        silentInARow = 0;
      } catch (error) {
        const limit = (error as Error).name === LIMIT_REACHED ? (error as Error).message : null;
        if (limit === 'timeout') {
          failure = 'timeout';
          silentInARow = answered.value ? 0 : silentInARow + 1;
          if (silentInARow >= MAX_SILENT_EXCHANGES) throw limitReached('silent');
        } else if (limit !== null) {
          throw error;
        } else {
          failure = asConnectionFailure(error);
          if (failure === undefined) throw error;
          // Without a code (a browser's fetch gives none) it may be a dropped connection: full budget.
          const code = errorCode(error);
          neverConnected = code !== undefined && NEVER_CONNECTED_CODES.has(code);
        }
      }
      let delay: number;
      if (failure !== undefined) {
        delay = budget.delayFor(null);
        // Offline, waiting cannot bring the answer: the user hears it now, not in a minute.
        const retryable =
          failure !== 'untrusted-certificate' &&
          isIdempotent(context) &&
          !callerRetries &&
          this.policy.offline?.() !== true;
        if (!retryable || !budget.allows(delay, neverConnected)) {
          throw failure === 'timeout' ? limitReached('timeout') : connectionFailure(failure);
        }
      } else {
        const response = context.response;
        if (response === undefined || !RETRYABLE_STATUSES.has(response.status) || callerRetries)
          return;
        delay = budget.delayFor(parseRetryAfter(response.headers.get('Retry-After'), Date.now()));
        if (!budget.allows(delay)) return;
      }
      if (Date.now() + delay >= deadline) {
        if (failure === undefined) return;
        throw limitReached('deadline');
      }
      await budget.wait(delay);
    }
  }
}
