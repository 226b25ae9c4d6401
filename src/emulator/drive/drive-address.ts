import type { Drive, DriveItem } from './drive';
import { pathNames } from './drive';

/**
 * The ways Graph addresses a driveItem: `/me/drive/root`, `/me/drive/items/{itemId}`,
 * `/drives/{driveId}/root` or `/drives/{driveId}/items/{itemId}`, optionally followed by a
 * path relative to it, `:/Centaure/Centaure.xlsx:`.
 */
const ADDRESS = String.raw`^/v1\.0/(?:me/drive|drives/(?<driveId>[^/]+))/(?:root|items/(?<itemId>[^/:]+))`;

/** The item itself: the trailing colon after a path is optional, as Graph accepts both. */
export const DRIVE_ITEM_PATTERN = new RegExp(`${ADDRESS}(?::(?<relPath>/[^:]*):?)?$`);

/**
 * A pattern for something under an item, e.g. `driveItemPattern('/content')` or, for the
 * Excel routes, `driveItemPattern('/workbook/tables/(?<table>[^/]+)/rows')` (a RegExp source).
 */
export function driveItemPattern(suffix: string): RegExp {
  return new RegExp(`${ADDRESS}(?::(?<relPath>/[^:]*):)?${suffix}$`);
}

export interface DriveAddress {
  /** The item the address names, when it exists. */
  item: DriveItem | undefined;
  /** For a path address: the item the path starts from, and the path. */
  base: DriveItem | undefined;
  relPath: string | undefined;
  /** The address names another drive than the signed-in user's. */
  foreignDrive: boolean;
}

/** Resolves the named groups of {@link DRIVE_ITEM_PATTERN} or {@link driveItemPattern}. */
export function resolveDriveAddress(
  drive: Drive,
  params: Readonly<Record<string, string>>,
): DriveAddress {
  const foreignDrive = params.driveId !== undefined && params.driveId !== drive.id;
  if (foreignDrive) return { item: undefined, base: undefined, relPath: undefined, foreignDrive };
  const base = params.itemId === undefined ? drive.root() : drive.byId(params.itemId);
  const relPath = params.relPath;
  const item = base && relPath !== undefined ? drive.resolve(relPath, base) : base;
  return { item, base, relPath, foreignDrive };
}

/** Where a write lands: the existing item, or the folder path and name of a new one. */
export type WriteTarget =
  | { kind: 'existing'; item: DriveItem }
  | { kind: 'new'; from: DriveItem; folderPath: string; name: string };

export function writeTarget(address: DriveAddress): WriteTarget | undefined {
  if (address.item) return { kind: 'existing', item: address.item };
  if (!address.base || address.relPath === undefined) return undefined;
  const names = pathNames(address.relPath);
  const name = names.pop();
  return name === undefined
    ? undefined
    : { kind: 'new', from: address.base, folderPath: names.join('/'), name };
}
