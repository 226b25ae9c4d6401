import type { Drive } from './drive/drive';
import type { RouteHandler, RouteOptions } from './http-types';
import type { Mailbox } from './mailbox/mailbox';
import type { PathPattern } from './router';
import type { UserDirectory } from './users';

/** What a `routes/*.ts` module gets to register its routes and reach the emulator's state. */
export interface RouteHost {
  addRoute(
    method: string,
    pattern: PathPattern,
    handler: RouteHandler,
    options?: RouteOptions,
  ): void;
  /** The calling user's mailbox and drive. */
  readonly mailbox: Mailbox;
  readonly drive: Drive;
  /** Every user of the tenant, for routes that reach another user's drive. */
  users: UserDirectory;
}
