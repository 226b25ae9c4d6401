import { mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lock } from 'proper-lockfile';
import { FileBusyError, LockInTheWayError, withFileLock } from '../../src/storage/file-lock';

const dir = mkdtempSync(join(tmpdir(), 'centaure-lock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('withFileLock', () => {
  it('fails with a clear message while another run holds the file', async () => {
    const path = join(dir, 'Held.xlsx');
    writeFileSync(path, 'x');
    const release = await lock(path, { realpath: false, lockfilePath: `${path}.lock` });
    const update = jest.fn(async () => 'written');
    try {
      const error = await withFileLock(path, update, 0).catch((e: unknown) => e);

      expect(error).toBeInstanceOf(FileBusyError);
      expect((error as FileBusyError).in('en')).toBe(
        `${path} is being written by another centaure run (lock ${path}.lock): try again in a moment.`,
      );
      expect(update).not.toHaveBeenCalled();
    } finally {
      await release();
    }
  });

  it('takes over the lock a killed run left, once it is stale', async () => {
    const path = join(dir, 'Left.xlsx');
    mkdirSync(`${path}.lock`);
    const minuteAgo = new Date(Date.now() - 60_000);
    utimesSync(`${path}.lock`, minuteAgo, minuteAgo);

    await expect(withFileLock(path, async () => 'written', 0)).resolves.toBe('written');
  });
});

describe('a lock that is not a lock directory', () => {
  const old = new Date(Date.now() - 3_600_000);

  it('an old regular file where the lock goes: says what to remove, never an unexpected error', async () => {
    const path = join(dir, 'File.xlsx');
    writeFileSync(path, 'x');
    writeFileSync(`${path}.lock`, 'left by a sync tool');
    utimesSync(`${path}.lock`, old, old);

    const error = await withFileLock(path, async () => 'written', 0).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(LockInTheWayError);
    expect((error as LockInTheWayError).in('en')).toBe(
      `${path}.lock is in the way of the lock on ${path}: it is not a lock left by centaure (a lock is a folder). Remove ${path}.lock, then run the command again.`,
    );
  });

  it('a symlink to a directory where the lock goes: the same', async () => {
    const path = join(dir, 'Link.xlsx');
    writeFileSync(path, 'x');
    mkdirSync(join(dir, 'elsewhere'));
    utimesSync(join(dir, 'elsewhere'), old, old);
    symlinkSync(join(dir, 'elsewhere'), `${path}.lock`);

    const error = await withFileLock(path, async () => 'written', 0).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(LockInTheWayError);
    expect((error as LockInTheWayError).in('fr')).toBe(
      `${path}.lock empêche de verrouiller ${path} : ce n’est pas un verrou laissé par centaure (un verrou est un dossier). Supprimez ${path}.lock, puis relancez la commande.`,
    );
  });
});
