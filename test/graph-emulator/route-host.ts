import type { Drive } from './drive/drive';
import type { RouteHandler, RouteOptions } from './http-types';
import type { Mailbox } from './mailbox/mailbox';
import type { PathPattern } from './router';

/** What a `routes/*.ts` module gets to register its routes and reach the emulator's state. */
export interface RouteHost {
  addRoute(
    method: string,
    pattern: PathPattern,
    handler: RouteHandler,
    options?: RouteOptions,
  ): void;
  mailbox: Mailbox;
  drive: Drive;
}
