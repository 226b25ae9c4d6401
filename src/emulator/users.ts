import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { Drive } from './drive/drive';
import { addOutlookDefaultCategories } from './mailbox/default-categories';
import type { MailboxOwner } from './mailbox/mailbox';
import { Mailbox } from './mailbox/mailbox';

/** A user of the emulated tenant: their own token, mailbox and OneDrive. */
export interface EmulatorUser {
  token: string;
  owner: MailboxOwner;
  mailbox: Mailbox;
  drive: Drive;
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function randomToken(): string {
  return `emulator-${randomBytes(24).toString('base64url')}`;
}

/**
 * The tenant's users. A request runs as the user its token belongs to, so `/me` and
 * `/me/drive` are that user's; anonymous requests (download and upload URLs) run as the
 * first user, whose drive holds what they point to unless a test says otherwise.
 */
export class UserDirectory {
  private readonly users: EmulatorUser[] = [];
  private readonly caller = new AsyncLocalStorage<EmulatorUser>();

  constructor(readonly primary: EmulatorUser) {
    this.users.push(primary);
  }

  static userFor(owner: MailboxOwner, token: string, timeZone: string): EmulatorUser {
    const mailbox = new Mailbox(owner, timeZone);
    addOutlookDefaultCategories(mailbox);
    return { token, owner, mailbox, drive: new Drive(owner) };
  }

  add(user: EmulatorUser): EmulatorUser {
    if (this.users.some((u) => u.owner.id === user.owner.id || u.token === user.token))
      throw new Error(`user ${user.owner.id} or their token already exists`);
    this.users.push(user);
    return user;
  }

  all(): readonly EmulatorUser[] {
    return this.users;
  }

  byToken(token: string): EmulatorUser | undefined {
    return this.users.find((user) => sameToken(token, user.token));
  }

  byDriveId(driveId: string): EmulatorUser | undefined {
    return this.users.find((user) => user.drive.id === driveId);
  }

  /** The user the current request runs as. */
  current(): EmulatorUser {
    return this.caller.getStore() ?? this.primary;
  }

  runAs<T>(user: EmulatorUser, work: () => T): T {
    return this.caller.run(user, work);
  }
}
