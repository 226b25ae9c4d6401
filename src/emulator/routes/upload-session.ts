import type { DriveItem } from '../drive/drive';
import { DriveConflictError } from '../drive/drive';
import { driveItemPattern, resolveDriveAddress, writeTarget } from '../drive/drive-address';
import { driveItemToWire } from '../drive/drive-item-wire';
import {
  ifMatchFailure,
  ifMatchHeader,
  itemNotFound,
  lockedFailure,
  nameConflict,
  parseConflictBehavior,
} from '../drive/preconditions';
import type { UploadSession } from '../drive/upload-sessions';
import { UploadSessions } from '../drive/upload-sessions';
import type { EmulatorRequest, EmulatorResponse } from '../http-types';
import { isJsonObject } from '../json';
import { badRequest, emptyResponse, graphError, jsonResponse, readJsonBody } from '../responses';
import type { RouteHost } from '../route-host';

/** "The size of each byte range MUST be a multiple of 320 KiB" (all but the last fragment). */
export const FRAGMENT_MULTIPLE = 320 * 1024;

function expiration(session: UploadSession): string {
  return new Date(session.expiresMs).toISOString();
}

function status(session: UploadSession): Record<string, string | string[]> {
  const complete = session.totalSize !== undefined && session.received >= session.totalSize;
  return {
    expirationDateTime: expiration(session),
    nextExpectedRanges: complete ? [] : [`${session.received}-`],
  };
}

function createSession(
  host: RouteHost,
  sessions: UploadSessions,
  request: EmulatorRequest,
): EmulatorResponse {
  const target = writeTarget(resolveDriveAddress(host.drive, request.params));
  if (!target) return itemNotFound();
  const body = readJsonBody(request);
  const item = isJsonObject(body?.item) ? body.item : {};
  // An item addressed by id is an update; a new name defaults to "fail" as documented.
  const addressedById = request.params.relPath === undefined;
  const conflict = parseConflictBehavior(
    item['@microsoft.graph.conflictBehavior'],
    addressedById ? 'replace' : 'fail',
  );
  if (!conflict) return badRequest('Invalid @microsoft.graph.conflictBehavior.', 'invalidRequest');
  const existing = target.kind === 'existing' ? target.item : undefined;
  if (existing?.isFolder) return badRequest('Cannot upload content to a folder.', 'invalidRequest');
  const ifMatch = ifMatchHeader(request);
  const failure = lockedFailure(existing) ?? ifMatchFailure(host.drive, existing, ifMatch);
  if (failure) return failure;
  if (existing && conflict === 'fail') return nameConflict(existing.name);
  const session = sessions.open(host.drive, target, conflict, ifMatch, body?.deferCommit === true);
  return jsonResponse(200, {
    '@odata.context': `${request.baseUrl}/v1.0/$metadata#microsoft.graph.uploadSession`,
    uploadUrl: `${request.contentBaseUrl}/_upload/${session.token}`,
    expirationDateTime: expiration(session),
    nextExpectedRanges: ['0-'],
  });
}

function commit(
  sessions: UploadSessions,
  session: UploadSession,
  request: EmulatorRequest,
): EmulatorResponse {
  const { drive } = session;
  const content = Buffer.concat(session.chunks);
  const { target } = session;
  const existing = target.kind === 'existing' ? drive.byId(target.item.id) : undefined;
  const failure =
    lockedFailure(existing) ??
    (session.ifMatch === undefined ? undefined : ifMatchFailure(drive, existing, session.ifMatch));
  if (failure) return failure;
  try {
    let item: DriveItem;
    let created: boolean;
    if (existing && session.conflict === 'replace') {
      drive.writeContent(existing, content);
      [item, created] = [existing, false];
    } else {
      const folder = existing
        ? (drive.byId(existing.parentId ?? '') as DriveItem)
        : target.kind === 'new'
          ? drive.ensureFolder(target.folderPath, target.from)
          : drive.root();
      const name = target.kind === 'new' ? target.name : target.item.name;
      ({ item, created } = drive.create(
        folder,
        name,
        { isFolder: false, content },
        session.conflict,
      ));
    }
    sessions.close(session.token);
    return jsonResponse(created ? 201 : 200, driveItemToWire(drive, item, request.contentBaseUrl));
  } catch (error) {
    if (error instanceof DriveConflictError) {
      return graphError(
        409,
        'nameAlreadyExists',
        'Another file exists with the same name as the uploaded session. You can redirect the upload session to use a new filename by calling PUT with the new metadata and @microsoft.graph.sourceUrl attribute.',
      );
    }
    throw error;
  }
}

const CONTENT_RANGE = /^bytes (\d+)-(\d+)\/(\d+)$/;

function putFragment(sessions: UploadSessions, request: EmulatorRequest): EmulatorResponse {
  const session = sessions.find(request.params.token);
  if (!session)
    return graphError(404, 'itemNotFound', 'The upload session was not found or has expired.');
  const range = CONTENT_RANGE.exec((request.headers['content-range'] ?? '').trim());
  if (!range)
    return badRequest(
      'A Content-Range header of the form "bytes start-end/total" is required.',
      'invalidRequest',
    );
  const [start, end, total] = [Number(range[1]), Number(range[2]), Number(range[3])];
  if (end < start || end >= total)
    return badRequest('The Content-Range header is not valid.', 'invalidRequest');
  if (session.totalSize !== undefined && session.totalSize !== total) {
    return badRequest(
      'The declared file size differs from the one of an earlier fragment.',
      'invalidRequest',
    );
  }
  if (request.body.length !== end - start + 1) {
    return badRequest(
      'The Content-Range header length does not match the provided number of bytes.',
      'invalidRequest',
    );
  }
  if (start !== session.received) {
    return graphError(
      416,
      'invalidRange',
      `The fragment starts at byte ${start}; the next expected byte is ${session.received}.`,
    );
  }
  const isLast = end === total - 1;
  if (!isLast && request.body.length % FRAGMENT_MULTIPLE !== 0) {
    return badRequest(
      `Fragments other than the last must be a multiple of 320 KiB (${FRAGMENT_MULTIPLE} bytes).`,
      'invalidRequest',
    );
  }
  session.totalSize = total;
  session.chunks.push(Buffer.from(request.body));
  session.received = end + 1;
  if (!isLast || session.deferCommit) return jsonResponse(202, status(session));
  return commit(sessions, session, request);
}

export function registerUploadSessionRoutes(host: RouteHost): void {
  const sessions = new UploadSessions();
  host.addRoute('POST', driveItemPattern('/createUploadSession'), (request) =>
    createSession(host, sessions, request),
  );
  // Upload URLs are pre-authenticated: clients must not send their bearer token there.
  const anonymous = { anonymous: true };
  host.addRoute('PUT', '/_upload/{token}', (request) => putFragment(sessions, request), anonymous);
  host.addRoute(
    'GET',
    '/_upload/{token}',
    (request) => {
      const session = sessions.find(request.params.token);
      return session
        ? jsonResponse(200, status(session))
        : graphError(404, 'itemNotFound', 'The upload session was not found or has expired.');
    },
    anonymous,
  );
  host.addRoute(
    'POST',
    '/_upload/{token}',
    (request) => {
      const session = sessions.find(request.params.token);
      if (!session)
        return graphError(404, 'itemNotFound', 'The upload session was not found or has expired.');
      if (session.totalSize === undefined || session.received < session.totalSize) {
        return badRequest('The upload is not complete.', 'invalidRequest');
      }
      return commit(sessions, session, request);
    },
    anonymous,
  );
  host.addRoute(
    'DELETE',
    '/_upload/{token}',
    (request) => {
      sessions.close(request.params.token);
      return emptyResponse(204);
    },
    anonymous,
  );
}
