import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readTablesWithExcelJs } from '../workbook/support/exceljs-reader';

// `npm run demo` as a newcomer runs it (the compiled script; `npm test` builds it first).
const DEMO = join(__dirname, '../../dist/src/demo/run-demo.js');

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
    // The 12 weeks' story, worked out in test/contract/demo-seed.test.ts.
    expect(run.stdout).toContain(
      'MAIL  AI since 2026-10-12: 5.08 h → 3.08 h a week (-2.00 h, -39.4 %), 6 weeks before, 6 after',
    );
    expect(run.stdout).toContain(
      'ADM   AI since 2026-10-26: 4.19 h → 2.63 h a week (-1.56 h, -37.2 %), 8 weeks before, 4 after',
    );
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
    expect(run.stdout).toContain(
      'MAIL  IA depuis 2026-10-12 : 5,08 h → 3,08 h par semaine (-2,00 h, -39,4 %), 6 semaines avant, 6 après',
    );
    // All 12 weeks, W36 to W47, in order.
    expect(tables.WeeklyQuadrants.rows.map((row) => row[0])).toEqual(
      Array.from({ length: 12 }, (_, i) => `2026-W${36 + i}`),
    );
    // One row per task of the catalog and week, CRISE at zero included.
    expect(tables.WeeklyTasks.rows.slice(-8).map((row) => [row[0], row[2]])).toEqual(
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
