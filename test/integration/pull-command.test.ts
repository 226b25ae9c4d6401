import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, spawnCli } from '../support/run-cli';
import { summarize } from '../support/summarize';
import type { GraphHarness } from './support/graph-harness';
import { addWeekEvents, startHarness } from './support/graph-harness';

// Runs the built command (`npm test` builds it first) against the emulator, as a user would.

let harness: GraphHarness;
let ids: string[];
const dir = mkdtempSync(join(tmpdir(), 'centaure-pull-'));
beforeAll(async () => {
  harness = await startHarness();
  ids = addWeekEvents(harness.emulator, { weekYear: 2026, weekNumber: 47 }, 1000);
});
afterAll(async () => {
  await harness.emulator.close();
  rmSync(dir, { recursive: true, force: true });
});

const environment = () => ({
  NODE_EXTRA_CA_CERTS: harness.emulator.caFile,
  CENTAURE_GRAPH_TOKEN: harness.emulator.token,
});

describe('centaure pull', () => {
  it('writes the whole week as a calendarView file that summarize reads', async () => {
    const out = join(dir, 'w47.json');

    const result = await spawnCli(
      ['pull', '--week', '2026-W47', '--graph-url', harness.emulator.url, '--out', out],
      environment(),
    );

    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`2026-W47 (Europe/Paris): 1000 events → ${out}\n`);
    const pulled = JSON.parse(readFileSync(out, 'utf8')) as { value: { id: string }[] };
    expect(pulled.value.map((event) => event.id).sort()).toEqual([...ids].sort());
    // Nothing left behind by the atomic write.
    expect(readdirSync(dir)).toEqual(['w47.json']);

    const summary = await spawnCli([
      'summarize',
      '--events',
      out,
      '--week',
      '2026-W47',
      '--tz',
      'Europe/Paris',
    ]);
    expect(summary.code).toBe(0);
    expect(JSON.parse(summary.stdout)).toEqual(summarize(pulled.value));
  });

  it('pulls the current week of the mailbox zone by default', async () => {
    const out = join(dir, 'current.json');

    // In process, with the clock at Wednesday 18 November 2026: week 47.
    const result = await runCli(['pull', '--graph-url', harness.emulator.url, '--out', out], {
      now: '2026-11-18T10:00:00Z',
      env: { CENTAURE_GRAPH_TOKEN: harness.emulator.token },
    });

    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(`2026-W47 (Europe/Paris): 1000 events → ${out}\n`);
  });

  it('uses the zone given with --tz, Windows names included', async () => {
    const out = join(dir, 'la.json');

    const result = await spawnCli(
      [
        'pull',
        '--week',
        '2026-W47',
        '--tz',
        'Pacific Standard Time',
        '--graph-url',
        harness.emulator.url,
        '--out',
        out,
      ],
      environment(),
    );

    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^2026-W47 \(America\/Los_Angeles\): \d+ events → /);
  });

  it('needs a token: one line, non-zero exit', async () => {
    const result = await spawnCli(
      ['pull', '--graph-url', harness.emulator.url, '--out', join(dir, 'none.json')],
      { NODE_EXTRA_CA_CERTS: harness.emulator.caFile },
    );

    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'centaure: CENTAURE_GRAPH_TOKEN is not set: put a Microsoft Graph access token in it (permissions Calendars.Read, MailboxSettings.Read).\n',
    );
  });

  it('explains an untrusted certificate, in French when asked', async () => {
    const result = await spawnCli(
      [
        'pull',
        '--week',
        '2026-W47',
        '--graph-url',
        harness.emulator.url,
        '--out',
        join(dir, 'x.json'),
      ],
      { CENTAURE_GRAPH_TOKEN: harness.emulator.token, LANG: 'fr_FR.UTF-8' },
    );

    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `centaure: Le certificat TLS de ${harness.emulator.url} n’est pas reconnu pendant la lecture du fuseau horaire de la boîte aux lettres : pour un serveur local, indiquez son autorité de certification dans NODE_EXTRA_CA_CERTS.\n`,
    );
  });

  it('reports a rejected token without ever printing it', async () => {
    const token = 'eyJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJub3BlIn0.c2lnbmF0dXJl';
    const result = await spawnCli(
      [
        'pull',
        '--week',
        '2026-W47',
        '--graph-url',
        harness.emulator.url,
        '--out',
        join(dir, 'y.json'),
      ],
      { NODE_EXTRA_CA_CERTS: harness.emulator.caFile, CENTAURE_GRAPH_TOKEN: token },
    );

    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^centaure: Microsoft Graph rejected the access token while reading the mailbox time zone \(401\)/,
    );
    expect(result.stdout + result.stderr).not.toContain(token);
  });

  it('refuses a Graph URL that is not https', async () => {
    const result = await spawnCli(
      ['pull', '--graph-url', 'http://127.0.0.1:1', '--out', join(dir, 'z.json')],
      environment(),
    );

    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'centaure: Invalid Graph URL: "http://127.0.0.1:1" (expected an https URL such as https://graph.microsoft.com).\n',
    );
  });
});

describe('pull --out never replaces what it did not write', () => {
  const pull = (out: string, ...extra: string[]) =>
    runCli(
      ['pull', '--week', '2026-W47', '--graph-url', harness.emulator.url, '--out', out, ...extra],
      {
        env: { CENTAURE_GRAPH_TOKEN: harness.emulator.token },
      },
    );

  it.each(['Centaure.xlsx', 'notes.txt', 'week'])(
    'refuses a target that is not .json: %s',
    async (name) => {
      const out = join(dir, name);
      writeFileSync(out, 'précieux');

      const result = await pull(out);

      expect(result.code).toBe(1);
      expect(result.stderr).toBe(
        `centaure: pull writes JSON: give --out a file name ending in .json (not ${out}).\n`,
      );
      expect(readFileSync(out, 'utf8')).toBe('précieux');
    },
  );

  it('refuses to replace a JSON file that pull did not write, unless --force', async () => {
    const out = join(dir, 'catalog.json');
    writeFileSync(out, '[{"code": "MGT"}]\n');

    const refused = await pull(out);

    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      `centaure: ${out} already exists and was not written by centaure pull: choose another file, or add --force to replace it.\n`,
    );
    expect(readFileSync(out, 'utf8')).toBe('[{"code": "MGT"}]\n');

    const forced = await pull(out, '--force');

    expect(forced.stderr).toBe('');
    expect(forced.code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ '@centaure.week': '2026-W47' });
  });

  it('replaces its own previous output without --force', async () => {
    const out = join(dir, 'again.json');
    expect((await pull(out)).code).toBe(0);

    const again = await pull(out);

    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
  });
});
