import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
    expect((error as CentaureError).in('en')).toBe(`Cannot write ${path} (ENOENT).`);
    expect((error as CentaureError).in('fr')).toBe(`Impossible d’écrire ${path} (ENOENT).`);
  });
});
