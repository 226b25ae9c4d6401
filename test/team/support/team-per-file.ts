import { afterAll, beforeAll, beforeEach } from '@jest/globals';
import { createTeamWorkbook } from '../../../src/usecases/team-workbook';
import type { TeamHarness } from './team-harness';
import { startTeam, WEEK } from './team-harness';

// Jest's hooks, imported: the bench runs the team harness outside Jest, this file only in it.

/**
 * One emulator and team for a test file: started before its tests, closed after them, its
 * faults and request log cleared before each; `newTeamWorkbook()` has the manager create and
 * share a fresh team workbook (`/Centaure/<name> <n>.xlsx`).
 */
export function teamForThisFile(name: string): {
  readonly team: TeamHarness;
  newTeamWorkbook(): Promise<{ path: string; link: string }>;
} {
  let team: TeamHarness | null = null;
  let counter = 0;
  const started = () => {
    if (team === null) throw new Error('the team starts in beforeAll');
    return team;
  };
  beforeAll(async () => {
    team = await startTeam({ members: 2 });
  }, 30_000);
  afterAll(async () => {
    await team?.emulator.close();
  });
  beforeEach(() => {
    started().emulator.faults.clear();
    started().emulator.requests.clear();
  });
  return {
    get team() {
      return started();
    },
    async newTeamWorkbook() {
      counter += 1;
      const path = `/Centaure/${name} ${counter}.xlsx`;
      const { link } = await createTeamWorkbook(started().manager, {
        path,
        language: 'en',
        week: WEEK,
      });
      return { path, link };
    },
  };
}
