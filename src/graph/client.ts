import {
  AuthenticationHandler,
  Client,
  HTTPMessageHandler,
  RedirectHandler,
  TelemetryHandler,
} from '@microsoft/microsoft-graph-client';
import type { AuthenticationProvider, Middleware } from '@microsoft/microsoft-graph-client';
import { InvalidInputError } from '../core/errors';
import type { GraphLimits } from './limits';
import { DEFAULT_GRAPH_LIMITS } from './limits';
import { SecretRedactor } from './redact';
import { RetryMiddleware } from './retry-middleware';
import type { RetryPolicy } from './retry-policy';
import { DEFAULT_RETRY_POLICY } from './retry-policy';

/** Where access tokens come from: MSAL in the taskpane, `CENTAURE_GRAPH_TOKEN` on the command line. */
export interface AccessTokenProvider {
  getAccessToken(): Promise<string>;
}

export const GRAPH_BASE_URL = 'https://graph.microsoft.com';

export interface GraphClientOptions {
  tokenProvider: AccessTokenProvider;
  /** Service root without the version, e.g. `https://graph.microsoft.com` (the default) or an emulator's. */
  baseUrl?: string;
  retry?: Partial<RetryPolicy>;
  limits?: Partial<GraphLimits>;
}

/** A configured connection to Graph; every module of src/graph takes one. */
export interface GraphClient {
  readonly baseUrl: string;
  /** The SDK client: attaches the token to the Graph host (and to `baseUrl`'s host). */
  readonly api: Client;
  /**
   * An SDK client that never attaches the token, for the pre-authenticated URLs Graph hands
   * out (upload sessions), which must not receive it.
   */
  readonly preauthenticated: Client;
  readonly redactor: SecretRedactor;
  /** Also bounds the rounds of `$batch` sub-requests retried after throttling. */
  readonly retry: RetryPolicy;
  readonly limits: GraphLimits;
  /** Set when the token provider failed, so the caller sees its error and not the SDK's wrapper. */
  takeTokenFailure(): unknown;
}

/** The name of the error the SDK sees when the token provider fails. */
export const TOKEN_UNAVAILABLE = 'CentaureTokenUnavailable';

/** A bearer token is visible ASCII: anything else cannot go in the Authorization header. */
const HEADER_UNSAFE = /[^\x21-\x7e]/;

/** Refuses a token `fetch` would refuse, at once and without quoting it. */
function checkHeaderSafe(token: string): void {
  const found = HEADER_UNSAFE.exec(token);
  if (found === null) return;
  const code = `U+${found[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  const position = found.index + 1;
  throw new InvalidInputError({
    fr: `Le jeton d’accès contient un caractère qui ne peut pas figurer dans un en-tête HTTP (caractère ${position}, ${code}) : copiez à nouveau le jeton entier, sans espace ni retour à la ligne.`,
    en: `The access token has a character that cannot go in an HTTP header (character ${position}, ${code}): copy the whole token again, without spaces or line breaks.`,
  });
}

/**
 * Ports the Fetch standard forbids ("bad ports": other protocols' well-known ports): no
 * browser, nor Node's fetch, will connect to them.
 */
const FETCH_BAD_PORTS: ReadonlySet<number> = new Set([
  1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102,
  103, 104, 109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465,
  512, 513, 514, 515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993,
  995, 1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668,
  6669, 6679, 6697, 10080,
]);

/** The URL's port is one of Fetch's "bad ports": no request can be sent to it. */
export function usesRefusedPort(url: URL): boolean {
  return url.port !== '' && FETCH_BAD_PORTS.has(Number(url.port));
}

/** Checks and normalises a Graph service root: https only, no trailing slash or version. */
export function normalizeBaseUrl(text: string): string {
  let url: URL | undefined;
  try {
    url = new URL(text.trim());
  } catch {
    url = undefined;
  }
  // The SDK attaches the token only to https URLs and strips the host of https links only.
  if (url === undefined || url.protocol !== 'https:' || url.hostname === '') {
    throw new InvalidInputError({
      fr: `Adresse Graph invalide : « ${text} » (une URL https est attendue, par exemple ${GRAPH_BASE_URL}).`,
      en: `Invalid Graph URL: "${text}" (expected an https URL such as ${GRAPH_BASE_URL}).`,
    });
  }
  if (usesRefusedPort(url)) {
    throw new InvalidInputError({
      fr: `Adresse Graph invalide : « ${text} » (le port ${url.port} fait partie de ceux que les clients HTTP refusent : choisissez-en un autre).`,
      en: `Invalid Graph URL: "${text}" (port ${url.port} is one that HTTP clients refuse to use: choose another).`,
    });
  }
  const path = url.pathname.replace(/\/+$/, '').replace(/\/v1\.0$/i, '');
  return `${url.origin}${path}`;
}

export function createGraphClient(options: GraphClientOptions): GraphClient {
  const baseUrl = normalizeBaseUrl(options.baseUrl ?? GRAPH_BASE_URL);
  const retry: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const limits: GraphLimits = { ...DEFAULT_GRAPH_LIMITS, ...options.limits };
  const redactor = new SecretRedactor();
  let tokenFailure: unknown;

  const authProvider: AuthenticationProvider = {
    getAccessToken: async () => {
      try {
        const token = await options.tokenProvider.getAccessToken();
        redactor.remember(token);
        checkHeaderSafe(token);
        return token;
      } catch (error) {
        tokenFailure = error;
        const unavailable = new Error('the access token provider failed');
        unavailable.name = TOKEN_UNAVAILABLE;
        throw unavailable;
      }
    },
  };

  const chain = (first: Middleware[]): Middleware[] => [
    ...first,
    new RetryMiddleware(retry, limits),
    new RedirectHandler(),
    new TelemetryHandler(),
    new HTTPMessageHandler(),
  ];
  const common = { baseUrl, defaultVersion: 'v1.0' };
  const api = Client.initWithMiddleware({
    ...common,
    middleware: chain([new AuthenticationHandler(authProvider)]),
    // Hostnames only: the SDK compares them with the request's host, port stripped.
    customHosts: new Set([new URL(baseUrl).hostname]),
  });
  const preauthenticated = Client.initWithMiddleware({ ...common, middleware: chain([]) });

  return {
    baseUrl,
    api,
    preauthenticated,
    redactor,
    retry,
    limits,
    takeTokenFailure: () => {
      const failure = tokenFailure;
      tokenFailure = undefined;
      return failure;
    },
  };
}
