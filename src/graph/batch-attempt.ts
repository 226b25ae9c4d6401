import type { BatchStep } from './batch';
import { batchRequest, readSubResponses, subFailure } from './batch';
import type { GraphClient } from './client';
import type { GraphAttempt } from './graph-call';
import { attemptGraph, httpFailure } from './graph-call';
import { CallerRetries } from './retry-middleware';

/** A request of a {@link attemptBatch}: a {@link BatchStep}, run once `after` (an index) succeeded. */
export interface SequencedStep extends BatchStep {
  /**
   * The index of an earlier step this one waits for (`dependsOn`): Graph runs it only once that
   * one succeeded, and answers 424 Failed Dependency otherwise (learn.microsoft.com/graph/json-batching).
   */
  after?: number;
}

/**
 * One `$batch` round trip, tried once, for callers that decide every retry themselves (the
 * team workbook's appends): either the batch as a whole failed (no answer, a dropped
 * connection, the batch itself throttled), or each step's own answer or failure comes back,
 * in the order of `steps`. Graph answers a `$batch` 200 whatever its requests did, so each
 * step's status is its own (a 429 or 504 of one step is that step's, with its `Retry-After`).
 */
export async function attemptBatch(
  graph: GraphClient,
  steps: readonly SequencedStep[],
): Promise<GraphAttempt<GraphAttempt<unknown>[]>> {
  const requests = steps.map((step, index) => batchRequest(step, index, step.after));
  const answer = await attemptGraph(
    graph,
    () =>
      graph.api
        .api('/$batch')
        .middlewareOptions([new CallerRetries()])
        .post({ requests }) as Promise<unknown>,
  );
  if (!answer.ok) return answer;
  const byId = readSubResponses(answer.value);
  return {
    ok: true,
    value: steps.map((_, index): GraphAttempt<unknown> => {
      const response = byId.get(String(index));
      if (response === undefined) {
        // Not answered: whether it ran cannot be told, as with a lost answer.
        return {
          ok: false,
          failure: httpFailure(graph, null, { code: 'noAnswerInBatch' }, null),
        };
      }
      return response.status >= 200 && response.status < 300
        ? { ok: true, value: response.body }
        : { ok: false, failure: subFailure(graph, response) };
    }),
  };
}
