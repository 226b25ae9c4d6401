import { pushWeekToTeam } from '../src/usecases/team-push';
import { createTeamWorkbook } from '../src/usecases/team-workbook';
import { memberSummary, startTeam, WEEK } from '../test/team/support/team-harness';
import type { Bench, BenchResult } from './measure';
import { median } from './measure';

const MEMBERS = 50;

/**
 * 50 members push the same week at once to a new team workbook, `rounds` times; the wall
 * time of a round, and the Graph requests that crossed the network per push (retries included).
 */
async function concurrentPushes(faultRate: number, rounds: number): Promise<BenchResult> {
  const team = await startTeam({ members: MEMBERS, faultRate });
  try {
    const durations: number[] = [];
    let requests = 0;
    let pending = 0;
    for (let round = 1; round <= rounds; round += 1) {
      const { link } = await createTeamWorkbook(team.manager, {
        path: `/Centaure/Bench ${round}.xlsx`,
        language: 'en',
        week: WEEK,
      });
      team.emulator.requests.clear();
      const started = Date.now();
      const outcomes = await Promise.all(
        Array.from({ length: MEMBERS }, (_, i) =>
          pushWeekToTeam(team.member(i + 1), memberSummary(i + 1), { link, language: 'en' }),
        ),
      );
      durations.push(Date.now() - started);
      requests += team.emulator.requests.roundTrips().length;
      pending += outcomes.filter((o) => o.kind === 'pending').length;
    }
    return {
      medianMs: median(durations),
      runs: rounds,
      details: {
        'requests/push': (requests / (MEMBERS * rounds)).toFixed(1),
        'pending pushes': pending,
      },
    };
  } finally {
    await team.emulator.close();
  }
}

export const teamBenches: Bench[] = [
  {
    name: `team push: ${MEMBERS} members at once, no faults (wall time)`,
    run: () => concurrentPushes(0, 3),
  },
  {
    name: `team push: ${MEMBERS} members at once, 10% faults (wall time)`,
    run: () => concurrentPushes(0.1, 1),
  },
];
