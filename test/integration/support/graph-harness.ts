import type { IsoWeek } from '../../../src/core/week';
import type { GraphClient } from '../../../src/graph/client';
import { createGraphClient } from '../../../src/graph/client';
import type { GraphLimits } from '../../../src/graph/limits';
import type { RetryPolicy } from '../../../src/graph/retry-policy';
import { realSleep } from '../../../src/graph/retry-policy';
import { syntheticEventInputs } from '../../../bench/pull-bench';
import type { GraphEmulator, GraphEmulatorOptions } from '../../../src/emulator';
import { startGraphEmulator } from '../../../src/emulator';
import { trustEmulatorCa } from '../../../src/emulator/trust-ca';

export interface ClientSettings {
  token?: string;
  retry?: Partial<RetryPolicy>;
  limits?: Partial<GraphLimits>;
}

export interface GraphHarness {
  emulator: GraphEmulator;
  /** A client with the emulator's token; its waits between retries are recorded in `waits`. */
  graph: GraphClient;
  waits: number[];
  /** Another client on the same emulator, e.g. with another token or retry policy. */
  client(options?: ClientSettings): GraphClient;
  /** Round trips since the last `resetLog`, as `METHOD /path` without `/v1.0` and the query. */
  roundTrips(): string[];
  resetLog(): void;
}

/**
 * Starts an emulator and trusts its CA in this process. Waits are real (tests use Retry-After
 * of 0 or 1 s) but short for dropped connections, which have no Retry-After to honour.
 */
export async function startHarness(options: GraphEmulatorOptions = {}): Promise<GraphHarness> {
  const emulator = await startGraphEmulator(options);
  trustEmulatorCa(emulator.caPem);
  const waits: number[] = [];
  const client = (settings: ClientSettings = {}) =>
    createGraphClient({
      limits: settings.limits,
      tokenProvider: { getAccessToken: async () => settings.token ?? emulator.token },
      baseUrl: emulator.url,
      retry: {
        initialBackoffMs: 10,
        sleep: async (ms) => {
          waits.push(ms);
          await realSleep(ms);
        },
        ...settings.retry,
      },
    });
  return {
    emulator,
    graph: client(),
    waits,
    client,
    roundTrips: () =>
      emulator.requests
        .roundTrips()
        .map((entry) => `${entry.method} ${entry.url.split('?')[0].replace(/^\/v1\.0/, '')}`),
    resetLog: () => {
      emulator.requests.clear();
      waits.length = 0;
    },
  };
}

/** Adds `count` events to `week` and returns their ids. */
export function addWeekEvents(emulator: GraphEmulator, week: IsoWeek, count: number): string[] {
  return syntheticEventInputs(week, count).map((input) => emulator.mailbox.addEvent(input));
}
