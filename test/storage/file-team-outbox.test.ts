import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lock } from 'proper-lockfile';
import type { TeamPush } from '../../src/core/team-rows';
import { FileTeamOutbox } from '../../src/storage/file-team-outbox';
import type { OutboxDamage, PendingTeamPush } from '../../src/storage/team-outbox';
import { serializeOutbox } from '../../src/storage/team-outbox';

const dir = mkdtempSync(join(tmpdir(), 'centaure-outbox-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const LINK = 'https://contoso-my.sharepoint.com/:x:/g/personal/boss/Team';

function pending(week: string, pushId: string): PendingTeamPush {
  const updatedAt = new Date('2026-11-20T17:00:00Z');
  const push: TeamPush = {
    pushId,
    week,
    member: { id: 'm-1', displayName: 'Alex' },
    updatedAt,
    rows: [],
  };
  return { link: LINK, push, mayBeApplied: false };
}

describe('an outbox file that cannot be read', () => {
  it('is kept beside it, the user is told, and the entries that can be read are recovered', async () => {
    const path = join(dir, 'truncated', 'team-outbox.json');
    const whole = serializeOutbox([pending('2026-W46', 'p-46'), pending('2026-W47', 'p-47')]);
    // Cut in the middle of the second entry: a crash or a full disk.
    const truncated = whole.slice(0, whole.indexOf('p-47') + 2);
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(dir, 'truncated'));
    writeFileSync(path, truncated);
    const damages: OutboxDamage[] = [];
    const outbox = new FileTeamOutbox(path, (damage) => damages.push(damage));

    await outbox.put(pending('2026-W48', 'p-48'));

    const kept = readdirSync(join(dir, 'truncated')).filter((name) => name.includes('unreadable'));
    expect(kept).toHaveLength(1);
    expect(readFileSync(join(dir, 'truncated', kept[0]), 'utf8')).toBe(truncated);
    expect(damages).toHaveLength(1);
    expect(damages[0].recovered).toBe(1);
    expect(damages[0].message.en).toBe(
      `The list of pushes waiting for the team workbook (${path}) could not be read in full: it is kept as ${join(dir, 'truncated', kept[0])}, and 1 push was recovered from it. A week that was not recovered will go at its next Generate.`,
    );
    expect((await outbox.list()).map((entry) => entry.push.week)).toEqual(['2026-W46', '2026-W48']);
  });

  it('reading it alone changes nothing yet says so', async () => {
    const path = join(dir, 'garbage.json');
    writeFileSync(path, '\u0000\u0000\u0000');
    const damages: OutboxDamage[] = [];
    const outbox = new FileTeamOutbox(path, (damage) => damages.push(damage));

    expect(await outbox.list()).toEqual([]);
    expect(damages).toHaveLength(1);
    expect(readFileSync(path, 'utf8')).toBe('\u0000\u0000\u0000');
  });
});

describe('two pushes on one machine', () => {
  it('the second waits for the first’s lock instead of failing', async () => {
    const path = join(dir, 'busy.json');
    writeFileSync(path, '[]\n');
    const release = await lock(dir, { lockfilePath: `${path}.lock`, realpath: false });
    // Another run holds the outbox for 5 s (longer than the old 3.5 s of retries).
    const releasing = new Promise<void>((resolve) => {
      setTimeout(() => {
        void release().then(resolve);
      }, 5_000);
    });
    const outbox = new FileTeamOutbox(path);

    await outbox.put(pending('2026-W47', 'p-47'));
    await releasing;

    expect((await outbox.list()).map((entry) => entry.push.pushId)).toEqual(['p-47']);
  }, 20_000);
});
