import { ResponseType } from '@microsoft/microsoft-graph-client';
import type { DriveItem, UploadSession } from '@microsoft/microsoft-graph-types';
import { InvalidInputError } from '../core/errors';
import type { GraphClient } from './client';
import type { DriveFile, DriveStore, SaveOutcome } from './drive';
import { encodeSharingUrl, itemPath } from './drive';
import type { GraphOperation } from './errors';
import { GraphServiceError } from './errors';
import { callGraph, callGraphExpecting, isRecord } from './graph-call';
import { OPERATIONS } from './operations';
import { IdempotentRequest } from './retry-middleware';

/** Graph's documented ceiling for a simple `PUT …/content`; bigger files go through an upload session. */
export const SIMPLE_UPLOAD_LIMIT = 4 * 1024 * 1024;
/** Upload session fragments must be multiples of 320 KiB; ten of them stay under the 4 MiB mark. */
const UPLOAD_FRAGMENT_SIZE = 10 * 320 * 1024;

const SAVE_STATUSES = [409, 412, 423] as const;
type SaveStatus = (typeof SAVE_STATUSES)[number];

function outcomeOf(status: SaveStatus): SaveOutcome {
  if (status === 409) return { kind: 'conflict' };
  if (status === 412) return { kind: 'modified' };
  return { kind: 'locked' };
}

function segments(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '');
}

/** `root:/Centaure/Centaure.xlsx:` with each segment percent-encoded. */
function rootPath(parts: readonly string[]): string {
  return `/me/drive/root:/${parts.map(encodeURIComponent).join('/')}:`;
}

/**
 * Upload bodies go as Blobs: the SDK sends a Blob as is, whereas it rebuilds a Uint8Array
 * from its whole underlying buffer (wrong for a slice) with Node's Buffer (absent in a browser).
 */
function blobOf(content: Uint8Array): Blob {
  return new Blob([content.slice()], { type: 'application/octet-stream' });
}

/** {@link DriveStore} on Microsoft Graph (`/me/drive`, `/drives/{id}`, `/shares`). */
/** `GET /shares/{encoded link}/driveItem`: the drive item a sharing link leads to. */
export function sharingLinkItemPath(url: string): string {
  return `/shares/${encodeSharingUrl(url)}/driveItem`;
}

export class GraphDriveStore implements DriveStore {
  constructor(private readonly graph: GraphClient) {}

  async findByPath(path: string): Promise<DriveFile | null> {
    const url = rootPath(segments(path));
    const found = await callGraphExpecting(
      this.graph,
      OPERATIONS.readOwnFile,
      `GET ${url}`,
      [404],
      () => this.graph.api.api(url).get(),
    );
    return found.ok ? driveFileOf(found.value, false, OPERATIONS.readOwnFile, url) : null;
  }

  async resolveSharingLink(url: string): Promise<DriveFile> {
    const path = sharingLinkItemPath(url);
    const label = 'GET /shares/{link}/driveItem';
    const item = await callGraph(this.graph, OPERATIONS.readSharedFile, label, () =>
      this.graph.api.api(path).get(),
    );
    return driveFileOf(item, true, OPERATIONS.readSharedFile, label);
  }

  async download(file: DriveFile): Promise<Uint8Array> {
    const operation = file.shared ? OPERATIONS.readSharedFile : OPERATIONS.readOwnFile;
    const path = `${itemPath(file)}/content`;
    // Graph answers 302 to a pre-authenticated URL; the SDK's redirect handler follows it
    // and drops the token when the host changes.
    const content: unknown = await callGraph(this.graph, operation, `GET ${path}`, () =>
      this.graph.api.api(path).responseType(ResponseType.ARRAYBUFFER).get(),
    );
    // Not `instanceof`: the buffer comes from fetch's realm, which may not be the caller's.
    if (Object.prototype.toString.call(content) !== '[object ArrayBuffer]') {
      throw new GraphServiceError(operation, `GET ${path}`, 200, 'unreadable answer');
    }
    return new Uint8Array(content as ArrayBuffer);
  }

  async ensureFolder(path: string): Promise<DriveFile> {
    const parts = segments(path);
    const existing =
      parts.length === 0 ? await this.root() : await this.findByPath(parts.join('/'));
    if (existing !== null) return this.requireFolder(existing, path);
    const parent = parts.slice(0, -1);
    if (parent.length > 0) await this.ensureFolder(parent.join('/'));
    const url = parent.length === 0 ? '/me/drive/root/children' : `${rootPath(parent)}/children`;
    const created = await callGraphExpecting(
      this.graph,
      OPERATIONS.writeOwnFile,
      `POST ${url}`,
      [409],
      // Safe to send again after a dropped connection: a folder made by the first try is a 409.
      () =>
        this.graph.api
          .api(url)
          .middlewareOptions([new IdempotentRequest()])
          .post({
            name: parts[parts.length - 1],
            folder: {},
            '@microsoft.graph.conflictBehavior': 'fail',
          }),
    );
    if (created.ok) return driveFileOf(created.value, false, OPERATIONS.writeOwnFile, url);
    // Created meanwhile by someone else: use theirs.
    const raced = await this.findByPath(parts.join('/'));
    if (raced === null)
      throw new GraphServiceError(OPERATIONS.writeOwnFile, `POST ${url}`, 409, '');
    return this.requireFolder(raced, path);
  }

  async createFile(path: string, content: Uint8Array): Promise<SaveOutcome> {
    const target = rootPath(segments(path));
    if (content.byteLength <= SIMPLE_UPLOAD_LIMIT) {
      const url = `${target}/content?@microsoft.graph.conflictBehavior=fail`;
      return this.put(OPERATIONS.writeOwnFile, url, content, { shared: false });
    }
    return this.uploadInSession(OPERATIONS.writeOwnFile, `${target}/createUploadSession`, {
      conflictBehavior: 'fail',
      content,
      shared: false,
    });
  }

  async replaceFile(file: DriveFile, content: Uint8Array): Promise<SaveOutcome> {
    const operation = file.shared ? OPERATIONS.writeSharedFile : OPERATIONS.writeOwnFile;
    if (content.byteLength <= SIMPLE_UPLOAD_LIMIT) {
      return this.put(operation, `${itemPath(file)}/content`, content, {
        ifMatch: file.eTag,
        shared: file.shared,
      });
    }
    return this.uploadInSession(operation, `${itemPath(file)}/createUploadSession`, {
      conflictBehavior: 'replace',
      ifMatch: file.eTag,
      content,
      shared: file.shared,
    });
  }

  private async root(): Promise<DriveFile> {
    const item = await callGraph(this.graph, OPERATIONS.readOwnFile, 'GET /me/drive/root', () =>
      this.graph.api.api('/me/drive/root').get(),
    );
    return driveFileOf(item, false, OPERATIONS.readOwnFile, 'GET /me/drive/root');
  }

  private requireFolder(file: DriveFile, path: string): DriveFile {
    if (!file.isFolder) {
      throw new InvalidInputError({
        fr: `« ${path} » est un fichier dans OneDrive, pas un dossier.`,
        en: `"${path}" is a file in OneDrive, not a folder.`,
      });
    }
    return file;
  }

  private async put(
    operation: GraphOperation,
    url: string,
    content: Uint8Array,
    { ifMatch, shared }: { ifMatch?: string; shared: boolean },
  ): Promise<SaveOutcome> {
    const saved = await callGraphExpecting(this.graph, operation, `PUT ${url}`, SAVE_STATUSES, () =>
      this.graph.api
        .api(url)
        .headers({
          'Content-Type': 'application/octet-stream',
          ...(ifMatch === undefined ? {} : { 'If-Match': ifMatch }),
        })
        .put(blobOf(content)),
    );
    if (!saved.ok) return outcomeOf(saved.status);
    return { kind: 'saved', file: driveFileOf(saved.value, shared, operation, url) };
  }

  /**
   * Large files: create an upload session (where `If-Match` and the conflict behaviour are
   * checked), then PUT the fragments in order to its pre-authenticated URL, which must not
   * receive the token. A failure cancels the session so no half file is ever committed.
   */
  private async uploadInSession(
    operation: GraphOperation,
    createUrl: string,
    request: {
      conflictBehavior: 'fail' | 'replace';
      ifMatch?: string;
      content: Uint8Array;
      shared: boolean;
    },
  ): Promise<SaveOutcome> {
    const created = await callGraphExpecting(
      this.graph,
      operation,
      `POST ${createUrl}`,
      SAVE_STATUSES,
      () =>
        this.graph.api
          .api(createUrl)
          .headers(request.ifMatch === undefined ? {} : { 'If-Match': request.ifMatch })
          .post({ item: { '@microsoft.graph.conflictBehavior': request.conflictBehavior } }),
    );
    if (!created.ok) return outcomeOf(created.status);
    const session = created.value as UploadSession;
    const uploadUrl = session.uploadUrl;
    const label = 'PUT {upload session}';
    if (typeof uploadUrl !== 'string' || !uploadUrl.startsWith('https://')) {
      throw new GraphServiceError(operation, `POST ${createUrl}`, 200, 'no https uploadUrl');
    }
    const { content } = request;
    const total = content.byteLength;
    let offset = 0;
    try {
      for (;;) {
        const end = Math.min(offset + UPLOAD_FRAGMENT_SIZE, total);
        const answer = await callGraphExpecting(this.graph, operation, label, SAVE_STATUSES, () =>
          this.graph.preauthenticated
            .api(uploadUrl)
            .headers({
              'Content-Range': `bytes ${offset}-${end - 1}/${total}`,
              'Content-Type': 'application/octet-stream',
            })
            .put(blobOf(content.subarray(offset, end))),
        );
        if (!answer.ok) {
          await this.cancelSession(uploadUrl);
          return outcomeOf(answer.status);
        }
        if (isRecord(answer.value) && typeof answer.value.id === 'string') {
          const file = driveFileOf(answer.value, request.shared, operation, label);
          return { kind: 'saved', file };
        }
        const next = nextExpectedOffset(answer.value);
        if (next === null || next <= offset || next > total) {
          throw new GraphServiceError(operation, label, 202, 'the upload session did not advance');
        }
        offset = next;
      }
    } catch (error) {
      await this.cancelSession(uploadUrl);
      throw error;
    }
  }

  private async cancelSession(uploadUrl: string): Promise<void> {
    try {
      await this.graph.preauthenticated.api(uploadUrl).delete();
    } catch {
      // Best effort: an abandoned session expires by itself and never commits anything.
    }
  }
}

/** A Graph `driveItem` as Centaure keeps it; an answer without an id is a service error. */
export function driveFileOf(
  raw: unknown,
  shared: boolean,
  operation: GraphOperation,
  request: string,
): DriveFile {
  const item = (isRecord(raw) ? raw : {}) as DriveItem;
  if (typeof item.id !== 'string' || item.id === '') {
    throw new GraphServiceError(operation, request, 200, 'no driveItem in the answer');
  }
  return {
    driveId: item.parentReference?.driveId ?? '',
    itemId: item.id,
    name: item.name ?? '',
    eTag: item.eTag ?? '',
    size: item.size ?? 0,
    webUrl: item.webUrl ?? null,
    isFolder: item.folder !== undefined && item.folder !== null,
    shared,
    ...(item.parentReference?.driveType ? { driveType: item.parentReference.driveType } : {}),
  };
}
/** The start of the first range in `nextExpectedRanges` (`["26-"]` → 26). */
function nextExpectedOffset(answer: unknown): number | null {
  const ranges = isRecord(answer) ? answer.nextExpectedRanges : undefined;
  if (!Array.isArray(ranges) || typeof ranges[0] !== 'string') return null;
  const start = Number.parseInt(ranges[0].split('-')[0], 10);
  return Number.isNaN(start) ? null : start;
}
