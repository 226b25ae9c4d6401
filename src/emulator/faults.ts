import type { EmulatorResponse } from './http-types';
import { graphError } from './responses';

interface FaultMatch {
  /** Any method when absent. */
  method?: string;
  /**
   * A string is a whole Graph path, compared case-insensitively, with or without the `/v1.0`
   * prefix and without the query; a RegExp is tested against the path (raw and percent-decoded).
   */
  path: RegExp | string;
  /** How many matching requests the fault hits before it stops; unlimited when absent. */
  times?: number;
  /**
   * How many matching requests that reach this fault go through untouched first (to fault
   * page 2, say); a request an earlier fault stopped never reached it. 0 when absent.
   */
  skip?: number;
}

/** Answers with an error status instead of the route (429, 503, 504, 423, 403, ...). */
export interface StatusFault extends FaultMatch {
  status: number;
  /** Sent as `Retry-After`; a 429 without it says 1 second, as Graph always sends one. */
  retryAfterSeconds?: number;
  /** Graph error code; a sensible default per status and workload otherwise. */
  code?: string;
  message?: string;
  /** For a 403: the scopes the API needs, named in Graph's "Missing scope permissions" message. */
  requiredScopes?: readonly string[];
  /** Let the request take effect first, then answer the error (a gateway timeout after the work was done). */
  afterRoute?: boolean;
  /** The Excel API's second-level code and message, under `innerError`. */
  innerCode?: string;
}

/** Destroys the socket without an answer, as a dropped connection. */
export interface DropFault extends FaultMatch {
  drop: true;
  /** Let the request take effect first, then drop the connection before the answer. */
  afterRoute?: boolean;
}

/** Delays the request, then lets it through to the next fault or the route. */
export interface LatencyFault extends FaultMatch {
  latencyMs: number;
}

/** Accepts the request and never answers, until the emulator closes (a server that hangs). */
export interface HangFault extends FaultMatch {
  hang: true;
}

/**
 * Lets the route answer, sends the status, the headers (with the full Content-Length) and
 * the first `stallAfterBytes` bytes of the body, then nothing more: a server stalled mid-body.
 */
export interface StallFault extends FaultMatch {
  stallAfterBytes: number;
}

/**
 * Hits each matching request with probability `rate`, with one of the failures a busy
 * Microsoft 365 gives, picked at random: 429 and 503 (with `Retry-After`), Excel's edit-lock
 * 409s, a connection dropped before the request is read, and, after the request took effect,
 * a 504 or a dropped connection (the client cannot tell whether it happened).
 */
export interface RandomFault extends FaultMatch {
  rate: number;
  /** Math.random by default; a seeded generator makes a run repeatable. */
  random?: () => number;
}

export type FaultSpec =
  StatusFault | DropFault | LatencyFault | HangFault | StallFault | RandomFault;

export interface InjectedFault {
  readonly spec: FaultSpec;
  /** Requests this fault has hit so far. */
  readonly hits: number;
  remove(): void;
}

/** What the faults of one request amount to. */
export interface FaultOutcome {
  latencyMs: number;
  /** `afterRoute`: the request takes effect first, then the answer is replaced or lost. */
  stop?:
    | { kind: 'drop'; afterRoute: boolean }
    | { kind: 'hang' }
    | { kind: 'respond'; response: EmulatorResponse; afterRoute: boolean };
  /** The route answers, but its body stops after this many bytes. */
  stallAfterBytes?: number;
}

const RANDOM_FAILURES: ReadonlyArray<NonNullable<FaultOutcome['stop']> | StatusFault> = [
  { status: 429, path: '', retryAfterSeconds: 1 },
  { status: 503, path: '', retryAfterSeconds: 1 },
  {
    status: 409,
    path: '',
    code: 'EditModeCannotAcquireLock',
    message:
      'The workbook is being edited by another user and the edit lock could not be acquired.',
  },
  {
    status: 409,
    path: '',
    code: 'accessConflict',
    message: 'The request conflicts with another client accessing the workbook.',
  },
  { kind: 'drop', afterRoute: false },
  { kind: 'drop', afterRoute: true },
  { status: 504, path: '' },
];

const VERSION_PREFIX = '/v1.0';

function decodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function pathMatches(pattern: RegExp | string, path: string): boolean {
  const decoded = decodePath(path);
  if (pattern instanceof RegExp) {
    pattern.lastIndex = 0;
    if (pattern.test(path)) return true;
    pattern.lastIndex = 0;
    return pattern.test(decoded);
  }
  const lower = pattern.toLowerCase();
  const wanted = lower.startsWith(VERSION_PREFIX) ? lower : `${VERSION_PREFIX}${lower}`;
  return wanted === path.toLowerCase() || wanted === decoded.toLowerCase();
}

function isDrivePath(path: string): boolean {
  return /\/(drive|drives|shares)\/|^\/_(upload|download)\//i.test(path);
}

interface DefaultError {
  graph: [string, string];
  drive: [string, string];
}

const DEFAULT_ERRORS: Record<number, DefaultError> = {
  403: {
    graph: ['ErrorAccessDenied', 'Access is denied. Check credentials and try again.'],
    drive: ['accessDenied', 'The caller does not have permission to perform the action.'],
  },
  423: {
    graph: ['resourceLocked', 'The resource you are attempting to access is locked.'],
    drive: ['resourceLocked', 'The resource you are attempting to access is locked.'],
  },
  429: {
    graph: [
      'TooManyRequests',
      'Too many requests. Please retry after the time in the Retry-After header.',
    ],
    drive: ['activityLimitReached', 'The app or user has been throttled.'],
  },
  500: {
    graph: ['InternalServerError', 'An internal server error occurred.'],
    drive: ['generalException', 'An unspecified error has occurred.'],
  },
  503: {
    graph: ['ServiceUnavailable', 'The service is temporarily unavailable. Please retry later.'],
    drive: [
      'serviceNotAvailable',
      'The service is not available. Try the request again after a delay.',
    ],
  },
  504: {
    graph: ['GatewayTimeout', 'The gateway did not receive a response in time.'],
    drive: ['generalException', 'The gateway did not receive a response in time.'],
  },
};

function faultResponse(spec: StatusFault, path: string): EmulatorResponse {
  const defaults = DEFAULT_ERRORS[spec.status];
  const [defaultCode, defaultMessage] = defaults
    ? defaults[isDrivePath(path) ? 'drive' : 'graph']
    : ['UnknownError', 'An error occurred.'];
  const scopeMessage =
    spec.requiredScopes && spec.requiredScopes.length > 0
      ? `Missing scope permissions on the request. API requires one of '${spec.requiredScopes.join(', ')}'.`
      : undefined;
  const retryAfter = spec.retryAfterSeconds ?? (spec.status === 429 ? 1 : undefined);
  const headers: Record<string, string> =
    retryAfter === undefined ? {} : { 'Retry-After': String(retryAfter) };
  const message = spec.message ?? scopeMessage ?? defaultMessage;
  const inner = spec.innerCode === undefined ? undefined : { code: spec.innerCode, message };
  return graphError(spec.status, spec.code ?? defaultCode, message, headers, inner);
}

class Fault implements InjectedFault {
  hits = 0;
  private skipped = 0;

  constructor(
    readonly spec: FaultSpec,
    private readonly owner: FaultRegistry,
  ) {}

  get exhausted(): boolean {
    return this.spec.times !== undefined && this.hits >= this.spec.times;
  }

  matches(method: string, path: string): boolean {
    if (this.exhausted) return false;
    if (this.spec.method !== undefined && this.spec.method.toUpperCase() !== method.toUpperCase()) {
      return false;
    }
    return pathMatches(this.spec.path, path);
  }

  /** Counts a matching request let through while the fault waits for its turn. */
  letsThrough(): boolean {
    if (this.skipped >= (this.spec.skip ?? 0)) return false;
    this.skipped += 1;
    return true;
  }

  remove(): void {
    this.owner.remove(this);
  }
}

/** Faults injected by tests, checked in the order they were added. */
export class FaultRegistry {
  private faults: Fault[] = [];

  add(spec: FaultSpec): InjectedFault {
    const fault = new Fault(spec, this);
    this.faults.push(fault);
    return fault;
  }

  remove(fault: InjectedFault): void {
    this.faults = this.faults.filter((f) => f !== fault);
  }

  clear(): void {
    this.faults = [];
  }

  list(): readonly InjectedFault[] {
    return [...this.faults];
  }

  /**
   * Consumes the faults a request meets: latencies add up, a stall applies to the answer;
   * the first drop, hang or status fault stops it.
   */
  take(method: string, path: string): FaultOutcome {
    let latencyMs = 0;
    let stallAfterBytes: number | undefined;
    for (const fault of this.faults) {
      if (!fault.matches(method, path) || fault.letsThrough()) continue;
      fault.hits += 1;
      const spec = fault.spec;
      if ('latencyMs' in spec) {
        latencyMs += spec.latencyMs;
      } else if ('stallAfterBytes' in spec) {
        stallAfterBytes ??= spec.stallAfterBytes;
      } else if ('hang' in spec) {
        return { latencyMs, stop: { kind: 'hang' } };
      } else if ('drop' in spec) {
        return { latencyMs, stop: { kind: 'drop', afterRoute: spec.afterRoute === true } };
      } else if ('rate' in spec) {
        const random = spec.random ?? Math.random;
        if (random() >= spec.rate) {
          fault.hits -= 1;
          continue;
        }
        // Excel's lock conflicts only come from the workbook API.
        const failures = /\/workbook\//i.test(path)
          ? RANDOM_FAILURES
          : RANDOM_FAILURES.filter((f) => 'kind' in f || f.status !== 409);
        const failure = failures[Math.floor(random() * failures.length)];
        if ('kind' in failure) return { latencyMs, stop: failure };
        const response = faultResponse(failure, path);
        return {
          latencyMs,
          stop: { kind: 'respond', response, afterRoute: failure.status === 504 },
        };
      } else {
        const response = faultResponse(spec, path);
        return {
          latencyMs,
          stop: { kind: 'respond', response, afterRoute: spec.afterRoute === true },
        };
      }
    }
    return { latencyMs, stallAfterBytes };
  }
}
