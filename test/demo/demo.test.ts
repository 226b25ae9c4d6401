import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readTablesWithExcelJs } from '../workbook/support/exceljs-reader';

// `npm run demo` as a newcomer runs it (the compiled script; `npm test` builds it first).
const DEMO = join(__dirname, '../../dist/test/demo/run-demo.js');

function runDemo(
  out: string,
  lang: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [DEMO, '--once', out],
      { env: { PATH: process.env.PATH, LANG: lang } },
      (error, stdout, stderr) => resolve({ code: error === null ? 0 : 1, stdout, stderr }),
    );
  });
}

let out: string;
beforeEach(() => {
  out = mkdtempSync(join(tmpdir(), 'centaure-demo-'));
});
afterEach(() => rmSync(out, { recursive: true, force: true }));

// The figures are those worked out by hand in test/contract/demo-seed.test.ts.
describe('npm run demo', () => {
  it('pulls the demo week in one Graph round trip and prints its grid and tasks in English', async () => {
    const run = await runDemo(out, 'en_GB.UTF-8');
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain('(1 Graph round trip)');
    expect(run.stdout).toContain('Week 2026-W47 (Europe/Paris) — 40 events');
    expect(run.stdout).toMatch(/Important\s+I\+U\+\s+2\.75 h\s+8 %\s+I\+U-\s+21\.71 h\s+64 %/);
    expect(run.stdout).toMatch(/Not important\s+I-U\+\s+6\.96 h\s+21 %\s+I-U-\s+2\.50 h\s+7 %/);
    expect(run.stdout).toContain(
      'Counted 38.75 h, tagged 33.92 h, untagged 4.83 h, overlaps 1.50 h, important share 72 %',
    );
    expect(run.stdout).toMatch(/STRAT\s+I\+U-\s+6\.00 h\s+9\.58 h\s+\+3\.58 h\s+3/);
    expect(run.stdout).toMatch(/CRISE\s+I\+U\+\s+1\.00 h\s+0\.00 h\s+-1\.00 h\s+0/);
  });

  it('speaks French under a French locale and writes a French workbook holding the week', async () => {
    const run = await runDemo(out, 'fr_FR.UTF-8');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Semaine 2026-W47 (Europe/Paris) — 40 événements');
    expect(run.stdout).toContain('1 aller-retour Graph');
    expect(run.stdout).toContain('Compté 38,75 h, étiqueté 33,92 h, non étiqueté 4,83 h');
    expect(run.stdout).toMatch(/STRAT\s+I\+U-\s+6,00 h\s+9,58 h\s+\+3,58 h\s+3/);

    const tables = await readTablesWithExcelJs(readFileSync(join(out, 'Centaure.xlsx')));
    expect(tables.WeeklyTasks.sheet).toBe('Tâches hebdo');
    // One row per task of the catalog, CRISE at zero included.
    expect(tables.WeeklyTasks.rows.map((row) => [row[0], row[2]])).toEqual(
      ['MAIL', 'REU', 'ADM', 'VEIL', 'OPE', 'MGT', 'STRAT', 'CRISE'].map((code) => [
        '2026-W47',
        code,
      ]),
    );
    const pulled = JSON.parse(readFileSync(join(out, 'week-2026-W47.json'), 'utf8')) as {
      value: unknown[];
    };
    expect(pulled.value).toHaveLength(40);
  });
});
