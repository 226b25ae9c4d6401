import { driveItemPattern, resolveDriveAddress } from '../drive/drive-address';
import type { SharingLink } from '../drive/drive';
import type { EmulatorRequest, EmulatorResponse } from '../http-types';
import { badRequest, graphError, jsonResponse, readJsonBody } from '../responses';
import type { RouteHost } from '../route-host';

const TYPES = new Set(['view', 'edit']);
const SCOPES = new Set(['organization', 'anonymous']);

/**
 * `POST …/createLink`: only the owner shares. An existing link of the same type and scope
 * comes back with 200, a new one with 201, as Graph documents.
 */
function createLink(host: RouteHost, request: EmulatorRequest): EmulatorResponse {
  const { item, foreignDrive } = resolveDriveAddress(host.drive, request.params);
  if (foreignDrive) {
    return graphError(
      403,
      'accessDenied',
      'The caller does not have permission to perform the action.',
    );
  }
  if (!item) return graphError(404, 'itemNotFound', 'The resource could not be found.');
  const body = readJsonBody(request);
  const type = body?.type;
  const scope = body?.scope ?? 'anonymous';
  if (
    typeof type !== 'string' ||
    !TYPES.has(type) ||
    typeof scope !== 'string' ||
    !SCOPES.has(scope)
  ) {
    return badRequest('Invalid link type or scope.', 'invalidRequest');
  }
  const { link, created } = host.drive.createLink(
    item,
    type as SharingLink['type'],
    scope as SharingLink['scope'],
  );
  return jsonResponse(created ? 201 : 200, {
    id: link.permissionId,
    roles: [link.type === 'edit' ? 'write' : 'read'],
    link: { type: link.type, scope: link.scope, webUrl: link.url, preventsDownload: false },
  });
}

export function registerSharingRoutes(host: RouteHost): void {
  host.addRoute('POST', driveItemPattern('/createLink'), (request) => createLink(host, request));
}
