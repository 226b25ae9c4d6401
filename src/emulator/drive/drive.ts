import { createHash, randomUUID } from 'node:crypto';
import { extname } from 'node:path';

export interface DriveItem {
  id: string;
  name: string;
  parentId: string | null;
  isFolder: boolean;
  content: Buffer;
  /** Bumped by every change; `eTag` is `"{guid},version"`. */
  version: number;
  /** Bumped by content changes only; `cTag` is `"c:{guid},contentVersion"`. */
  contentVersion: number;
  guid: string;
  createdMs: number;
  modifiedMs: number;
  /** Writes answer 423, as when the workbook is open in Excel. */
  locked: boolean;
}

export interface DriveOwner {
  id: string;
  displayName: string;
  mail: string;
}

export type ConflictBehavior = 'fail' | 'replace' | 'rename';

/** A sharing link (`createLink`): anyone in the organization who has it gets `type` access. */
export interface SharingLink {
  url: string;
  itemId: string;
  type: 'view' | 'edit';
  scope: 'organization' | 'anonymous';
  permissionId: string;
  revoked: boolean;
}

/** What a user other than the owner may do with an item, through its links. */
export type LinkAccess = 'edit' | 'view' | 'none';

export class DriveConflictError extends Error {}

const MIME_TYPES: Record<string, string> = {
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.json': 'application/json',
  '.txt': 'text/plain',
  '.csv': 'text/csv',
};

export function mimeTypeOf(name: string): string {
  return MIME_TYPES[extname(name).toLowerCase()] ?? 'application/octet-stream';
}

function hashText(text: string, length: number, alphabet: string): string {
  const digest = createHash('sha256').update(text).digest();
  return Array.from(digest.subarray(0, length), (byte) => alphabet[byte % alphabet.length]).join(
    '',
  );
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** Splits `/Centaure/Centaure.xlsx` into its names; empty for the root. */
export function pathNames(path: string): string[] {
  return path.split('/').filter((name) => name !== '');
}

/** The signed-in user's OneDrive, in memory. Item paths are relative to the root, `/a/b.xlsx`. */
export class Drive {
  readonly id: string;
  private readonly items = new Map<string, DriveItem>();
  private readonly links = new Map<string, SharingLink>();
  private sequence = 0;
  readonly rootId: string;
  private clockMs: number;

  /** `camille_martin_contoso_fr`, as in OneDrive for Business URLs. */
  readonly ownerKey: string;

  /** `personal` for a consumer OneDrive (a test sets it), where the Excel REST API does not work. */
  driveType: 'business' | 'personal' = 'business';

  constructor(
    readonly owner: DriveOwner,
    clock: Date = new Date(),
  ) {
    this.clockMs = clock.getTime();
    this.ownerKey = owner.mail.toLowerCase().replace(/[^a-z0-9]/g, '_');
    this.id = `b!${hashText(`drive:${this.ownerKey}`, 64, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')}`;
    this.rootId = this.newItem('root', null, true, Buffer.alloc(0)).id;
  }

  private tick(): number {
    this.clockMs = Math.max(this.clockMs + 1000, Date.now());
    return this.clockMs;
  }

  private newItem(
    name: string,
    parentId: string | null,
    isFolder: boolean,
    content: Buffer,
  ): DriveItem {
    this.sequence += 1;
    const now = this.tick();
    const item: DriveItem = {
      id: `01${hashText(`${this.ownerKey}:item:${this.sequence}`, 32, BASE32)}`,
      name,
      parentId,
      isFolder,
      content,
      version: 1,
      contentVersion: 1,
      guid: randomUUID().toUpperCase(),
      createdMs: now,
      modifiedMs: now,
      locked: false,
    };
    this.items.set(item.id, item);
    return item;
  }

  root(): DriveItem {
    return this.items.get(this.rootId) as DriveItem;
  }

  byId(id: string): DriveItem | undefined {
    return this.items.get(id);
  }

  children(folder: DriveItem): DriveItem[] {
    return [...this.items.values()]
      .filter((item) => item.parentId === folder.id)
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  private child(folder: DriveItem, name: string): DriveItem | undefined {
    const wanted = name.toLowerCase();
    return this.children(folder).find((item) => item.name.toLowerCase() === wanted);
  }

  /** The item at `path` under `from` (the root by default); names compare case-insensitively, as in OneDrive. */
  resolve(path: string, from: DriveItem = this.root()): DriveItem | undefined {
    let current: DriveItem | undefined = from;
    for (const name of pathNames(path)) {
      if (!current?.isFolder) return undefined;
      current = this.child(current, name);
    }
    return current;
  }

  /** `/Centaure/Centaure.xlsx`; `/` for the root. */
  pathOf(item: DriveItem): string {
    const names: string[] = [];
    for (let current: DriveItem | undefined = item; current && current.parentId !== null;) {
      names.unshift(current.name);
      current = this.byId(current.parentId);
    }
    return `/${names.join('/')}`;
  }

  /** Creates the folders of `path` that do not exist yet; returns the last one. */
  ensureFolder(path: string, from: DriveItem = this.root()): DriveItem {
    let current = from;
    for (const name of pathNames(path)) {
      const existing = this.child(current, name);
      if (existing && !existing.isFolder)
        throw new DriveConflictError(`${name} is a file, not a folder`);
      current = existing ?? this.newItem(name, current.id, true, Buffer.alloc(0));
    }
    return current;
  }

  /** `Report.xlsx` → `Report 1.xlsx`, `Report 2.xlsx`, … the first free name, as OneDrive renames. */
  private freeName(folder: DriveItem, name: string): string {
    const extension = extname(name);
    const stem = name.slice(0, name.length - extension.length);
    for (let n = 1; ; n += 1) {
      const candidate = `${stem} ${n}${extension}`;
      if (!this.child(folder, candidate)) return candidate;
    }
  }

  /**
   * Creates `name` in `folder`, or handles the name conflict: `fail` throws
   * {@link DriveConflictError}, `replace` reuses the existing item, `rename` picks a free name.
   */
  create(
    folder: DriveItem,
    name: string,
    kind: { isFolder: boolean; content?: Buffer },
    conflict: ConflictBehavior,
  ): { item: DriveItem; created: boolean } {
    const existing = this.child(folder, name);
    if (existing) {
      if (conflict === 'fail')
        throw new DriveConflictError(`The specified item name already exists. Name: ${name}`);
      if (conflict === 'replace') {
        if (!kind.isFolder) this.writeContent(existing, kind.content ?? Buffer.alloc(0));
        return { item: existing, created: false };
      }
      name = this.freeName(folder, name);
    }
    return {
      item: this.newItem(name, folder.id, kind.isFolder, kind.content ?? Buffer.alloc(0)),
      created: true,
    };
  }

  writeContent(item: DriveItem, content: Buffer): void {
    item.content = Buffer.from(content);
    item.version += 1;
    item.contentVersion += 1;
    item.modifiedMs = this.tick();
  }

  eTagOf(item: DriveItem): string {
    return `"{${item.guid}},${item.version}"`;
  }

  cTagOf(item: DriveItem): string {
    return `"c:{${item.guid}},${item.contentVersion}"`;
  }

  sizeOf(item: DriveItem): number {
    return item.isFolder
      ? this.children(item).reduce((total, child) => total + this.sizeOf(child), 0)
      : item.content.length;
  }

  webUrlOf(item: DriveItem): string {
    const path = this.pathOf(item).split('/').map(encodeURIComponent).join('/');
    return `https://contoso-my.sharepoint.com/personal/${this.ownerKey}/Documents${path === '/' ? '' : path}`;
  }

  // ---- The test API: `emulator.drive` ----

  /** Writes a file at `path`, creating its folders; returns the item. */
  putFile(path: string, content: Buffer | string): DriveItem {
    const names = pathNames(path);
    const name = names.pop();
    if (name === undefined) throw new Error('putFile needs a file path');
    const folder = this.ensureFolder(names.join('/'));
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    return this.create(folder, name, { isFolder: false, content: bytes }, 'replace').item;
  }

  /** The bytes of the file at `path`, or `undefined`. */
  getFile(path: string): Buffer | undefined {
    const item = this.resolve(path);
    return item && !item.isFolder ? Buffer.from(item.content) : undefined;
  }

  /** Makes writes to the item answer 423 Locked until {@link unlock}. */
  lock(path: string): void {
    this.requireItem(path).locked = true;
  }

  unlock(path: string): void {
    this.requireItem(path).locked = false;
  }

  /** A sharing link to the item, as a user would paste it; `GET /shares/u!{base64url}/driveItem` opens it. */
  share(path: string, type: SharingLink['type'] = 'edit'): string {
    return this.createLink(this.requireItem(path), type, 'organization').link.url;
  }

  /** `createLink`: the item's active link of that type and scope, or a new one. */
  createLink(
    item: DriveItem,
    type: SharingLink['type'],
    scope: SharingLink['scope'],
  ): { link: SharingLink; created: boolean } {
    const existing = [...this.links.values()].find(
      (l) => l.itemId === item.id && l.type === type && l.scope === scope && !l.revoked,
    );
    if (existing) return { link: existing, created: false };
    const token = hashText(
      `share:${item.id}:${type}:${scope}:${this.links.size}`,
      22,
      BASE32 + 'abcdefghijklmnopqrstuvwxyz',
    );
    const link: SharingLink = {
      url: `https://contoso-my.sharepoint.com/:x:/g/personal/${this.ownerKey}/${token}`,
      itemId: item.id,
      type,
      scope,
      permissionId: randomUUID(),
      revoked: false,
    };
    this.links.set(link.url, link);
    return { link, created: true };
  }

  /** Deletes every link to the item at `path`, as "Manage access → Stop sharing" does. */
  revokeLinks(path: string): void {
    const item = this.requireItem(path);
    for (const link of this.links.values()) if (link.itemId === item.id) link.revoked = true;
  }

  /** What someone other than the owner may do with the item through its active links. */
  linkAccess(item: DriveItem): LinkAccess {
    const types = [...this.links.values()]
      .filter((l) => l.itemId === item.id && !l.revoked)
      .map((l) => l.type);
    return types.includes('edit') ? 'edit' : types.includes('view') ? 'view' : 'none';
  }

  /** The item a sharing URL (or an item's webUrl) points to. */
  bySharingUrl(url: string): DriveItem | undefined {
    const shared = this.links.get(url);
    if (shared !== undefined) return shared.revoked ? undefined : this.byId(shared.itemId);
    return [...this.items.values()].find((item) => this.webUrlOf(item) === url);
  }

  /** Deletes the item at `path` (and what it holds), as moving it to the recycle bin does. */
  remove(path: string): void {
    const item = this.requireItem(path);
    const doomed = [item];
    for (let i = 0; i < doomed.length; i += 1) doomed.push(...this.children(doomed[i]));
    for (const gone of doomed) this.items.delete(gone.id);
  }

  /** Moves or renames the item at `path` to `newPath` (its folders created); its id stays. */
  move(path: string, newPath: string): DriveItem {
    const item = this.requireItem(path);
    const names = pathNames(newPath);
    const name = names.pop();
    if (name === undefined) throw new Error('move needs a target path');
    item.parentId = this.ensureFolder(names.join('/')).id;
    item.name = name;
    item.version += 1;
    item.modifiedMs = this.tick();
    return item;
  }

  private requireItem(path: string): DriveItem {
    const item = this.resolve(path);
    if (!item) throw new Error(`no drive item at ${path}`);
    return item;
  }
}
