import { performance } from 'node:perf_hooks';
import { DEFAULT_CATALOG } from '../src/core/catalog';
import { createGraphClient } from '../src/graph/client';
import { tagEvents } from '../src/graph/event-tags';
import { startGraphEmulator } from '../src/emulator';
import { trustEmulatorCa } from '../src/emulator/trust-ca';
import type { Bench, BenchResult } from './measure';

const MEETINGS = 60;

/**
 * "Accept all" on a week of 60 untagged meetings of one mailbox, against the emulator, which
 * answers 429 MailboxConcurrency (Retry-After 1 s) to a fifth mailbox request running at once,
 * as Graph does. `mailboxConcurrency` 20 is the writer before it knew the limit (20 parallel
 * PATCHes per `$batch`); 4 is today's (4 `dependsOn` chains per `$batch`). One run each: the
 * wall time is dominated by the Retry-After waits, which do not vary.
 */
async function tagWeek(mailboxConcurrency: number): Promise<BenchResult> {
  const emulator = await startGraphEmulator();
  try {
    trustEmulatorCa(emulator.caPem);
    const at = (i: number, minute: string) =>
      `2026-11-${16 + (i % 5)}T${String(8 + (i % 12)).padStart(2, '0')}:${minute}:00`;
    const ids = Array.from({ length: MEETINGS }, (_, i) =>
      emulator.mailbox.addEvent({
        subject: `Réunion ${i}`,
        start: { dateTime: at(i, '00'), timeZone: 'UTC' },
        end: { dateTime: at(i, '30'), timeZone: 'UTC' },
        categories: [],
      }),
    );
    const graph = createGraphClient({
      tokenProvider: { getAccessToken: async () => emulator.token },
      baseUrl: emulator.url,
      limits: { mailboxConcurrency },
    });
    emulator.requests.clear();
    const started = performance.now();
    const outcomes = await tagEvents(
      graph,
      DEFAULT_CATALOG,
      ids.map((eventId) => ({ eventId, categories: [], taskCode: 'REU' })),
    );
    const wallMs = performance.now() - started;
    const failed = outcomes.filter((outcome) => outcome.status === 'failed').length;
    const subRequests = emulator.requests
      .roundTrips()
      .reduce((sum, entry) => sum + (entry.body as { requests: unknown[] }).requests.length, 0);
    return {
      medianMs: wallMs,
      runs: 1,
      details: {
        requests: emulator.requests.roundTrips().length,
        'sub-requests': subRequests,
        failed,
      },
    };
  } finally {
    await emulator.close();
  }
}

export const tagWeekBenches: Bench[] = [
  {
    name: `tag ${MEETINGS} meetings, 1 mailbox, before: 20 parallel per $batch`,
    run: () => tagWeek(20),
  },
  {
    name: `tag ${MEETINGS} meetings, 1 mailbox, after: 4 dependsOn chains`,
    run: () => tagWeek(4),
  },
];
