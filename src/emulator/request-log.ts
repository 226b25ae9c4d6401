import type { Json } from './json';

/** One request the emulator received. Authorization is never stored. */
export interface LoggedRequest {
  method: string;
  /** Path and query as sent, e.g. `/v1.0/me/calendarView?startDateTime=...`. */
  url: string;
  /** 0 when the connection was dropped by a fault. */
  status: number;
  dropped: boolean;
  /** Lower-case names, without `authorization`. */
  headers: Readonly<Record<string, string>>;
  /** Whether an `Authorization` header came with it (its value is never stored). */
  bearer: boolean;
  /** `https://127.0.0.1:PORT` of the origin it reached (Graph's or the content one). */
  origin: string;
  /** The JSON body, when the request had one. */
  body?: Json;
  /** True for a sub-request of a `$batch`; round trips are the entries where it is false. */
  viaBatch: boolean;
  /** The `id` of the sub-request inside its batch. */
  batchRequestId?: string;
}

export class RequestLog {
  private readonly entries: LoggedRequest[] = [];

  record(entry: LoggedRequest): void {
    this.entries.push(entry);
  }

  /** Every request, in the order they were answered. */
  list(): readonly LoggedRequest[] {
    return [...this.entries];
  }

  /** Requests that crossed the network (a batch counts once, its sub-requests not at all). */
  roundTrips(): readonly LoggedRequest[] {
    return this.entries.filter((entry) => !entry.viaBatch);
  }

  clear(): void {
    this.entries.length = 0;
  }
}
