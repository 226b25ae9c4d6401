import { teamPush } from '../../src/core/team-rows';
import { MemoryTeamOutbox } from '../../src/storage/team-outbox';
import type { PendingTeamPush } from '../../src/storage/team-outbox';
import type { TeamPushDeps } from '../../src/usecases/team-push';
import { flushTeamOutbox, pushWeekToTeam, pushWeekWithPending } from '../../src/usecases/team-push';
import { readTeamWeek } from '../../src/usecases/team-workbook';
import { readProfileOf } from './support/profile';
import { readTableRange } from '../../src/workbook/table-operations';
import { memberSummary, WEEK } from './support/team-harness';
import { teamForThisFile } from './support/team-per-file';

const suite = teamForThisFile('Outbox');
const { newTeamWorkbook } = suite;

async function tableRows(path: string): Promise<(string | number | null)[][]> {
  const range = await readTableRange(
    new Uint8Array(suite.team.emulator.drive.getFile(path)!),
    'TeamWeekly',
  );
  return range.values.slice(1).filter((row) => row.some((v) => v !== null && v !== ''));
}

/** An outbox that dies before forgetting a push, as a process killed after its append landed. */
class KilledBeforeRemoving extends MemoryTeamOutbox {
  override async remove(): Promise<void> {
    throw new Error('killed');
  }
}

const deps = (outbox = new MemoryTeamOutbox()): TeamPushDeps => ({
  ...suite.team.member(1),
  outbox,
});

describe('every resend checks the push id', () => {
  it('an entry left in the outbox after its append landed is looked up before it is sent again', async () => {
    const { path, link } = await newTeamWorkbook();
    const killed = new KilledBeforeRemoving();
    await expect(
      pushWeekToTeam(deps(killed), memberSummary(1), { link, language: 'en' }),
    ).rejects.toThrow('killed');
    expect(await tableRows(path)).toHaveLength(8);
    const left = await killed.list();
    expect(left).toHaveLength(1);

    // The next run finds the entry (its file survived the process) and sends it again.
    const outbox = new MemoryTeamOutbox();
    await outbox.put(left[0]);
    const { outcomes, pending } = await flushTeamOutbox(deps(outbox));

    expect(outcomes.map((o) => o.kind)).toEqual(['pushed']);
    expect(pending).toEqual([]);
    expect(await tableRows(path)).toHaveLength(8);
  });
});

describe('one bad link never blocks the others', () => {
  it('a refused link’s pending push is reported and kept, and the current push goes to its own link', async () => {
    const { path, link } = await newTeamWorkbook();
    const outbox = new MemoryTeamOutbox();
    const wrong = 'https://contoso-my.sharepoint.com/:x:/g/personal/x/NoSuchLink';
    await expect(
      pushWeekToTeam(deps(outbox), memberSummary(1), { link: wrong, language: 'en' }),
    ).rejects.toMatchObject({ code: 'team-link-gone' });

    const { outcome, earlier } = await pushWeekWithPending(deps(outbox), memberSummary(1), {
      link,
      language: 'en',
    });

    expect(outcome.kind).toBe('pushed');
    expect(await tableRows(path)).toHaveLength(8);
    expect(earlier).toHaveLength(1);
    expect(earlier[0]).toMatchObject({ kind: 'refused', week: WEEK, link: wrong });
    expect(earlier[0].kind === 'refused' && earlier[0].message.en).toMatch(
      /^Week 2026-W47 waits for a team workbook that refuses it: The team workbook link leads nowhere any more/,
    );
    expect((await outbox.list()).map((entry) => entry.link)).toEqual([wrong]);
  });
});

describe('a member’s push carries only that member’s rows', () => {
  it('an outbox entry whose rows name another member, another week or a future time is refused, not appended', async () => {
    const { path, link } = await newTeamWorkbook();
    const me = await readProfileOf(suite.team.member(1).graph);
    const honest = teamPush(memberSummary(1), me, {
      pushId: 'forged',
      updatedAt: new Date(),
      language: 'en',
    });
    const forgeries: PendingTeamPush[] = [
      {
        link,
        mayBeApplied: false,
        push: {
          ...honest,
          pushId: 'other-member',
          rows: honest.rows.map((row) => ({ ...row, memberId: 'someone-else', member: 'Boss' })),
        },
      },
      {
        link,
        mayBeApplied: false,
        push: {
          ...honest,
          pushId: 'other-week',
          week: '2026-W48',
          rows: honest.rows,
        },
      },
      {
        link,
        mayBeApplied: false,
        push: {
          ...honest,
          pushId: 'future',
          updatedAt: new Date('2099-01-01T00:00:00Z'),
          rows: honest.rows.map((row) => ({ ...row, updatedAt: new Date('2099-01-01T00:00:00Z') })),
        },
      },
    ];
    const kinds: string[] = [];
    for (const forged of forgeries) {
      const outbox = new MemoryTeamOutbox();
      await outbox.put(forged);
      const { outcomes, pending } = await flushTeamOutbox(deps(outbox));
      kinds.push(...outcomes.map((o) => o.kind));
      expect(pending).toHaveLength(1);
    }

    expect(kinds).toEqual(['refused', 'refused', 'refused']);
    expect(await tableRows(path)).toEqual([]);
  });

  it('the team’s grid ignores rows dated later than the moment it is read', async () => {
    const { path, link } = await newTeamWorkbook();
    await pushWeekToTeam(deps(), memberSummary(1), { link, language: 'en' });
    // Member 2 writes, through Graph directly, rows under member 1's id dated 2099.
    const me = await readProfileOf(suite.team.member(1).graph);
    const forged = teamPush(memberSummary(2), me, {
      pushId: 'forged-2099',
      updatedAt: new Date('2099-01-01T00:00:00Z'),
      language: 'en',
    });
    const { TeamAppender, TEAM_PUSH_POLICY } = await import('../../src/usecases/team-append');
    const { GraphDriveStore } = await import('../../src/graph/graph-drive-store');
    const file = await new GraphDriveStore(suite.team.member(2).graph).resolveSharingLink(link);
    const appender = new TeamAppender(suite.team.member(2).graph, file, TEAM_PUSH_POLICY);
    await appender.exclusive(() => appender.add(forged, false));

    const grid = await readTeamWeek(suite.team.manager, { path, week: WEEK });

    // Member 1's own week: 17 tagged hours (team-lifecycle's Manager view test).
    expect(grid.members.map((m) => m.taggedHours)).toEqual([17]);
  });
});

describe('offline is an outbox entry', () => {
  it('with the network down before the member is known, the week is in the outbox all the same', async () => {
    await newTeamWorkbook();
    const { link } = await newTeamWorkbook();
    suite.team.emulator.faults.add({ method: 'GET', path: /\/me\b/, drop: true });
    const outbox = new MemoryTeamOutbox();

    const result = await pushWeekWithPending(deps(outbox), memberSummary(1), {
      link,
      language: 'en',
    }).catch((error: unknown) => error);

    expect(result).toMatchObject({ outcome: { kind: 'pending', reason: 'offline' } });
    expect((await outbox.list()).map((entry) => entry.push.week)).toEqual([WEEK]);
  });
});
