import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lock } from 'proper-lockfile';
import { FileBusyError, withFileLock } from '../../src/storage/file-lock';

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
