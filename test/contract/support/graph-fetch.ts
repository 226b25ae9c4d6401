import type { GraphEmulator } from '../../../src/emulator';

export interface GraphReply {
  status: number;
  headers: Headers;
  /** Parsed JSON, or `undefined` for an empty or non-JSON body. */
  body: unknown;
}

/** A real HTTPS request to the emulator with its bearer token (trustEmulatorCa must have run). */
export async function graphFetch(
  emulator: GraphEmulator,
  pathOrUrl: string,
  init: {
    method?: string;
    headers?: Record<string, string>;
    body?: unknown;
    token?: string | null;
  } = {},
): Promise<GraphReply> {
  const headers: Record<string, string> = { ...init.headers };
  const token = init.token === undefined ? emulator.token : init.token;
  if (token !== null) headers.Authorization = `Bearer ${token}`;
  let body: string | Buffer | undefined;
  if (Buffer.isBuffer(init.body) || typeof init.body === 'string') body = init.body;
  else if (init.body !== undefined) {
    body = JSON.stringify(init.body);
    headers['Content-Type'] ??= 'application/json';
  }
  const url = pathOrUrl.startsWith('https://') ? pathOrUrl : `${emulator.url}${pathOrUrl}`;
  const response = await fetch(url, {
    method: init.method ?? 'GET',
    headers,
    body,
    redirect: 'manual',
  });
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text === '' ? undefined : JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  return { status: response.status, headers: response.headers, body: parsed };
}

/** Follows `@odata.nextLink` and returns every item of a collection. */
export async function graphGetAll(
  emulator: GraphEmulator,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ items: Record<string, unknown>[]; pages: number }> {
  const items: Record<string, unknown>[] = [];
  let next: string | undefined = path;
  let pages = 0;
  while (next !== undefined) {
    const reply = await graphFetch(emulator, next, { headers });
    if (reply.status !== 200) throw new Error(`GET ${next} answered ${reply.status}`);
    const page = reply.body as { value: Record<string, unknown>[]; '@odata.nextLink'?: string };
    items.push(...page.value);
    next = page['@odata.nextLink'];
    pages += 1;
  }
  return { items, pages };
}
