import { MemoryTeamOutbox } from '../../src/storage/team-outbox';
import { CentaureError } from '../../src/core/errors';
import { joinTeam, pushWeekToTeam } from '../../src/usecases/team-push';
import type { TeamHarness } from './support/team-harness';
import { memberSummary, startTeam } from './support/team-harness';

let team: TeamHarness;

beforeAll(async () => {
  team = await startTeam({ members: 1 });
}, 30_000);
afterAll(async () => {
  await team.emulator.close();
});

async function failure(work: Promise<unknown>): Promise<CentaureError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CentaureError);
  return error as CentaureError;
}

describe('team messages name what was being done and what to do', () => {
  it('a 60 KB link: says the link is far too long for a sharing link, not a status code', async () => {
    const link = `https://contoso-my.sharepoint.com/:x:/g/personal/boss/${'a'.repeat(60_000)}`;
    const deps = { ...team.member(1), outbox: new MemoryTeamOutbox() };

    const error = await failure(pushWeekToTeam(deps, memberSummary(1), { link, language: 'en' }));

    expect(error.code).toBe('team-bad-link');
    expect(error.in('en')).toBe(
      'The team workbook link is 60,054 characters long, far longer than a sharing link (a few hundred at most): paste only the link your manager gave you.',
    );
    expect(error.in('en')).not.toMatch(/\(4\d\d\)/);
  });

  it('a junk file behind a link: says it could not be read as a team workbook, not that saving failed', async () => {
    team.emulator.drive.putFile('/Centaure/Junk.xlsx', Buffer.from('not a zip at all'));
    const link = team.emulator.drive.share('/Centaure/Junk.xlsx', 'edit');

    const error = await failure(joinTeam(team.member(1).graph, link));

    expect(error.in('en')).not.toMatch(/saving/);
    expect(error.in('en')).toMatch(/^Junk\.xlsx is not a Centaure team workbook/);
  });
});
