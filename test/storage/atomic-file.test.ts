import {
  chmodSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CentaureError } from '../../src/core/errors';
import { writeFileAtomically } from '../../src/storage/atomic-file';

const dir = mkdtempSync(join(tmpdir(), 'centaure-atomic-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeFileAtomically', () => {
  it('replaces a file whole and leaves no temporary file behind', async () => {
    const path = join(dir, 'week.json');
    writeFileSync(path, 'old content that is longer than the new one');
    await writeFileAtomically(path, '{"value":[]}');
    expect(readFileSync(path, 'utf8')).toBe('{"value":[]}');
    expect(readdirSync(dir)).toEqual(['week.json']);
  });

  it('fails with one plain line when the folder does not exist', async () => {
    const path = join(dir, 'missing-folder', 'Centaure.xlsx');
    const error = await writeFileAtomically(path, new Uint8Array([1, 2, 3])).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CentaureError);
    const folder = join(dir, 'missing-folder');
    expect((error as CentaureError).in('en')).toBe(
      `Cannot write ${path}: the folder ${folder} does not exist.`,
    );
    expect((error as CentaureError).in('fr')).toBe(
      `Impossible d’écrire ${path} : le dossier ${folder} n’existe pas.`,
    );
  });

  it('leaves a file the user made read-only as it is', async () => {
    const path = join(dir, 'locked.xlsx');
    writeFileSync(path, 'kept');
    chmodSync(path, 0o444);
    const error = await writeFileAtomically(path, 'new').catch((e: unknown) => e);
    expect((error as CentaureError).in('en')).toBe(`Cannot write ${path}: the file is read-only.`);
    expect(readFileSync(path, 'utf8')).toBe('kept');
    expect(statSync(path).mode & 0o777).toBe(0o444);
    // Read-only for its owner, though the group may write: still the owner's choice.
    chmodSync(path, 0o464);
    await expect(writeFileAtomically(path, 'new')).rejects.toThrow('the file is read-only');
    expect(readFileSync(path, 'utf8')).toBe('kept');
  });

  it('keeps the mode of the file it replaces', async () => {
    const path = join(dir, 'private.json');
    writeFileSync(path, 'old');
    chmodSync(path, 0o600);
    await writeFileAtomically(path, 'new');
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('writes through a link to the file it points at, and the link stays a link', async () => {
    const real = join(dir, 'real.json');
    const link = join(dir, 'link.json');
    writeFileSync(real, 'old');
    symlinkSync(real, link);
    await writeFileAtomically(link, 'new');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).toBe('new');
  });

  it('does not take a folder for a file', async () => {
    const path = join(dir, 'folder.xlsx');
    mkdirSync(path);
    const error = await writeFileAtomically(path, 'x').catch((e: unknown) => e);
    expect((error as CentaureError).in('fr')).toBe(
      `Impossible d’écrire ${path} : c’est un dossier.`,
    );
  });

  it('never replaces what is not a regular file (a pipe, a device)', async () => {
    const path = join(dir, 'pipe.json');
    execFileSync('mkfifo', [path]);

    const error = await writeFileAtomically(path, '{}').catch((e: unknown) => e);

    expect((error as CentaureError).in('en')).toBe(
      `Cannot write ${path}: it is not a regular file.`,
    );
    expect(lstatSync(path).isFIFO()).toBe(true);
  });

  it('cleans up the temporary files of writes that were killed, and only those', async () => {
    const folder = mkdtempSync(join(dir, 'stale-'));
    const path = join(folder, 'Centaure.xlsx');
    writeFileSync(path, 'old');
    const finished = spawnSync(process.execPath, ['-e', '']).pid;
    const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000);
    const killed = `Centaure.xlsx.centaure-unfinished-${finished}-0123456789ab.tmp`;
    const oldKilled = `Centaure.xlsx.centaure-unfinished-${process.pid}-00000000000a.tmp`;
    const olderVersion = '.Centaure.xlsx.abcdef012345.tmp';
    const running = `Centaure.xlsx.centaure-unfinished-${process.pid}-bbbbbbbbbbbb.tmp`;
    const otherFile = `Budget.xlsx.centaure-unfinished-${finished}-cccccccccccc.tmp`;
    for (const name of [killed, oldKilled, olderVersion, running, otherFile]) {
      writeFileSync(join(folder, name), 'partial');
    }
    utimesSync(join(folder, oldKilled), hoursAgo(2), hoursAgo(2));
    utimesSync(join(folder, olderVersion), hoursAgo(2), hoursAgo(2));

    await writeFileAtomically(path, 'new');

    expect(readdirSync(folder).sort()).toEqual(['Centaure.xlsx', otherFile, running].sort());
  });
});
