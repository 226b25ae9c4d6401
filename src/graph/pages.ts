import type { GraphClient } from './client';
import { usesRefusedPort } from './client';
import type { GraphOperation } from './errors';
import { GraphLimitError, GraphServiceError } from './errors';
import { callGraph, isRecord, requestLabel } from './graph-call';
import { OperationDeadline } from './retry-middleware';

export interface CollectionRequest {
  path: string;
  /** Query values, already percent-encoded: the SDK puts them in the URL as given. */
  query?: Record<string, string>;
  /** Sent with every page: a next link carries the query, not the headers. */
  headers?: Record<string, string>;
}

function httpsUrl(text: string): URL | null {
  if (!text.startsWith('https://')) return null;
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

/**
 * Reads a collection to the end, following every `@odata.nextLink`, within the client's
 * limits: pages, items, and one deadline for them all.
 */
export async function readAllPages(
  graph: GraphClient,
  operation: GraphOperation,
  first: CollectionRequest,
): Promise<unknown[]> {
  const label = requestLabel('GET', first.path);
  const unreadable = (why: string) => new GraphServiceError(operation, label, 200, why);
  const { maxPages, maxItems, operationDeadlineMs } = graph.limits;
  const deadline = new OperationDeadline(Date.now() + operationDeadlineMs);
  const items: unknown[] = [];
  const followed = new Set<string>();
  let request = graph.api.api(first.path).query(first.query ?? {});
  let origin: string | undefined;
  for (let pages = 1; ; pages += 1) {
    const page: unknown = await callGraph(
      graph,
      operation,
      label,
      () =>
        request
          .headers(first.headers ?? {})
          .middlewareOptions([deadline])
          .get(),
      origin,
    );
    if (!isRecord(page) || !Array.isArray(page.value)) throw unreadable('no "value" array');
    items.push(...(page.value as unknown[]));
    if (items.length > maxItems) {
      throw new GraphLimitError(operation, label, { kind: 'items', items: maxItems });
    }
    const next = page['@odata.nextLink'];
    if (next === undefined || next === null) return items;
    // The SDK strips the host from https links only; anything else would be sent to the wrong URL.
    const nextUrl = typeof next === 'string' ? httpsUrl(next) : null;
    if (typeof next !== 'string' || nextUrl === null) {
      throw unreadable('"@odata.nextLink" is not an https URL');
    }
    if (usesRefusedPort(nextUrl)) {
      throw unreadable(`"@odata.nextLink" is on port ${nextUrl.port}, which HTTP clients refuse`);
    }
    if (followed.has(next)) throw unreadable('"@odata.nextLink" loops');
    if (pages >= maxPages) {
      throw new GraphLimitError(operation, label, { kind: 'pages', pages: maxPages });
    }
    followed.add(next);
    origin = nextUrl.origin;
    request = graph.api.api(next);
  }
}
