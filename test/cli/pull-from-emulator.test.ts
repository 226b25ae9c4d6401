import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, spawnCli } from '../support/run-cli';

/**
 * The path a power user follows: `centaure emulator` in one process, `centaure pull` and
 * `centaure summarize` in others, the certificate trusted only through NODE_EXTRA_CA_CERTS.
 */
describe('centaure pull against centaure emulator', () => {
  const dir = mkdtempSync(join(tmpdir(), 'centaure-e2e-'));
  let emulator: ChildProcess;
  let printed = '';

  beforeAll(async () => {
    emulator = spawn(process.execPath, [
      BIN,
      'emulator',
      '--seed',
      'demo',
      '--week',
      '2026-W47',
      '--port',
      '0',
    ]);
    await new Promise<void>((ready, fail) => {
      emulator.stdout?.on('data', (chunk: Buffer) => {
        printed += chunk.toString();
        if (printed.includes('CENTAURE_GRAPH_TOKEN=')) ready();
      });
      emulator.on('exit', (code) => fail(new Error(`emulator exited with ${code}`)));
    });
  });

  afterAll(async () => {
    const exited = new Promise((done) => emulator.once('exit', done));
    emulator.kill('SIGTERM');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  });

  const line = (pattern: RegExp) => pattern.exec(printed)?.[1] ?? '';

  it('writes the full demo week, and summarize finds the figures of the seed', async () => {
    const out = join(dir, 'week.json');
    const pulled = await spawnCli(
      [
        'pull',
        '--week',
        '2026-W47',
        '--graph-url',
        line(/emulator: (https:\S+)\/v1\.0/),
        '--out',
        out,
      ],
      {
        NODE_EXTRA_CA_CERTS: line(/^export NODE_EXTRA_CA_CERTS=(.+)$/m),
        CENTAURE_GRAPH_TOKEN: line(/^export CENTAURE_GRAPH_TOKEN=(.+)$/m),
      },
    );
    expect(pulled.stderr).toBe('');
    expect(pulled.stdout).toBe(`2026-W47 (Europe/Paris): 40 events → ${out}\n`);
    // The seed's private events (a medical appointment, a recruitment interview, a family
    // brunch) are in the file with their times, never with their subjects.
    const written = readFileSync(out, 'utf8');
    expect(written).not.toMatch(/Rendez-vous médical|Entretien de recrutement|Brunch famille/);
    expect(
      JSON.parse(written).value.filter((e: { sensitivity: string }) => e.sensitivity === 'private'),
    ).toHaveLength(3);

    // The file says which week and zone it was pulled for; summarize keeps the defaults of
    // SPEC §7 (current week, machine zone) and says how to count the file's own week.
    expect(JSON.parse(written)).toMatchObject({
      '@centaure.week': '2026-W47',
      '@centaure.timeZone': 'Europe/Paris',
    });
    const elsewhere = await spawnCli(['summarize', '--events', out], { TZ: 'America/New_York' });
    expect(elsewhere.stderr).toMatch(
      /^centaure: note: this file was pulled for 2026-W47 \(Europe\/Paris\), the week counted is \d{4}-W\d\d \(America\/New_York\); for its own: --week 2026-W47 --tz Europe\/Paris\n$/,
    );
    const summary = await spawnCli([
      'summarize',
      '--events',
      out,
      '--week',
      '2026-W47',
      '--tz',
      'Europe/Paris',
    ]);
    expect(summary.stderr).toBe('');
    const json = JSON.parse(summary.stdout);
    // The seed's figures, worked out event by event in test/contract/demo-seed.test.ts.
    expect(json.totals).toEqual({
      countedHours: 38.75,
      taggedHours: 33.92,
      untaggedHours: 4.83,
      overlapHours: 1.5,
      importantShare: 0.72,
    });
    expect(json.events).toHaveLength(40);
  });
});
