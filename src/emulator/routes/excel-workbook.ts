import { randomUUID } from 'node:crypto';
import { WorkbookError } from '../../workbook/errors';
import type { Drive, DriveItem } from '../drive/drive';
import type { EmulatorRequest, EmulatorResponse } from '../http-types';
import type { Json } from '../json';
import { emptyResponse, graphError, jsonResponse, readJsonBody } from '../responses';
import type { RouteHost } from '../route-host';
import { StoredWorkbookExcel } from './excel-stored-workbook';

export interface ExcelRoutesOptions {
  /**
   * False for a personal (consumer) OneDrive, where Graph's Excel REST API does not work:
   * every workbook request then answers 404, as Graph does there.
   */
  available?: boolean;
  /**
   * Edits waiting for one workbook beyond which another edit is refused with Excel's
   * 409 `EditModeCannotAcquireLock`, as Excel for the web does when sessions collide.
   */
  editQueueLimit?: number;
  /**
   * Set to make session creation slow: a `Prefer: respond-async` creation then answers 202,
   * and its operation answers `running` to this many polls before it succeeds. Unset, a
   * session is created at once (201), which is what Graph usually does.
   */
  slowSessionCreationPolls?: number;
}

const ITEM = String.raw`^/v1\.0/(?:me/drive|drives/(?<driveId>[^/]+))/items/(?<id>[^/]+)/workbook`;
const route = (tail: string) => new RegExp(`${ITEM}${tail}$`);

type Access = 'edit' | 'view';

interface SessionCreation {
  itemId: string;
  driveId: string;
  sessionId: string;
  pollsLeft: number;
}

const notFound = () => graphError(404, 'itemNotFound', 'The resource could not be found.');

/**
 * The Excel REST subset Centaure uses (sessions, created at once or as a long-running
 * operation; a table's range, header row and columns; adding table rows; deleting a block
 * of cells; a named cell's value), applied to the real xlsx bytes of the drive item: a later
 * download shows exactly what these requests did. A workbook in another user's drive is
 * reached by its drive id when one of its sharing links is active: an edit link lets the
 * caller write, a view link only read. Edits go through even while the item is locked, as
 * co-authoring in Excel allows; they apply one at a time per workbook, and an edit that finds
 * too many waiting is refused with 409 `EditModeCannotAcquireLock`.
 */
export function registerExcelRoutes(host: RouteHost, options: ExcelRoutesOptions = {}): void {
  const sessions = new Map<string, string>();
  const creations = new Map<string, SessionCreation>();
  // One request at a time per workbook, as Excel applies them.
  const queues = new Map<string, Promise<unknown>>();
  const waitingEdits = new Map<string, number>();
  const editQueueLimit = options.editQueueLimit ?? 8;

  /** The item and what the caller may do with it; a response when they may not see it. */
  const locate = (
    request: EmulatorRequest,
  ): { drive: Drive; item: DriveItem; access: Access } | EmulatorResponse => {
    const caller = host.drive;
    const owner =
      request.params.driveId === undefined
        ? caller
        : host.users.byDriveId(request.params.driveId)?.drive;
    const item = owner?.byId(request.params.id);
    if (!owner || !item || item.isFolder || !item.name.toLowerCase().endsWith('.xlsx')) {
      return notFound();
    }
    if (owner === caller) return { drive: owner, item, access: 'edit' };
    const access = owner.linkAccess(item);
    return access === 'none' ? notFound() : { drive: owner, item, access };
  };

  const withWorkbook =
    (
      kind: 'read' | 'edit',
      work: (
        excel: StoredWorkbookExcel,
        request: EmulatorRequest,
        item: DriveItem,
      ) => Promise<EmulatorResponse>,
    ) =>
    async (request: EmulatorRequest): Promise<EmulatorResponse> => {
      if (options.available === false) {
        return graphError(
          404,
          'itemNotFound',
          'The Excel REST API is not available for this drive.',
        );
      }
      const located = locate(request);
      if ('status' in located) return located;
      const { drive, item, access } = located;
      if (kind === 'edit' && access !== 'edit') {
        return graphError(
          403,
          'accessDenied',
          'The caller does not have permission to perform the action.',
        );
      }
      const session = request.headers['workbook-session-id'];
      if (session !== undefined && sessions.get(session) !== item.id) {
        return graphError(
          404,
          'InvalidSessionReCreatable',
          'The session specified in the request does not exist or is invalid due to a transient error.',
        );
      }
      const waiting = waitingEdits.get(item.id) ?? 0;
      if (kind === 'edit') {
        if (waiting >= editQueueLimit) {
          return graphError(
            409,
            'conflict',
            'The workbook is busy.',
            {},
            {
              code: 'EditModeCannotAcquireLock',
              message: 'Another session holds the edit lock of this workbook.',
            },
          );
        }
        waitingEdits.set(item.id, waiting + 1);
      }
      const excel = new StoredWorkbookExcel({
        read: () => new Uint8Array(item.content),
        write: (bytes) => drive.writeContent(item, Buffer.from(bytes)),
      });
      const previous = queues.get(item.id) ?? Promise.resolve();
      const current = previous
        .then(() => work(excel, request, item))
        .catch(failure)
        .finally(() => {
          if (kind === 'edit') waitingEdits.set(item.id, (waitingEdits.get(item.id) ?? 1) - 1);
        });
      queues.set(item.id, current);
      return current;
    };

  host.addRoute(
    'POST',
    route('/createSession'),
    withWorkbook('read', async (_excel, request, item) => {
      const id = randomUUID();
      const slow = options.slowSessionCreationPolls;
      if (slow === undefined || !/respond-async/i.test(request.headers.prefer ?? '')) {
        sessions.set(id, item.id);
        return jsonResponse(201, { id, persistChanges: true });
      }
      const operationId = randomUUID();
      const driveId = request.params.driveId ?? host.drive.id;
      creations.set(operationId, {
        itemId: item.id,
        driveId,
        sessionId: id,
        pollsLeft: slow,
      });
      const location = `${request.baseUrl}/v1.0/drives/${driveId}/items/${item.id}/workbook/operations/${operationId}`;
      return emptyResponse(202, { Location: location, 'Retry-After': '0' });
    }),
  );
  host.addRoute('GET', route('/operations/(?<operation>[^/]+)'), (request) => {
    const creation = creations.get(request.params.operation);
    if (!creation || creation.itemId !== request.params.id) return notFound();
    if (creation.pollsLeft > 0) {
      creation.pollsLeft -= 1;
      return jsonResponse(200, { id: request.params.operation, status: 'running' });
    }
    sessions.set(creation.sessionId, creation.itemId);
    return jsonResponse(200, {
      id: request.params.operation,
      status: 'succeeded',
      resourceLocation: `${request.baseUrl}/v1.0/drives/${creation.driveId}/items/${creation.itemId}/workbook/sessionInfoResource(key='${request.params.operation}')`,
    });
  });
  host.addRoute(
    'GET',
    route(String.raw`/sessionInfoResource\(key=(?:'|%27)(?<key>[^')%]+)(?:'|%27)\)`),
    (request) => {
      const creation = creations.get(request.params.key);
      if (!creation || !sessions.has(creation.sessionId)) return notFound();
      return jsonResponse(200, { id: creation.sessionId, persistChanges: true });
    },
  );
  /**
   * A GET that reads the workbook and answers what it found, or 404 when there is nothing
   * there (a column or a defined name the workbook does not have), as Graph does.
   */
  const readRoute = (
    tail: string,
    read: (
      excel: StoredWorkbookExcel,
      params: Readonly<Record<string, string>>,
    ) => Promise<Json | null>,
  ) =>
    host.addRoute(
      'GET',
      route(tail),
      withWorkbook('read', async (excel, request) => {
        const found = await read(excel, request.params);
        return found === null ? notFound() : jsonResponse(200, found);
      }),
    );
  readRoute('/tables/(?<table>[^/]+)/headerRowRange', (excel, { table }) => excel.headerRow(table));
  readRoute('/tables/(?<table>[^/]+)/columns/(?<column>[^/]+)/range', (excel, { table, column }) =>
    excel.columnRange(table, column),
  );
  readRoute('/names/(?<name>[^/]+)/range', (excel, { name }) => excel.namedCell(name));
  host.addRoute(
    'POST',
    route('/closeSession'),
    withWorkbook('read', async (_excel, request) => {
      sessions.delete(request.headers['workbook-session-id'] ?? '');
      return emptyResponse(204);
    }),
  );
  readRoute('/tables/(?<table>[^/]+)/range', (excel, { table }) => excel.tableRange(table));
  host.addRoute(
    'POST',
    route('/tables/(?<table>[^/]+)/rows/add'),
    withWorkbook('edit', async (excel, request) => {
      const body = readJsonBody(request);
      const values = body?.values;
      const index = body?.index ?? null;
      if (!isGrid(values) || (index !== null && typeof index !== 'number')) {
        return graphError(
          400,
          'InvalidArgument',
          'The argument is invalid or missing or has an incorrect format.',
        );
      }
      await excel.addRows(request.params.table, index, values);
      return jsonResponse(200, { index: index ?? -1, values });
    }),
  );
  host.addRoute(
    'POST',
    route(
      String.raw`/worksheets/(?<sheet>[^/]+)/range\(address=(?:'|%27)(?<address>[A-Za-z0-9:$]+)(?:'|%27)\)/delete`,
    ),
    withWorkbook('edit', async (excel, request) => {
      if (readJsonBody(request)?.shift !== 'Up') {
        return graphError(400, 'InvalidArgument', 'Only shift "Up" is emulated.');
      }
      await excel.deleteRange(request.params.sheet, request.params.address.replace(/\$/g, ''));
      return emptyResponse(204);
    }),
  );
  host.addRoute(
    'PATCH',
    route('/names/(?<name>[^/]+)/range'),
    withWorkbook('edit', async (excel, request) => {
      const values = readJsonBody(request)?.values;
      if (!isGrid(values) || values.length !== 1 || values[0].length !== 1) {
        return graphError(
          400,
          'InvalidArgument',
          'The argument is invalid or missing or has an incorrect format.',
        );
      }
      await excel.setNamedCell(request.params.name, values[0][0]);
      return jsonResponse(200, { values });
    }),
  );
}

function isGrid(value: Json | undefined): value is Json[][] {
  return Array.isArray(value) && value.every((row) => Array.isArray(row));
}

function failure(error: unknown): EmulatorResponse {
  if (error instanceof WorkbookError && error.problem === 'missing-table') {
    return graphError(404, 'ItemNotFound', error.text.en);
  }
  if (error instanceof WorkbookError || error instanceof RangeError) {
    return graphError(400, 'InvalidArgument', error.message);
  }
  throw error;
}
