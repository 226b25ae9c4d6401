import type { Event as GraphEvent } from '@microsoft/microsoft-graph-types';
import { DEFAULT_CATALOG } from '../../../src/core/catalog';
import { summarizeWeek } from '../../../src/core/summarize';
import { parseIsoWeek } from '../../../src/core/week';
import type { WeekSummary } from '../../../src/core/week-summary';
import type { GraphClient } from '../../../src/graph/client';
import { createGraphClient } from '../../../src/graph/client';
import { realSleep } from '../../../src/graph/retry-policy';
import { MemoryTeamOutbox } from '../../../src/storage/team-outbox';
import type { TeamPushDeps } from '../../../src/usecases/team-push';
import type { GraphEmulator, GraphEmulatorOptions } from '../../../src/emulator';
import type { StatusFault } from '../../../src/emulator/faults';
import { startGraphEmulator } from '../../../src/emulator';
import { trustEmulatorCa } from '../../../src/emulator/trust-ca';
import { graphEvent } from '../../support/graph-event';

export const WEEK = '2026-W47';
const MONDAY = ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20'];

/**
 * Member `n`'s week: each catalog task k tagged by category for ((n + 3k) mod 5) hours,
 * on day k mod 5, in the morning for the first five tasks and the afternoon for the others
 * (so nothing overlaps). `shift` changes every figure, as a member retagging their week.
 */
export function memberEvents(n: number, shift = 0): GraphEvent[] {
  return DEFAULT_CATALOG.flatMap((task, k) => {
    const hours = (n + 3 * k + shift) % 5;
    if (hours === 0) return [];
    const start = k < 5 ? 8 : 13;
    const day = MONDAY[k % 5];
    const time = (h: number) => `${day}T${String(h).padStart(2, '0')}:00`;
    return [
      graphEvent({
        subject: `Private ${n}/${k}`,
        categories: [task.code],
        start: time(start),
        end: time(start + hours),
      }),
    ];
  });
}

export function memberSummary(n: number, shift = 0): WeekSummary {
  return summarizeWeek(memberEvents(n, shift), {
    week: parseIsoWeek(WEEK),
    timeZone: 'Europe/Paris',
  });
}

export interface TeamHarness {
  emulator: GraphEmulator;
  manager: GraphClient;
  /** Member n (1-based): their own client, token and outbox. */
  member(n: number): TeamPushDeps;
}

export async function startTeam(options: GraphEmulatorOptions): Promise<TeamHarness> {
  const emulator = await startGraphEmulator({ seed: 'team', ...options });
  trustEmulatorCa(emulator.caPem);
  const client = (token: string) =>
    createGraphClient({
      tokenProvider: { getAccessToken: async () => token },
      baseUrl: emulator.url,
      retry: { initialBackoffMs: 50, sleep: realSleep },
    });
  const members = emulator.users
    .all()
    .slice(1)
    .map((user) => ({
      graph: client(user.token),
      outbox: new MemoryTeamOutbox(),
      now: () => new Date(),
      retry: { initialBackoffMs: 100, maxBackoffMs: 2_000 },
    }));
  return { emulator, manager: client(emulator.token), member: (n) => members[n - 1] };
}

/** Excel's answer to every row append while another client edits the workbook. */
export const APPEND_LOCKED: StatusFault = {
  method: 'POST',
  path: /rows\/add/,
  status: 409,
  code: 'conflict',
  innerCode: 'EditModeCannotAcquireLock',
};
