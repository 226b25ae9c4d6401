import type { GraphClient } from './client';
import type { GraphOperation } from './errors';
import { GraphRequestError, GraphServiceError } from './errors';
import type { GraphFailure } from './graph-call';
import { callGraph, httpFailure, isRecord, requestError, requestLabel } from './graph-call';
import { IdempotentRequest } from './retry-middleware';
import { RETRYABLE_STATUSES, RetryBudget } from './retry-policy';

/** Graph's limit of requests in one `$batch`. */
const MAX_BATCH_STEPS = 20;

/**
 * Outlook's limit of requests running at once on one mailbox is `graph.limits.mailboxConcurrency`
 * (4); the requests of a `$batch` run in parallel unless `dependsOn` sequences them
 * (learn.microsoft.com/graph/json-batching). Centaure's mailbox requests go in that many
 * `dependsOn` chains, so none is refused with 429 MailboxConcurrency; a request whose
 * predecessor failed gets 424 from Graph and is simply sent again.
 */
const FAILED_DEPENDENCY = 424;

/** Outlook resources (calendar, mail, settings, categories): what the mailbox limit counts. */
const OUTLOOK_RESOURCE =
  /^\/(me|users\/[^/]+)\/(events|calendar|calendars|calendarView|mailboxSettings|outlook|messages|mailFolders|contacts)([/?(]|$)/i;

/** For each step, the step it waits for (`dependsOn`), so that each mailbox has ≤ 4 in flight. */
function chainsOf(
  steps: readonly BatchStep[],
  indices: readonly number[],
  chains: number,
): Map<number, number> {
  const previous = new Map<number, number>();
  const byMailbox = new Map<string, number[]>();
  for (const index of indices) {
    const mailbox = OUTLOOK_RESOURCE.exec(steps[index].url)?.[1].toLowerCase();
    if (mailbox === undefined) continue;
    const seen = byMailbox.get(mailbox) ?? [];
    if (seen.length >= chains) previous.set(index, seen[seen.length - chains]);
    seen.push(index);
    byMailbox.set(mailbox, seen);
  }
  return previous;
}

export interface BatchStep {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Relative to the version root, e.g. `/me/events/{id}`. */
  url: string;
  body?: unknown;
  /** Sent with this request only (e.g. `If-Match`). */
  headers?: Readonly<Record<string, string>>;
  /** What the step does, as its error names it, when not the batch's operation. */
  operation?: GraphOperation;
}

/**
 * A step as `$batch` sends it: its index as its id, its own headers, a JSON body said so, and
 * `dependsOn` the step it waits for (Graph runs it only once that one succeeded, else 424).
 */
export function batchRequest(
  step: BatchStep,
  index: number,
  after?: number,
): Record<string, unknown> {
  const headers: Record<string, string> = { ...step.headers };
  if (step.body !== undefined) headers['Content-Type'] = 'application/json';
  return {
    id: String(index),
    method: step.method,
    url: step.url,
    ...(Object.keys(headers).length === 0 ? {} : { headers }),
    ...(step.body === undefined ? {} : { body: step.body }),
    ...(after === undefined ? {} : { dependsOn: [String(after)] }),
  };
}

export type BatchResult =
  { ok: true; status: number; body: unknown } | { ok: false; error: GraphRequestError };

export interface SubResponse {
  status: number;
  headers: Record<string, unknown>;
  body: unknown;
}

export function readSubResponses(answer: unknown): Map<string, SubResponse> {
  const byId = new Map<string, SubResponse>();
  const responses = isRecord(answer) ? answer.responses : undefined;
  if (!Array.isArray(responses)) return byId;
  for (const raw of responses) {
    if (!isRecord(raw) || typeof raw.status !== 'number') continue;
    byId.set(String(raw.id), {
      status: raw.status,
      headers: isRecord(raw.headers) ? raw.headers : {},
      body: raw.body,
    });
  }
  return byId;
}

function header(response: SubResponse, name: string): string | null {
  const key = Object.keys(response.headers).find((k) => k.toLowerCase() === name.toLowerCase());
  const value = key === undefined ? undefined : response.headers[key];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : null;
}

export function subFailure(graph: GraphClient, response: SubResponse): GraphFailure {
  const error = isRecord(response.body) ? response.body.error : undefined;
  return httpFailure(graph, response.status, error, header(response, 'Retry-After'));
}

/**
 * Runs requests as `$batch`es of at most {@link MAX_BATCH_STEPS}. A `$batch` answers 200 even
 * when some of its requests were throttled, so every sub-response is checked, and the
 * throttled ones (429, 503, 504) are sent again in a smaller batch after the longest
 * `Retry-After` they asked for, within the client's retry policy. Results come back in the
 * order of `steps`; a failed `$batch` as a whole fails every request not yet answered.
 */
export async function runBatch(
  graph: GraphClient,
  operation: GraphOperation,
  steps: readonly BatchStep[],
  options: { idempotent: boolean },
): Promise<BatchResult[]> {
  const results: (BatchResult | undefined)[] = steps.map(() => undefined);
  const stepLabel = (index: number) => requestLabel(steps[index].method, steps[index].url);
  const fail = (index: number, failure: GraphFailure) => {
    results[index] = {
      ok: false,
      error: requestError(graph, steps[index].operation ?? operation, stepLabel(index), failure),
    };
  };

  for (let start = 0; start < steps.length; start += MAX_BATCH_STEPS) {
    let pending = steps.slice(start, start + MAX_BATCH_STEPS).map((_, i) => start + i);
    const budget = new RetryBudget(graph.retry);
    while (pending.length > 0) {
      const waitsFor = chainsOf(steps, pending, graph.limits.mailboxConcurrency);
      const body = {
        requests: pending.map((index) => batchRequest(steps[index], index, waitsFor.get(index))),
      };
      let answer: unknown;
      try {
        answer = await callGraph(graph, operation, 'POST /$batch', () =>
          graph.api
            .api('/$batch')
            .middlewareOptions(options.idempotent ? [new IdempotentRequest()] : [])
            .post(body),
        );
      } catch (error) {
        if (!(error instanceof GraphRequestError)) throw error;
        return results.map((result) => result ?? { ok: false, error });
      }
      const byId = readSubResponses(answer);
      const throttled: { index: number; failure: GraphFailure }[] = [];
      const notRun: number[] = [];
      for (const index of pending) {
        const response = byId.get(String(index));
        if (response?.status === FAILED_DEPENDENCY && waitsFor.has(index)) {
          // Its predecessor in the chain failed, so Graph did not run it: sent again.
          notRun.push(index);
        } else if (response === undefined) {
          const missing = new GraphServiceError(
            operation,
            stepLabel(index),
            null,
            'no answer in the $batch response',
          );
          results[index] = { ok: false, error: missing };
        } else if (RETRYABLE_STATUSES.has(response.status)) {
          throttled.push({ index, failure: subFailure(graph, response) });
        } else if (response.status >= 200 && response.status < 300) {
          results[index] = { ok: true, status: response.status, body: response.body };
        } else {
          fail(index, subFailure(graph, response));
        }
      }
      let retried: number[] = [];
      if (throttled.length > 0) {
        const asked = throttled
          .map(({ failure }) => failure.retryAfterSeconds)
          .filter((seconds): seconds is number => seconds !== null);
        const delay = budget.delayFor(asked.length === 0 ? null : Math.max(...asked) * 1000);
        if (budget.allows(delay)) {
          await budget.wait(delay);
          retried = throttled.map(({ index }) => index);
        } else {
          throttled.forEach(({ index, failure }) => fail(index, failure));
        }
      }
      pending = [...retried, ...notRun].sort((a, b) => a - b);
    }
  }
  return results.map(
    (result, index) =>
      result ?? {
        ok: false,
        error: new GraphServiceError(operation, stepLabel(index), null, 'not sent'),
      },
  );
}
