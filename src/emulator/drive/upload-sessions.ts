import { randomBytes } from 'node:crypto';
import type { ConflictBehavior, Drive } from './drive';
import type { WriteTarget } from './drive-address';

export interface UploadSession {
  token: string;
  /** The drive of the user who created the session: the upload URL carries no token. */
  drive: Drive;
  target: WriteTarget;
  conflict: ConflictBehavior;
  ifMatch: string | undefined;
  deferCommit: boolean;
  chunks: Buffer[];
  received: number;
  /** Declared by the first fragment's `Content-Range`. */
  totalSize: number | undefined;
  expiresMs: number;
}

/** Upload sessions live an hour; nothing is scheduled, expiry is checked when a session is used. */
const LIFETIME_MS = 60 * 60 * 1000;

export class UploadSessions {
  private readonly sessions = new Map<string, UploadSession>();

  open(
    drive: Drive,
    target: WriteTarget,
    conflict: ConflictBehavior,
    ifMatch: string | undefined,
    deferCommit: boolean,
  ): UploadSession {
    const session: UploadSession = {
      token: randomBytes(24).toString('base64url'),
      drive,
      target,
      conflict,
      ifMatch,
      deferCommit,
      chunks: [],
      received: 0,
      totalSize: undefined,
      expiresMs: Date.now() + LIFETIME_MS,
    };
    this.sessions.set(session.token, session);
    return session;
  }

  find(token: string): UploadSession | undefined {
    const session = this.sessions.get(token);
    if (session && session.expiresMs < Date.now()) {
      this.sessions.delete(token);
      return undefined;
    }
    return session;
  }

  close(token: string): void {
    this.sessions.delete(token);
  }
}
