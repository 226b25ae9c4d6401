import type { EmulatorRequest, EmulatorResponse } from './http-types';
import type { Json, JsonObject } from './json';
import { isJsonObject } from './json';

export const GRAPH_JSON_TYPE =
  'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

export function jsonResponse(
  status: number,
  body: Json,
  headers: Record<string, string> = {},
): EmulatorResponse {
  return { status, headers, body };
}

export function emptyResponse(
  status: number,
  headers: Record<string, string> = {},
): EmulatorResponse {
  return { status, headers };
}

/**
 * Graph's error body: `{"error":{"code","message","innerError":{...}}}`; `inner` is the
 * second-level code and message (the Excel API's), and the request ids are added when sent.
 */
export function graphError(
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
  inner?: { code: string; message: string },
): EmulatorResponse {
  const error: JsonObject = { code, message };
  if (inner !== undefined) error.innerError = inner;
  return { status, headers, body: { error } };
}

export function notFound(
  what = 'The specified object was not found in the store.',
): EmulatorResponse {
  return graphError(404, 'ErrorItemNotFound', what);
}

export function badRequest(message: string, code = 'BadRequest'): EmulatorResponse {
  return graphError(400, code, message);
}

/** Parses a JSON request body; `undefined` when it is absent or not JSON. */
export function readJsonBody(request: EmulatorRequest): JsonObject | undefined {
  if (request.body.length === 0) return undefined;
  try {
    const parsed: unknown = JSON.parse(request.body.toString('utf8'));
    return isJsonObject(parsed) ? (parsed as JsonObject) : undefined;
  } catch {
    return undefined;
  }
}

/** `$metadata` context URL of a resource of the signed-in user. */
export function odataContext(request: EmulatorRequest, fragment: string): string {
  return `${request.baseUrl}/v1.0/$metadata#${fragment}`;
}
