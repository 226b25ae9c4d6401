import type { Json } from './json';

/** One request as a route sees it, whether it came over HTTPS or inside a `$batch`. */
export interface EmulatorRequest {
  method: string;
  /** Path without the query, still percent-encoded, e.g. `/v1.0/me/calendarView`. */
  path: string;
  query: URLSearchParams;
  /** Header names in lower case. */
  headers: Readonly<Record<string, string>>;
  body: Buffer;
  /** Named groups of the route pattern, percent-decoded. */
  params: Readonly<Record<string, string>>;
  /** `https://127.0.0.1:PORT`, to build absolute links such as `@odata.nextLink`. */
  baseUrl: string;
  /**
   * Another origin (another port) for the pre-authenticated download and upload URLs, as
   * SharePoint serves them for Graph: a client must not send its Graph token there.
   */
  contentBaseUrl: string;
  /** The origin this request reached: `baseUrl` or `contentBaseUrl`. */
  origin: string;
  /** True for a sub-request of `POST /v1.0/$batch`. */
  viaBatch: boolean;
}

export interface EmulatorResponse {
  status: number;
  headers?: Record<string, string>;
  /** A JSON value is serialised with Graph's JSON content type; bytes are sent as they are. */
  body?: Json | Buffer;
}

export type RouteHandler = (
  request: EmulatorRequest,
) => EmulatorResponse | Promise<EmulatorResponse>;

export interface RouteOptions {
  /** Pre-authenticated URLs (download and upload-session URLs) take no bearer token. */
  anonymous?: boolean;
}
