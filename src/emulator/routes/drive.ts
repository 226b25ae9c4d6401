import type { DriveItem } from '../drive/drive';
import { DriveConflictError } from '../drive/drive';
import {
  DRIVE_ITEM_PATTERN,
  driveItemPattern,
  resolveDriveAddress,
  writeTarget,
} from '../drive/drive-address';
import { downloadUrlOf, driveItemToWire } from '../drive/drive-item-wire';
import {
  ifMatchFailure,
  ifMatchHeader,
  itemNotFound,
  lockedFailure,
  nameConflict,
  parseConflictBehavior,
} from '../drive/preconditions';
import type { EmulatorRequest, EmulatorResponse } from '../http-types';
import { queryValue } from '../odata-query';
import {
  badRequest,
  emptyResponse,
  graphError,
  jsonResponse,
  odataContext,
  readJsonBody,
} from '../responses';
import type { RouteHost } from '../route-host';

function itemResponse(
  host: RouteHost,
  request: EmulatorRequest,
  item: DriveItem,
  status = 200,
): EmulatorResponse {
  return jsonResponse(status, {
    '@odata.context': odataContext(request, `users('${host.drive.owner.id}')/drive/items/$entity`),
    ...driveItemToWire(host.drive, item, request.contentBaseUrl),
  });
}

function getItem(host: RouteHost, request: EmulatorRequest): EmulatorResponse {
  const { item } = resolveDriveAddress(host.drive, request.params);
  return item ? itemResponse(host, request, item) : itemNotFound();
}

/** Graph answers a content download with a redirect to a pre-authenticated URL. */
function getContent(host: RouteHost, request: EmulatorRequest): EmulatorResponse {
  const { item } = resolveDriveAddress(host.drive, request.params);
  if (!item || item.isFolder) return itemNotFound();
  return emptyResponse(302, { Location: downloadUrlOf(request.contentBaseUrl, item) });
}

function putContent(host: RouteHost, request: EmulatorRequest): EmulatorResponse {
  const target = writeTarget(resolveDriveAddress(host.drive, request.params));
  if (!target) return itemNotFound();
  const conflict = parseConflictBehavior(
    queryValue(request, '@microsoft.graph.conflictBehavior'),
    'replace',
  );
  if (!conflict) return badRequest('Invalid @microsoft.graph.conflictBehavior.', 'invalidRequest');
  const existing = target.kind === 'existing' ? target.item : undefined;
  if (existing?.isFolder) return badRequest('Cannot upload content to a folder.', 'invalidRequest');
  const failure =
    lockedFailure(existing) ?? ifMatchFailure(host.drive, existing, ifMatchHeader(request));
  if (failure) return failure;
  if (target.kind === 'existing' && conflict === 'fail') return nameConflict(target.item.name);
  if (target.kind === 'existing' && conflict === 'replace') {
    host.drive.writeContent(target.item, request.body);
    return itemResponse(host, request, target.item, 200);
  }
  try {
    const folder =
      target.kind === 'existing'
        ? (host.drive.byId(target.item.parentId ?? '') as DriveItem)
        : host.drive.ensureFolder(target.folderPath, target.from);
    const name = target.kind === 'existing' ? target.item.name : target.name;
    const { item } = host.drive.create(
      folder,
      name,
      { isFolder: false, content: request.body },
      'rename',
    );
    return itemResponse(host, request, item, 201);
  } catch (error) {
    if (error instanceof DriveConflictError)
      return graphError(409, 'nameAlreadyExists', error.message);
    throw error;
  }
}

function listChildren(host: RouteHost, request: EmulatorRequest): EmulatorResponse {
  const { item } = resolveDriveAddress(host.drive, request.params);
  if (!item?.isFolder) return itemNotFound();
  return jsonResponse(200, {
    '@odata.context': odataContext(
      request,
      `users('${host.drive.owner.id}')/drive/items('${item.id}')/children`,
    ),
    value: host.drive
      .children(item)
      .map((child) => driveItemToWire(host.drive, child, request.contentBaseUrl)),
  });
}

function createChild(host: RouteHost, request: EmulatorRequest): EmulatorResponse {
  const { item: parent } = resolveDriveAddress(host.drive, request.params);
  if (!parent?.isFolder) return itemNotFound();
  const body = readJsonBody(request);
  const name = body?.name;
  if (typeof name !== 'string' || name.trim() === '' || /[":<>?*|/\\]/.test(name)) {
    return badRequest(
      'The name of the new item is missing or contains characters OneDrive does not allow.',
      'invalidRequest',
    );
  }
  if (body?.folder === undefined && body?.file === undefined) {
    return badRequest("The new item needs a 'folder' or a 'file' facet.", 'invalidRequest');
  }
  const conflict = parseConflictBehavior(body?.['@microsoft.graph.conflictBehavior'], 'fail');
  if (!conflict) return badRequest('Invalid @microsoft.graph.conflictBehavior.', 'invalidRequest');
  try {
    const { item } = host.drive.create(
      parent,
      name,
      { isFolder: body.folder !== undefined },
      conflict,
    );
    return itemResponse(host, request, item, 201);
  } catch (error) {
    if (error instanceof DriveConflictError) return nameConflict(name);
    throw error;
  }
}

/** The pre-authenticated download URL: the bytes, with no token, whoever's drive holds them. */
function download(host: RouteHost, request: EmulatorRequest): EmulatorResponse {
  const item = host.users
    .all()
    .map(({ drive }) => drive.byId(request.params.itemId))
    .find((found) => found !== undefined);
  if (!item || item.isFolder) return itemNotFound();
  return {
    status: 200,
    headers: { 'Content-Type': 'application/octet-stream' },
    body: Buffer.from(item.content),
  };
}

function getDrive(host: RouteHost, request: EmulatorRequest): EmulatorResponse {
  const { drive } = host;
  return jsonResponse(200, {
    '@odata.context': odataContext(request, `users('${drive.owner.id}')/drive/$entity`),
    id: drive.id,
    driveType: drive.driveType,
    name: 'OneDrive',
    webUrl: drive.webUrlOf(drive.root()),
    owner: {
      user: { email: drive.owner.mail, id: drive.owner.id, displayName: drive.owner.displayName },
    },
    quota: {
      deleted: 0,
      remaining: 1099511627776 - drive.sizeOf(drive.root()),
      state: 'normal',
      total: 1099511627776,
      used: drive.sizeOf(drive.root()),
    },
  });
}

export function registerDriveRoutes(host: RouteHost): void {
  host.addRoute('GET', '/v1.0/me/drive', (request) => getDrive(host, request));
  host.addRoute('GET', DRIVE_ITEM_PATTERN, (request) => getItem(host, request));
  host.addRoute('GET', driveItemPattern('/content'), (request) => getContent(host, request));
  host.addRoute('PUT', driveItemPattern('/content'), (request) => putContent(host, request));
  host.addRoute('GET', driveItemPattern('/children'), (request) => listChildren(host, request));
  host.addRoute('POST', driveItemPattern('/children'), (request) => createChild(host, request));
  host.addRoute('GET', '/_download/{itemId}', (request) => download(host, request), {
    anonymous: true,
  });
}
