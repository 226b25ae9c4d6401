import { randomUUID } from 'node:crypto';
import { WorkbookError } from '../../../src/workbook/errors';
import type { DriveItem } from '../drive/drive';
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
}

const ITEM = String.raw`^/v1\.0/(?:me/drive|drives/(?<driveId>[^/]+))/items/(?<id>[^/]+)/workbook`;
const route = (tail: string) => new RegExp(`${ITEM}${tail}$`);

/**
 * The Excel REST subset Centaure uses (sessions, a table's range, adding table rows,
 * deleting a block of cells, a named cell's value), applied to the real xlsx bytes of
 * the drive item: a later download shows exactly what these requests did. Edits go
 * through even while the item is locked, as co-authoring in Excel allows.
 */
export function registerExcelRoutes(host: RouteHost, options: ExcelRoutesOptions = {}): void {
  const sessions = new Map<string, string>();
  // One request at a time per workbook, as Excel applies them.
  const queues = new Map<string, Promise<unknown>>();

  const withWorkbook =
    (
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
      const item = host.drive.byId(request.params.id);
      if (!item || item.isFolder || !item.name.toLowerCase().endsWith('.xlsx')) {
        return graphError(404, 'itemNotFound', 'The resource could not be found.');
      }
      const session = request.headers['workbook-session-id'];
      if (session !== undefined && sessions.get(session) !== item.id) {
        return graphError(
          404,
          'InvalidSessionReCreatable',
          'The session specified in the request does not exist or is invalid due to a transient error.',
        );
      }
      const excel = new StoredWorkbookExcel({
        read: () => new Uint8Array(item.content),
        write: (bytes) => host.drive.writeContent(item, Buffer.from(bytes)),
      });
      const previous = queues.get(item.id) ?? Promise.resolve();
      const current = previous.then(() => work(excel, request, item)).catch(failure);
      queues.set(item.id, current);
      return current;
    };

  host.addRoute(
    'POST',
    route('/createSession'),
    withWorkbook(async (_excel, _request, item) => {
      const id = randomUUID();
      sessions.set(id, item.id);
      return jsonResponse(201, { id, persistChanges: true });
    }),
  );
  host.addRoute(
    'POST',
    route('/closeSession'),
    withWorkbook(async (_excel, request) => {
      sessions.delete(request.headers['workbook-session-id'] ?? '');
      return emptyResponse(204);
    }),
  );
  host.addRoute(
    'GET',
    route('/tables/(?<table>[^/]+)/range'),
    withWorkbook(async (excel, request) =>
      jsonResponse(200, await excel.tableRange(request.params.table)),
    ),
  );
  host.addRoute(
    'POST',
    route('/tables/(?<table>[^/]+)/rows/add'),
    withWorkbook(async (excel, request) => {
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
    withWorkbook(async (excel, request) => {
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
    withWorkbook(async (excel, request) => {
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
