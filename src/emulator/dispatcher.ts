import { randomUUID } from 'node:crypto';
import type { FaultRegistry } from './faults';
import type { EmulatorRequest, EmulatorResponse } from './http-types';
import type { Json } from './json';
import { isJsonObject } from './json';
import type { RequestLog } from './request-log';
import { graphError, GRAPH_JSON_TYPE } from './responses';
import type { Router } from './router';
import type { Sleeper } from './sleeper';
import type { EmulatorUser, UserDirectory } from './users';

export type IncomingRequest = Omit<EmulatorRequest, 'params'> & {
  /** Path and query as sent, for the log and for links. */
  url: string;
};

/** Thrown by a route to drop the client's connection (a batch whose sub-request met a drop fault). */
export class DropConnection extends Error {}

export type DispatchOutcome =
  | { kind: 'drop' }
  /** No answer, ever: the connection stays open until the emulator closes. */
  | { kind: 'hang' }
  /** `stallAfterBytes`: the body stops after that many bytes, the connection left open. */
  | { kind: 'response'; response: EmulatorResponse; stallAfterBytes?: number };

function loggedBody(request: IncomingRequest): Json | undefined {
  if (request.body.length === 0 || !(request.headers['content-type'] ?? '').includes('json')) {
    return undefined;
  }
  try {
    return JSON.parse(request.body.toString('utf8')) as Json;
  } catch {
    return undefined;
  }
}

function withoutAuthorization(headers: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => name !== 'authorization'));
}

/** Graph's `innerError.date`: UTC, seconds, no zone designator. */
function innerErrorDate(): string {
  return new Date().toISOString().slice(0, 19);
}

/**
 * Adds what Graph adds to every answer: `request-id`, the echoed `client-request-id`,
 * the JSON content type and, in error bodies, `innerError`.
 */
export function finalizeResponse(
  response: EmulatorResponse,
  request: IncomingRequest,
): EmulatorResponse {
  const requestId = randomUUID();
  const clientRequestId = request.headers['client-request-id'] ?? randomUUID();
  const headers: Record<string, string> = {
    'request-id': requestId,
    'client-request-id': clientRequestId,
    ...response.headers,
  };
  let body = response.body;
  if (body !== undefined && !Buffer.isBuffer(body)) {
    if (!Object.keys(headers).some((name) => name.toLowerCase() === 'content-type')) {
      headers['Content-Type'] = GRAPH_JSON_TYPE;
    }
    headers['Cache-Control'] ??= 'no-cache';
    headers['OData-Version'] ??= '4.0';
    if (isJsonObject(body) && isJsonObject(body.error)) {
      const inner = isJsonObject(body.error.innerError) ? body.error.innerError : {};
      body = {
        error: {
          ...body.error,
          innerError: {
            ...inner,
            date: innerErrorDate(),
            'request-id': requestId,
            'client-request-id': clientRequestId,
          },
        },
      };
    }
  }
  return { status: response.status, headers, body };
}

/** Runs one request through authentication, injected faults and the routes, and logs it. */
export class Dispatcher {
  constructor(
    private readonly router: Router,
    private readonly faults: FaultRegistry,
    private readonly log: RequestLog,
    private readonly sleeper: Sleeper,
    private readonly users: UserDirectory,
  ) {}

  async dispatch(request: IncomingRequest, batchRequestId?: string): Promise<DispatchOutcome> {
    const outcome = await this.run(request);
    const status = outcome.kind === 'response' ? outcome.response.status : 0;
    this.log.record({
      method: request.method,
      url: request.url,
      status,
      dropped: outcome.kind === 'drop',
      headers: withoutAuthorization(request.headers),
      bearer: (request.headers.authorization ?? '') !== '',
      origin: request.origin,
      body: loggedBody(request),
      viaBatch: request.viaBatch,
      ...(batchRequestId === undefined ? {} : { batchRequestId }),
    });
    return outcome.kind === 'response'
      ? { ...outcome, response: finalizeResponse(outcome.response, request) }
      : outcome;
  }

  /** The user the request's token belongs to, or the 401 Graph answers. */
  private authenticate(request: IncomingRequest): EmulatorUser | EmulatorResponse {
    const header = request.headers.authorization;
    if (header === undefined || header.trim() === '') {
      return graphError(401, 'InvalidAuthenticationToken', 'Access token is empty.');
    }
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    const user = match ? this.users.byToken(match[1]) : undefined;
    return (
      user ??
      graphError(
        401,
        'InvalidAuthenticationToken',
        'Access token validation failure. Invalid audience.',
      )
    );
  }

  private async run(request: IncomingRequest): Promise<DispatchOutcome> {
    const match = this.router.match(request.method, request.path);
    const anonymous = match.kind === 'found' && match.route.options.anonymous === true;
    // Sub-requests of a batch ride on the batch's own token: they run as its user already.
    let caller = this.users.current();
    if (!anonymous && !request.viaBatch) {
      const user = this.authenticate(request);
      if ('status' in user) return { kind: 'response', response: user };
      caller = user;
    }
    return this.users.runAs(caller, () => this.answer(request, match));
  }

  private async answer(
    request: IncomingRequest,
    match: ReturnType<Router['match']>,
  ): Promise<DispatchOutcome> {
    const faults = this.faults.take(request.method, request.path);
    if (faults.latencyMs > 0) await this.sleeper.sleep(faults.latencyMs);
    const stop = faults.stop;
    if (stop?.kind === 'hang') return { kind: 'hang' };
    if (stop === undefined || stop.afterRoute) {
      const outcome = await this.route(request, match, faults.stallAfterBytes);
      if (stop === undefined) return outcome;
    }
    return stop.kind === 'drop' ? { kind: 'drop' } : { kind: 'response', response: stop.response };
  }

  private async route(
    request: IncomingRequest,
    match: ReturnType<Router['match']>,
    stallAfterBytes: number | undefined,
  ): Promise<DispatchOutcome> {
    if (match.kind === 'wrongMethod') {
      return {
        kind: 'response',
        response: graphError(
          405,
          'BadRequest',
          'Specified HTTP method is not allowed for the request target.',
        ),
      };
    }
    if (match.kind === 'none') {
      const segment = request.path.split('/').filter(Boolean).pop() ?? '';
      return {
        kind: 'response',
        response: graphError(400, 'BadRequest', `Resource not found for the segment '${segment}'.`),
      };
    }
    try {
      const response = await match.route.handler({ ...request, params: match.params });
      return { kind: 'response', response, stallAfterBytes };
    } catch (error) {
      if (error instanceof DropConnection) return { kind: 'drop' };
      const detail = error instanceof Error ? error.message : String(error);
      return { kind: 'response', response: graphError(500, 'InternalServerError', detail) };
    }
  }
}
