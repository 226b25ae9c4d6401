/**
 * The OneDrive operations the workbook code needs, behind an interface so it can be tested
 * against an in-memory store. `GraphDriveStore` (graph-drive-store.ts) is the Graph one.
 */

/** A file or folder, enough to download it and to replace it safely. */
export interface DriveFile {
  /** Empty when Graph did not say; the item is then addressed in the user's own drive. */
  driveId: string;
  itemId: string;
  name: string;
  /** Changes on every save: the `If-Match` of the next replace. */
  eTag: string;
  size: number;
  webUrl: string | null;
  isFolder: boolean;
  /** Reached through a sharing link (a team workbook in someone else's OneDrive). */
  shared: boolean;
  /** `personal` for a consumer OneDrive, `business` for work or school; absent when Graph did not say. */
  driveType?: string;
}

/**
 * How a save ended, short of an error: 409, 412 and 423 are normal in a shared workbook's
 * life and the caller decides (read again and merge, retry later), so they are values.
 */
export type SaveOutcome =
  | { kind: 'saved'; file: DriveFile }
  /** 409: creating, but a file already exists at that path. */
  | { kind: 'conflict' }
  /** 412: the file changed since its `eTag` was read; read it again before writing. */
  | { kind: 'modified' }
  /** 423: the file is locked (checked out, or open in a way that blocks writes). */
  | { kind: 'locked' };

export interface DriveStore {
  /** The item at a path of the user's OneDrive (`/Centaure/Centaure.xlsx`), or null when there is none. */
  findByPath(path: string): Promise<DriveFile | null>;
  /** The item a sharing link (`https://…sharepoint.com/:x:/…`) points to. */
  resolveSharingLink(url: string): Promise<DriveFile>;
  download(file: DriveFile): Promise<Uint8Array>;
  /** The folder at a path of the user's OneDrive, created with its parents when missing. */
  ensureFolder(path: string): Promise<DriveFile>;
  /** Creates a file; never replaces one (409 instead). */
  createFile(path: string, content: Uint8Array): Promise<SaveOutcome>;
  /** Replaces a file only if it is still the version read (`If-Match` on its eTag). */
  replaceFile(file: DriveFile, content: Uint8Array): Promise<SaveOutcome>;
}

/** The item's path under the version root: `/me/drive/items/{id}`, or `/drives/{drive}/items/{id}`. */
export function itemPath(file: DriveFile): string {
  const item = encodeURIComponent(file.itemId);
  return file.driveId === ''
    ? `/me/drive/items/${item}`
    : `/drives/${encodeURIComponent(file.driveId)}/items/${item}`;
}

/** `u!` + unpadded base64url of the URL: how `/shares/{id}` takes a sharing link. */
export function encodeSharingUrl(url: string): string {
  // btoa and TextEncoder rather than Buffer: the taskpane runs this in a browser.
  const binary = Array.from(new TextEncoder().encode(url), (byte) => String.fromCharCode(byte));
  const base64 = btoa(binary.join(''));
  return `u!${base64.replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_')}`;
}
