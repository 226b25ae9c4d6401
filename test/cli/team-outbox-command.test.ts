import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TeamPush } from '../../src/core/team-rows';
import { FileTeamOutbox } from '../../src/storage/file-team-outbox';
import { serializeOutbox } from '../../src/storage/team-outbox';
import { runCli } from '../support/run-cli';

const dir = mkdtempSync(join(tmpdir(), 'centaure-outbox-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const GOOD = 'https://contoso-my.sharepoint.com/:x:/g/personal/boss/Team';
const WRONG = 'https://contoso-my.sharepoint.com/:x:/g/personal/x/NoSuchLink';

function entry(link: string, week: string, pushId: string) {
  const push: TeamPush = {
    pushId,
    week,
    member: { id: 'm-1', displayName: 'Alex' },
    updatedAt: new Date('2026-11-20T17:00:00Z'),
    rows: [],
  };
  return { link, push, mayBeApplied: false };
}

describe('centaure team outbox', () => {
  it('lists the pending pushes, and drops those of a link', async () => {
    const path = join(dir, 'outbox.json');
    writeFileSync(
      path,
      serializeOutbox([entry(WRONG, '2026-W46', 'p-46'), entry(GOOD, '2026-W47', 'p-47')]),
    );

    const listed = await runCli(['team', 'outbox', 'list', '--outbox', path]);
    expect(listed.stdout).toBe(`2026-W46  ${WRONG}  (p-46)\n2026-W47  ${GOOD}  (p-47)\n`);

    const dropped = await runCli(['team', 'outbox', 'drop', '--outbox', path, '--link', WRONG]);
    expect(dropped.code).toBe(0);
    expect(dropped.stdout).toBe('Dropped 1 pending push (2026-W46).\n');
    expect((await new FileTeamOutbox(path).list()).map((e) => e.push.pushId)).toEqual(['p-47']);
  });

  it('drops one week, and says so when nothing matches', async () => {
    const path = join(dir, 'weeks.json');
    writeFileSync(path, serializeOutbox([entry(GOOD, '2026-W47', 'p-47')]));

    const none = await runCli(['team', 'outbox', 'drop', '--outbox', path, '--week', '2026-W40']);
    expect(none.code).toBe(0);
    expect(none.stdout).toBe('No pending push matches.\n');

    const dropped = await runCli(
      ['team', 'outbox', 'drop', '--outbox', path, '--week', '2026-W47'],
      { language: 'fr' },
    );
    expect(dropped.stdout).toBe('1 envoi en attente supprimé (2026-W47).\n');
    expect(await new FileTeamOutbox(path).list()).toEqual([]);
  });
});
