import type { IsoWeek } from '../src/core/week';
import { formatIsoWeek } from '../src/core/week';
import { readWeek } from '../src/graph/calendar-view';
import { createGraphClient } from '../src/graph/client';
import type { EventInput } from '../src/emulator';
import { startGraphEmulator } from '../src/emulator';
import { trustEmulatorCa } from '../src/emulator/trust-ca';
import type { Bench, BenchResult } from './measure';
import { timeMedian } from './measure';
import { syntheticWeekEvents } from './synthetic-events';

const WEEK: IsoWeek = { weekYear: 2026, weekNumber: 47 };

/** The synthetic week of the summarize bench, as emulator input (the integration tests use it too). */
export function syntheticEventInputs(week: IsoWeek, count: number, seed = 47): EventInput[] {
  return syntheticWeekEvents(formatIsoWeek(week), count, seed).map((event) => ({
    subject: event.subject ?? '',
    start: { dateTime: event.start?.dateTime ?? '', timeZone: event.start?.timeZone ?? 'UTC' },
    end: { dateTime: event.end?.dateTime ?? '', timeZone: event.end?.timeZone ?? 'UTC' },
    categories: event.categories ?? [],
    isCancelled: event.isCancelled ?? false,
    showAs: event.showAs === 'free' ? 'free' : 'busy',
    response: event.responseStatus?.response === 'declined' ? 'declined' : 'accepted',
    organizer: { name: 'Dominique Bernard', address: 'dominique.bernard@contoso.fr' },
  }));
}

/** Median time to read a week of `count` events with the real SDK over HTTPS from the emulator. */
async function pullFromEmulator(count: number, runs: number): Promise<BenchResult> {
  const emulator = await startGraphEmulator();
  try {
    trustEmulatorCa(emulator.caPem);
    syntheticEventInputs(WEEK, count).forEach((input) => emulator.mailbox.addEvent(input));
    const graph = createGraphClient({
      tokenProvider: { getAccessToken: async () => emulator.token },
      baseUrl: emulator.url,
    });
    const pull = async () => {
      const { events } = await readWeek(graph, { week: WEEK });
      if (events.length !== count) throw new Error(`pulled ${events.length} of ${count} events`);
    };
    emulator.requests.clear();
    await pull();
    const requests = emulator.requests.roundTrips().length;
    const timing = await timeMedian(runs, pull);
    return { ...timing, details: { requests } };
  } finally {
    await emulator.close();
  }
}

export const pullBenches: Bench[] = [50, 250, 1000].map((count) => ({
  name: `pull 1 week × ${count} events (emulator, HTTPS, mailbox zone)`,
  run: () => pullFromEmulator(count, 15),
}));
