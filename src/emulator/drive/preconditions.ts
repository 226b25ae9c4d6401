import type { EmulatorRequest, EmulatorResponse } from '../http-types';
import { graphError } from '../responses';
import type { ConflictBehavior, Drive, DriveItem } from './drive';

/** `If-Match: "{GUID},3"` — an eTag contains a comma, so the list is split on quoted values. */
function entityTags(header: string): string[] {
  return [...header.matchAll(/\*|(?:W\/)?"[^"]*"/g)].map((match) => match[0].replace(/^W\//, ''));
}

/** 412 when `If-Match` names neither the item's eTag nor its cTag (or the item does not exist). */
export function ifMatchFailure(
  drive: Drive,
  item: DriveItem | undefined,
  ifMatch: string | undefined,
): EmulatorResponse | undefined {
  if (ifMatch === undefined) return undefined;
  const tags = entityTags(ifMatch);
  if (
    item &&
    (tags.includes('*') || tags.includes(drive.eTagOf(item)) || tags.includes(drive.cTagOf(item)))
  ) {
    return undefined;
  }
  return graphError(412, 'resourceModified', "ETag does not match current item's value");
}

export function ifMatchHeader(request: EmulatorRequest): string | undefined {
  return request.headers['if-match'];
}

export function lockedFailure(item: DriveItem | undefined): EmulatorResponse | undefined {
  return item?.locked
    ? graphError(423, 'resourceLocked', 'The resource you are attempting to access is locked.')
    : undefined;
}

export function parseConflictBehavior(
  value: unknown,
  fallback: ConflictBehavior,
): ConflictBehavior | undefined {
  if (value === undefined || value === null || value === '') return fallback;
  return value === 'fail' || value === 'replace' || value === 'rename' ? value : undefined;
}

export function nameConflict(name: string): EmulatorResponse {
  return graphError(
    409,
    'nameAlreadyExists',
    `The specified item name already exists. Name: ${name}`,
  );
}

export function itemNotFound(): EmulatorResponse {
  return graphError(404, 'itemNotFound', 'The resource could not be found.');
}
