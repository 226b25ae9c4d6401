import type { LocalizedMessage } from '../core/errors';
import { CentaureError } from '../core/errors';
import type { Scope } from './scopes';

/** What a Graph call was doing, so every failure tells the user in their terms. */
export interface GraphOperation {
  /** A gerund phrase: `{ fr: 'la lecture du calendrier', en: 'reading the calendar' }`. */
  what: LocalizedMessage;
  /** The permission the call needs, named when Graph answers 403. */
  scope: Scope;
}

/**
 * A Graph call that did not succeed. `request` is the method and path without the query
 * (`GET /me/calendarView`): never a header, never a token.
 */
export class GraphRequestError extends CentaureError {
  constructor(
    code: string,
    text: LocalizedMessage,
    readonly status: number | null,
    readonly request: string,
  ) {
    super(code, text);
    this.name = 'GraphRequestError';
  }
}

/** 401: the token is missing, expired, or not for Graph. */
export class GraphUnauthorizedError extends GraphRequestError {
  constructor(operation: GraphOperation, request: string) {
    super(
      'graph-unauthorized',
      {
        fr: `Microsoft Graph a refusé le jeton d’accès pendant ${operation.what.fr} (401) : il manque, a expiré ou n’est pas destiné à Graph. Reconnectez-vous pour obtenir un nouveau jeton.`,
        en: `Microsoft Graph rejected the access token while ${operation.what.en} (401): it is missing, expired or not meant for Graph. Sign in again to get a new token.`,
      },
      401,
      request,
    );
    this.name = 'GraphUnauthorizedError';
  }
}

/** 403: the signed-in user or the app lacks the permission the call needs. */
export class GraphForbiddenError extends GraphRequestError {
  readonly requiredScope: Scope;

  constructor(operation: GraphOperation, request: string) {
    super(
      'graph-forbidden',
      {
        fr: `Microsoft Graph a interdit ${operation.what.fr} (403) : Centaure a besoin de l’autorisation ${operation.scope}, qui n’a pas été accordée (consentement de l’utilisateur ou de l’administrateur manquant).`,
        en: `Microsoft Graph forbade ${operation.what.en} (403): Centaure needs the ${operation.scope} permission, which has not been granted (user or admin consent is missing).`,
      },
      403,
      request,
    );
    this.name = 'GraphForbiddenError';
    this.requiredScope = operation.scope;
  }
}

/** 404: the event, file or folder does not exist (or is not visible to this user). */
export class GraphNotFoundError extends GraphRequestError {
  constructor(operation: GraphOperation, request: string) {
    super(
      'graph-not-found',
      {
        fr: `Introuvable pendant ${operation.what.fr} (404) : ${request}.`,
        en: `Not found while ${operation.what.en} (404): ${request}.`,
      },
      404,
      request,
    );
    this.name = 'GraphNotFoundError';
  }
}

/** The longest wait a message names: beyond, it says "a day or more". */
export const RETRY_AFTER_CAP_SECONDS = 86_400;

/** 429, 503 or 504 that outlasted the retry budget. */
export class GraphThrottledError extends GraphRequestError {
  constructor(
    operation: GraphOperation,
    request: string,
    status: number,
    /** What the server last asked to wait, when it said. */
    readonly retryAfterSeconds: number | null,
  ) {
    const later =
      retryAfterSeconds === null
        ? { fr: 'plus tard', en: 'later' }
        : retryAfterSeconds >= RETRY_AFTER_CAP_SECONDS
          ? { fr: 'dans un jour ou plus', en: 'in a day or more' }
          : {
              fr: `dans ${plainDuration(retryAfterSeconds * 1000, 'fr')}`,
              en: `in ${plainDuration(retryAfterSeconds * 1000, 'en')}`,
            };
    super(
      'graph-throttled',
      {
        fr: `Microsoft Graph est surchargé ou limite les requêtes (${status}) pendant ${operation.what.fr}, malgré plusieurs nouvelles tentatives. Réessayez ${later.fr}.`,
        en: `Microsoft Graph is busy or throttling requests (${status}) while ${operation.what.en}, even after several retries. Try again ${later.en}.`,
      },
      status,
      request,
    );
    this.name = 'GraphThrottledError';
  }
}

export type ConnectionFailureReason = 'unreachable' | 'untrusted-certificate';

/** `0.2 s`, `30 s`, `5 min`, `3 h`: a duration as a person reads it. */
function plainDuration(ms: number, language: 'fr' | 'en'): string {
  const seconds = ms / 1000;
  if (seconds < 1) {
    const tenths = (Math.round(seconds * 10) / 10).toString();
    return `${language === 'fr' ? tenths.replace('.', ',') : tenths} s`;
  }
  if (seconds < 120) return `${Math.round(seconds)} s`;
  if (seconds < 7200) return `${Math.round(seconds / 60)} min`;
  return `${Math.round(seconds / 3600)} h`;
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Which bound stopped a call (see `GraphLimits`). */
export type GraphLimit =
  | { kind: 'timeout'; origin: string; ms: number }
  /** Accepted the connection and sent nothing, exchange after exchange. */
  | { kind: 'silent'; origin: string; ms: number }
  | { kind: 'deadline'; ms: number }
  | { kind: 'too-large'; bytes: number }
  | { kind: 'pages'; pages: number }
  | { kind: 'items'; items: number };

function limitText(
  limit: GraphLimit,
  operation: GraphOperation,
  request: string,
): LocalizedMessage {
  const { fr: what, en: whatEn } = operation.what;
  switch (limit.kind) {
    case 'timeout':
      return {
        fr: `Pas de réponse complète de ${limit.origin} en ${plainDuration(limit.ms, 'fr')} pendant ${what} (${request}) : réessayez plus tard.`,
        en: `No complete answer from ${limit.origin} within ${plainDuration(limit.ms, 'en')} while ${whatEn} (${request}): try again later.`,
      };
    case 'silent':
      return {
        fr: `${limit.origin} a accepté la connexion mais n’a pas répondu, deux fois de suite (${plainDuration(limit.ms, 'fr')} chaque fois), pendant ${what} (${request}) : arrêt ; vérifiez l’adresse du service ou réessayez plus tard.`,
        en: `${limit.origin} accepted the connection but did not answer, twice in a row (${plainDuration(limit.ms, 'en')} each), while ${whatEn} (${request}): stopped; check the service address or try again later.`,
      };
    case 'deadline':
      return {
        fr: `${capitalized(what)} n’a pas abouti en ${plainDuration(limit.ms, 'fr')}, nouvelles tentatives comprises (${request}) : arrêt ; réessayez plus tard.`,
        en: `${capitalized(whatEn)} did not finish within ${plainDuration(limit.ms, 'en')}, retries included (${request}): stopped; try again later.`,
      };
    case 'too-large': {
      const megabytes = String(Math.round((limit.bytes / 1_000_000) * 10) / 10);
      return {
        fr: `La réponse à ${request} pendant ${what} dépasse ${megabytes.replace('.', ',')} Mo : lecture arrêtée.`,
        en: `The answer to ${request} while ${whatEn} is larger than ${megabytes} MB: stopped reading it.`,
      };
    }
    case 'pages':
    case 'items': {
      const count =
        limit.kind === 'pages'
          ? { fr: `${limit.pages} pages`, en: `${limit.pages} pages` }
          : { fr: `${limit.items} éléments`, en: `${limit.items} items` };
      return {
        fr: `${capitalized(what)} : arrêt après ${count.fr} (${request}) ; c’est plus qu’il n’en faut pour cette lecture, le serveur envoie page après page.`,
        en: `${capitalized(whatEn)} stopped after ${count.en} (${request}): more than this read should ever need, the server keeps sending next pages.`,
      };
    }
  }
}

/** A call stopped by one of the bounds every call has: timeout, deadline, size, pages. */
export class GraphLimitError extends GraphRequestError {
  constructor(
    operation: GraphOperation,
    request: string,
    readonly limit: GraphLimit,
  ) {
    const code = {
      timeout: 'graph-timeout',
      silent: 'graph-silent',
      deadline: 'graph-deadline',
      'too-large': 'graph-too-large',
      pages: 'graph-too-many-pages',
      items: 'graph-too-many-items',
    }[limit.kind];
    super(code, limitText(limit, operation, request), null, request);
    this.name = 'GraphLimitError';
  }
}

/** No HTTP answer at all: no network, connection refused or dropped, or a TLS certificate not trusted. */
export class GraphOfflineError extends GraphRequestError {
  constructor(
    operation: GraphOperation,
    request: string,
    origin: string,
    readonly reason: ConnectionFailureReason,
  ) {
    const text =
      reason === 'untrusted-certificate'
        ? {
            fr: `Le certificat TLS de ${origin} n’est pas reconnu pendant ${operation.what.fr} : pour un serveur local, indiquez son autorité de certification dans NODE_EXTRA_CA_CERTS.`,
            en: `The TLS certificate of ${origin} is not trusted while ${operation.what.en}: for a local server, add its certificate authority to NODE_EXTRA_CA_CERTS.`,
          }
        : {
            fr: `Impossible de joindre ${origin} pendant ${operation.what.fr} : vérifiez la connexion réseau, puis réessayez.`,
            en: `Could not reach ${origin} while ${operation.what.en}: check the network connection, then try again.`,
          };
    super('graph-offline', text, null, request);
    this.name = 'GraphOfflineError';
  }
}

/** Any other failure: a 4xx or 5xx not covered above, or an answer Centaure cannot read. */
export class GraphServiceError extends GraphRequestError {
  constructor(
    operation: GraphOperation,
    request: string,
    status: number | null,
    /** Graph's error code and message, already cleaned of anything secret. */
    detail: string,
  ) {
    const shown = [status === null ? '' : String(status), detail].filter((part) => part !== '');
    super(
      'graph-failed',
      {
        fr: `Microsoft Graph a échoué pendant ${operation.what.fr} (${shown.join(' ') || 'sans détail'}).`,
        en: `Microsoft Graph failed while ${operation.what.en} (${shown.join(' ') || 'no detail'}).`,
      },
      status,
      request,
    );
    this.name = 'GraphServiceError';
  }
}
