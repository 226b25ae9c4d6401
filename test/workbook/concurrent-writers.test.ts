import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnCli } from '../support/run-cli';
import { readTablesWithExcelJs } from './support/exceljs-reader';
import { workbookArgs } from './support/workbook-cli';

const dir = mkdtempSync(join(tmpdir(), 'centaure-concurrent-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('runs of centaure workbook on one file at the same time', () => {
  it('each run’s week ends up in the file: none is lost to another run’s rename', async () => {
    const out = join(dir, 'Centaure.xlsx');
    const weeks = [
      '2026-W40',
      '2026-W41',
      '2026-W42',
      '2026-W43',
      '2026-W44',
      '2026-W45',
      '2026-W46',
      '2026-W47',
    ];

    const runs = await Promise.all(weeks.map((week) => spawnCli(workbookArgs(out, week))));

    // The sample file holds week 47 only: the other runs add a note, nothing else.
    expect(runs.map((run) => run.stderr.replace(/^centaure: note: .*\n/, ''))).toEqual(
      weeks.map(() => ''),
    );
    expect(runs.map((run) => run.code)).toEqual(weeks.map(() => 0));
    expect(runs.filter((run) => run.stdout.endsWith('(created).\n'))).toHaveLength(1);
    const quadrants = (await readTablesWithExcelJs(readFileSync(out))).WeeklyQuadrants.rows;
    expect(quadrants.map((row) => row[0])).toEqual(weeks);
    // The lock is gone with the last run, and so are the temporary files.
    expect(readdirSync(dir)).toEqual(['Centaure.xlsx']);
  }, 120_000);
});
