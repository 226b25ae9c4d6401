import type { JsonObject } from '../json';
import { formatUtcInstant } from '../mailbox/graph-time';
import type { Drive, DriveItem } from './drive';
import { mimeTypeOf } from './drive';

function identity(drive: Drive): JsonObject {
  return {
    user: { email: drive.owner.mail, id: drive.owner.id, displayName: drive.owner.displayName },
  };
}

/** Graph drive times have no fraction: `2026-11-20T17:05:00Z`. */
function driveTime(ms: number): string {
  return `${formatUtcInstant(ms).slice(0, 19)}Z`;
}

/** The pre-authenticated URL a client downloads the bytes from, without a bearer token. */
export function downloadUrlOf(contentBaseUrl: string, item: DriveItem): string {
  return `${contentBaseUrl}/_download/${item.id}?version=${item.contentVersion}`;
}

/** A driveItem as Graph sends it. */
export function driveItemToWire(drive: Drive, item: DriveItem, contentBaseUrl: string): JsonObject {
  const wire: JsonObject = {};
  if (!item.isFolder) wire['@microsoft.graph.downloadUrl'] = downloadUrlOf(contentBaseUrl, item);
  Object.assign(wire, {
    createdDateTime: driveTime(item.createdMs),
    eTag: drive.eTagOf(item),
    id: item.id,
    lastModifiedDateTime: driveTime(item.modifiedMs),
    name: item.name,
    webUrl: drive.webUrlOf(item),
    cTag: drive.cTagOf(item),
    size: drive.sizeOf(item),
    createdBy: identity(drive),
    lastModifiedBy: identity(drive),
  });
  const parent = item.parentId === null ? undefined : drive.byId(item.parentId);
  const parentReference: JsonObject = { driveType: drive.driveType, driveId: drive.id };
  if (parent) {
    parentReference.id = parent.id;
    parentReference.name = parent.parentId === null ? 'Documents' : parent.name;
    parentReference.path =
      parent.parentId === null ? '/drive/root:' : `/drive/root:${drive.pathOf(parent)}`;
  }
  wire.parentReference = parentReference;
  wire.fileSystemInfo = {
    createdDateTime: driveTime(item.createdMs),
    lastModifiedDateTime: driveTime(item.modifiedMs),
  };
  if (item.isFolder) wire.folder = { childCount: drive.children(item).length };
  else wire.file = { mimeType: mimeTypeOf(item.name) };
  if (item.parentId === null) wire.root = {};
  return wire;
}
