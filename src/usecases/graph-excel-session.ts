import { ResponseType } from '@microsoft/microsoft-graph-client';
import { attemptBatch } from '../graph/batch-attempt';
import type { GraphClient } from '../graph/client';
import type { DriveFile } from '../graph/drive';
import { itemPath } from '../graph/drive';
import type { GraphOperation } from '../graph/errors';
import type { GraphAttempt, GraphFailure } from '../graph/graph-call';
import {
  attemptGraph,
  failureOfResponse,
  httpFailure,
  isRecord,
  requestError,
  retryAfterSeconds,
} from '../graph/graph-call';
import { OPERATIONS } from '../graph/operations';
import { CallerRetries } from '../graph/retry-middleware';
import { GraphNotFoundError, GraphServiceError } from '../graph/errors';
import { missingTables } from '../workbook/errors';
import type { ExcelTablesApi, ExcelValue } from '../workbook/excel-api-upsert';
import type { CellData } from '../workbook/layout';
import type { TableRange } from '../workbook/table-operations';

/** What `createSession` answers where the Excel REST API cannot edit the file (personal OneDrive, locked file). */
const UNAVAILABLE: ReadonlySet<number | null> = new Set([400, 404, 405, 423, 501]);

/** Status polls of a session created as a long-running operation before it counts as failed. */
const MAX_SESSION_POLLS = 20;
/** Wait between polls when the service does not say (`Retry-After`); doubles up to 5 s. */
const FIRST_POLL_WAIT_MS = 250;
const MAX_POLL_WAIT_MS = 5_000;

function cellData(value: unknown): CellData {
  return typeof value === 'string' || typeof value === 'number'
    ? value
    : typeof value === 'boolean'
      ? Number(value)
      : null;
}

function grid(value: unknown): CellData[][] {
  return Array.isArray(value)
    ? value.map((row) => (Array.isArray(row) ? row.map(cellData) : []))
    : [];
}

/**
 * Polls a session creation's operation (`Location`) until it succeeds, then reads the
 * session it made; `Retry-After` paces the polls when the service sends one.
 */
async function pollSessionCreation(
  graph: GraphClient,
  location: string,
  accepted: Response,
): Promise<GraphAttempt<unknown>> {
  let waitMs = FIRST_POLL_WAIT_MS;
  let retryAfter = retryAfterSeconds(accepted.headers.get('Retry-After'));
  for (let poll = 1; poll <= MAX_SESSION_POLLS; poll += 1) {
    await graph.retry.sleep(retryAfter === null ? waitMs : retryAfter * 1000);
    waitMs = Math.min(waitMs * 2, MAX_POLL_WAIT_MS);
    const answer = await attemptGraph(
      graph,
      () => graph.api.api(location).responseType(ResponseType.RAW).get() as Promise<Response>,
    );
    if (!answer.ok) return answer;
    const response = answer.value;
    if (!response.ok) return { ok: false, failure: await failureOfResponse(graph, response) };
    retryAfter = retryAfterSeconds(response.headers.get('Retry-After'));
    const operation: unknown = await response.json().catch(() => undefined);
    const status = isRecord(operation) ? operation.status : undefined;
    if (status === 'failed') {
      return {
        ok: false,
        failure: httpFailure(graph, null, isRecord(operation) ? operation.error : undefined, null),
      };
    }
    if (status === 'succeeded') {
      const resource = isRecord(operation) ? operation.resourceLocation : undefined;
      if (typeof resource !== 'string') {
        return {
          ok: false,
          failure: httpFailure(graph, 200, { code: 'noResourceLocation' }, null),
        };
      }
      return attemptGraph(graph, () => graph.api.api(resource).get() as Promise<unknown>);
    }
  }
  return {
    ok: false,
    failure: httpFailure(
      graph,
      null,
      { code: 'sessionCreationTimedOut', message: 'the session was still being created' },
      null,
    ),
  };
}

/** The sheet name of a qualified address (`'Weekly tasks'!A1:K9` → `Weekly tasks`). */
function sheetOf(address: string): string {
  const sheet = address.slice(0, address.lastIndexOf('!'));
  return sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

/**
 * The Excel REST API on one workbook in OneDrive for work or school, inside a persistent
 * session: changes land in the file even while it is open in Excel.
 */
export class GraphExcelSession implements ExcelTablesApi {
  private constructor(
    private readonly graph: GraphClient,
    private readonly base: string,
    private readonly sessionId: string,
    private readonly operation: GraphOperation,
    private readonly callerRetries: boolean,
  ) {}

  /** Opens a session, or answers null where the API cannot edit this file. */
  static async open(graph: GraphClient, file: DriveFile): Promise<GraphExcelSession | null> {
    const created = await GraphExcelSession.create(graph, file, OPERATIONS.writeOwnFile, false);
    if (created.ok) return created.value;
    if (UNAVAILABLE.has(created.failure.status)) return null;
    const url = `POST ${itemPath(file)}/workbook/createSession`;
    throw requestError(graph, OPERATIONS.writeOwnFile, url, created.failure);
  }

  /**
   * Creates a persistent session (`persistChanges`). It is asked for as a long-running
   * operation (`Prefer: respond-async`): when creating it takes the service a while, the
   * answer is 202 with a `Location` to poll until the operation succeeds or fails.
   * `callerRetries`: the session's requests are tried once each, and the caller decides
   * every retry ({@link attempt}); otherwise the client's retry policy applies.
   */
  static async create(
    graph: GraphClient,
    file: DriveFile,
    operation: GraphOperation,
    callerRetries: boolean,
  ): Promise<GraphAttempt<GraphExcelSession>> {
    const base = `${itemPath(file)}/workbook`;
    const url = `${base}/createSession`;
    const answer = await attemptGraph(
      graph,
      () =>
        graph.api
          .api(url)
          .header('Prefer', 'respond-async')
          .middlewareOptions(callerRetries ? [new CallerRetries()] : [])
          .responseType(ResponseType.RAW)
          .post({ persistChanges: true }) as Promise<Response>,
    );
    if (!answer.ok) return answer;
    const response = answer.value;
    if (!response.ok) return { ok: false, failure: await failureOfResponse(graph, response) };
    let info: unknown;
    if (response.status === 202) {
      const location = response.headers.get('Location');
      if (location === null) {
        throw new GraphServiceError(operation, `POST ${url}`, 202, 'no Location to poll');
      }
      const polled = await pollSessionCreation(graph, location, response);
      if (!polled.ok) return polled;
      info = polled.value;
    } else {
      info = await response.json().catch(() => undefined);
    }
    const id = isRecord(info) ? info.id : undefined;
    if (typeof id !== 'string' || id === '') {
      throw new GraphServiceError(operation, `POST ${url}`, response.status, 'no session id');
    }
    return { ok: true, value: new GraphExcelSession(graph, base, id, operation, callerRetries) };
  }

  /** `GET …/workbook/tables/Name/range`, as named in errors (an address is never shown). */
  private label(method: string, path: string): string {
    const url = `${this.base}${path.split('?')[0]}`;
    return `${method.toUpperCase()} ${url.replace(/\(address='[^']*'\)/, "(address='…')")}`;
  }

  /** One request in the session, its failure returned rather than thrown. */
  attempt<T>(
    method: 'get' | 'post' | 'patch',
    path: string,
    body?: unknown,
  ): Promise<GraphAttempt<T>> {
    return attemptGraph(this.graph, () => {
      const request = this.graph.api
        .api(`${this.base}${path}`)
        .header('workbook-session-id', this.sessionId)
        .middlewareOptions(this.callerRetries ? [new CallerRetries()] : []);
      return (method === 'get' ? request.get() : request[method](body ?? {})) as Promise<T>;
    });
  }

  /**
   * Requests of this session sent together, in one `$batch` round trip, each tried once (the
   * caller decides every retry): each carries the session's `workbook-session-id` header, as
   * a request sent alone does; Graph forwards a batched request's headers to its service
   * (learn.microsoft.com/graph/json-batching), so the Excel service sees the same session.
   * `after`: the index of a request this one waits for, run only if that one succeeded.
   */
  attemptTogether(
    requests: readonly { method: 'GET' | 'POST'; path: string; body?: unknown; after?: number }[],
  ): Promise<GraphAttempt<GraphAttempt<unknown>[]>> {
    return attemptBatch(
      this.graph,
      requests.map(({ method, path, body, after }) => ({
        method,
        url: `${this.base}${path}`,
        headers: { 'workbook-session-id': this.sessionId },
        ...(body === undefined ? {} : { body }),
        ...(after === undefined ? {} : { after }),
      })),
    );
  }

  /** The typed error for a failed {@link attempt}. */
  failed(method: string, path: string, failure: GraphFailure): Error {
    return requestError(this.graph, this.operation, this.label(method, path), failure);
  }

  private async send<T>(
    method: 'get' | 'post' | 'patch',
    path: string,
    body?: unknown,
  ): Promise<T> {
    const answer = await this.attempt<T>(method, path, body);
    if (!answer.ok) throw this.failed(method, path, answer.failure);
    return answer.value;
  }

  async readTable(name: string): Promise<TableRange> {
    const path = `/tables/${encodeURIComponent(name)}/range?$select=address,values,formulas`;
    let range: unknown;
    try {
      range = await this.send<unknown>('get', path);
    } catch (error) {
      if (error instanceof GraphNotFoundError) throw missingTables([name]);
      throw error;
    }
    const record = isRecord(range) ? range : {};
    const address = typeof record.address === 'string' ? record.address : '';
    return {
      sheet: sheetOf(address),
      address,
      values: grid(record.values),
      formulas: grid(record.formulas),
    };
  }

  async addRows(name: string, index: number | null, values: ExcelValue[][]): Promise<void> {
    await this.send('post', `/tables/${encodeURIComponent(name)}/rows/add`, { index, values });
  }

  async deleteRange(sheet: string, address: string): Promise<void> {
    await this.send(
      'post',
      `/worksheets/${encodeURIComponent(sheet)}/range(address='${address}')/delete`,
      {
        shift: 'Up',
      },
    );
  }

  async setNamedCell(name: string, value: ExcelValue): Promise<void> {
    await this.send('patch', `/names/${encodeURIComponent(name)}/range`, { values: [[value]] });
  }

  /** Ends the session; a session left open expires by itself, so a failure here changes nothing. */
  async close(): Promise<void> {
    try {
      await this.send('post', '/closeSession');
    } catch {
      // The changes are already persisted.
    }
  }
}
