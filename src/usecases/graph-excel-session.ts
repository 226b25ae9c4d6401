import type { GraphClient } from '../graph/client';
import type { DriveFile } from '../graph/drive';
import { callGraph, callGraphExpecting, isRecord } from '../graph/graph-call';
import { OPERATIONS } from '../graph/operations';
import { GraphNotFoundError, GraphServiceError } from '../graph/errors';
import { missingTables } from '../workbook/errors';
import type { ExcelTablesApi, ExcelValue } from '../workbook/excel-api-upsert';
import type { CellData } from '../workbook/layout';
import type { TableRange } from '../workbook/table-operations';

/** What `createSession` answers where the Excel REST API cannot edit the file (personal OneDrive, locked file). */
const UNAVAILABLE = [400, 404, 405, 423, 501] as const;

function itemBase(file: DriveFile): string {
  const item = encodeURIComponent(file.itemId);
  const drive = file.driveId === '' ? '/me/drive' : `/drives/${encodeURIComponent(file.driveId)}`;
  return `${drive}/items/${item}/workbook`;
}

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
  ) {}

  /** Opens a session, or answers null where the API cannot edit this file. */
  static async open(graph: GraphClient, file: DriveFile): Promise<GraphExcelSession | null> {
    const base = itemBase(file);
    const url = `${base}/createSession`;
    const created = await callGraphExpecting(
      graph,
      OPERATIONS.writeOwnFile,
      `POST ${url}`,
      UNAVAILABLE,
      () => graph.api.api(url).post({ persistChanges: true }),
    );
    if (!created.ok) return null;
    const id = isRecord(created.value) ? created.value.id : undefined;
    if (typeof id !== 'string' || id === '') {
      throw new GraphServiceError(OPERATIONS.writeOwnFile, `POST ${url}`, 201, 'no session id');
    }
    return new GraphExcelSession(graph, base, id);
  }

  private send<T>(method: 'get' | 'post' | 'patch', path: string, body?: unknown): Promise<T> {
    const url = `${this.base}${path}`;
    const label = `${method.toUpperCase()} ${url.replace(/\(address='[^']*'\)/, "(address='…')")}`;
    return callGraph(this.graph, OPERATIONS.writeOwnFile, label, () => {
      const request = this.graph.api.api(url).header('workbook-session-id', this.sessionId);
      return (method === 'get' ? request.get() : request[method](body ?? {})) as Promise<T>;
    });
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
