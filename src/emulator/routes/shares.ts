import { downloadUrlOf, driveItemToWire } from '../drive/drive-item-wire';
import type { Drive, DriveItem } from '../drive/drive';
import type { EmulatorRequest, EmulatorResponse } from '../http-types';
import { badRequest, emptyResponse, graphError, jsonResponse, odataContext } from '../responses';
import type { RouteHost } from '../route-host';

/**
 * `u!` + unpadded base64url of the sharing URL, as Graph's "Encoding sharing URLs" describes.
 * The link may be any user's; a revoked link, or one to a deleted item, is not found.
 */
function sharedItem(
  host: RouteHost,
  shareId: string,
): { drive: Drive; item: DriveItem } | EmulatorResponse {
  if (!shareId.startsWith('u!'))
    return badRequest('The sharing token is not valid.', 'invalidRequest');
  const encoded = shareId.slice(2);
  if (!/^[A-Za-z0-9_-]+$/.test(encoded))
    return badRequest('The sharing token is not valid.', 'invalidRequest');
  const url = Buffer.from(encoded, 'base64url').toString('utf8');
  for (const { drive } of host.users.all()) {
    const item = drive.bySharingUrl(url);
    if (item) return { drive, item };
  }
  return graphError(
    404,
    'itemNotFound',
    'The sharing link no longer exists, or you do not have permission to access it.',
  );
}

function driveItem(host: RouteHost, request: EmulatorRequest): EmulatorResponse {
  const shared = sharedItem(host, request.params.shareId);
  if ('status' in shared) return shared;
  const { drive, item } = shared;
  return jsonResponse(200, {
    '@odata.context': odataContext(
      request,
      `shares('${request.params.shareId}')/driveItem/$entity`,
    ),
    ...driveItemToWire(drive, item, request.contentBaseUrl),
  });
}

function content(host: RouteHost, request: EmulatorRequest): EmulatorResponse {
  const shared = sharedItem(host, request.params.shareId);
  if ('status' in shared) return shared;
  return emptyResponse(302, { Location: downloadUrlOf(request.contentBaseUrl, shared.item) });
}

export function registerSharesRoutes(host: RouteHost): void {
  host.addRoute('GET', '/v1.0/shares/{shareId}/driveItem', (request) => driveItem(host, request));
  host.addRoute('GET', '/v1.0/shares/{shareId}/driveItem/content', (request) =>
    content(host, request),
  );
}
