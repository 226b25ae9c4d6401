import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readTableRange } from '../../src/workbook/table-operations';
import { trustEmulatorCa } from '../../src/emulator/trust-ca';
import { BIN, runCli, spawnCli } from '../support/run-cli';
import { memberEvents, WEEK } from '../team/support/team-harness';

const MEMBERS = 4;
const dir = mkdtempSync(join(tmpdir(), 'centaure-team-cli-'));
let emulator: ChildProcess;
let url: string;
let caFile: string;
let managerToken: string;
let memberTokens: string[];

/** The built `centaure emulator --seed team`, in its own process, as a load test would run it. */
beforeAll(async () => {
  emulator = spawn(process.execPath, [
    BIN,
    'emulator',
    '--seed',
    'team',
    '--members',
    String(MEMBERS),
    '--faults',
    '0.1',
    '--tokens-out',
    join(dir, 'tokens.txt'),
  ]);
  let output = '';
  await new Promise<void>((resolve, reject) => {
    emulator.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('CENTAURE_GRAPH_TOKEN=') && output.includes('\n\n')) resolve();
    });
    emulator.on('exit', () => reject(new Error(`the emulator stopped: ${output}`)));
  });
  url = /(https:\/\/127\.0\.0\.1:\d+)\/v1\.0/.exec(output)![1];
  caFile = /^export NODE_EXTRA_CA_CERTS=(.+)$/m.exec(output)![1];
  managerToken = /^export CENTAURE_GRAPH_TOKEN=(.+)$/m.exec(output)![1];
  memberTokens = readFileSync(join(dir, 'tokens.txt'), 'utf8').trim().split('\n');
  trustEmulatorCa(readFileSync(caFile, 'utf8'));
}, 30_000);
afterAll(() => {
  emulator.kill();
  rmSync(dir, { recursive: true, force: true });
});

/**
 * The manager's file as stored. The emulator's random faults strike this check's requests
 * too (10 % each): a faulted answer is asked again, since the check is not what is tested.
 */
async function managerDownload(path: string): Promise<Uint8Array> {
  for (let attempt = 1; ; attempt += 1) {
    const answer = await fetch(`${url}/v1.0/me/drive/root:${path}:/content`, {
      headers: { Authorization: `Bearer ${managerToken}` },
    }).catch(() => null);
    if (answer?.status === 200) return new Uint8Array(await answer.arrayBuffer());
    if (attempt === 20) throw new Error(`${path} could not be downloaded (${answer?.status})`);
  }
}

/** Each user has their own home, hence their own outbox. */
const env = (token: string, home = dir) => ({
  NODE_EXTRA_CA_CERTS: caFile,
  CENTAURE_GRAPH_TOKEN: token,
  HOME: home,
});

describe('centaure team, in separate processes against centaure emulator --seed team', () => {
  let link: string;

  it('team create prints the sharing link alone on stdout', async () => {
    expect(memberTokens).toHaveLength(MEMBERS);
    const created = await spawnCli(['team', 'create', '--graph-url', url], env(managerToken));
    // Under faults, a creation whose answer was lost is found on the retry and shared as it is.
    expect(created.stderr).toMatch(
      /^(Team workbook created: \/Centaure\/Equipe\.xlsx|The team workbook \/Centaure\/Equipe\.xlsx was already there: here is its link\.)\n$/,
    );
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(
      /^https:\/\/contoso-my\.sharepoint\.com\/:x:\/g\/personal\/\S+\n$/,
    );
    link = created.stdout.trim();
  }, 60_000);

  it('team push, one process per member at once, puts each member’s week in once', async () => {
    const pushes = memberTokens.map((token, i) => {
      const events = join(dir, `events-${i + 1}.json`);
      writeFileSync(events, JSON.stringify({ value: memberEvents(i + 1) }));
      return spawnCli(
        [
          'team',
          'push',
          '--events',
          events,
          '--week',
          WEEK,
          '--tz',
          'Europe/Paris',
          '--link',
          link,
          '--graph-url',
          url,
        ],
        env(token, mkdtempSync(join(dir, 'home-'))),
      );
    });
    const results = await Promise.all(pushes);
    for (const result of results) {
      expect(result.stdout).toMatch(
        /^Week 2026-W47 sent to the team workbook Equipe\.xlsx \(8 rows, \d+ workbook requests\)\.\n$/,
      );
      expect(result.code).toBe(0);
    }
    const table = await readTableRange(
      await managerDownload('/Centaure/Equipe.xlsx'),
      'TeamWeekly',
    );
    const pushIds = table.values.slice(1).map((row) => row[10]);
    expect(pushIds).toHaveLength(MEMBERS * 8);
    expect(new Set(pushIds).size).toBe(MEMBERS);
  }, 300_000);

  it('says in one line what is wrong with a pasted link, in French when asked', async () => {
    const result = await runCli(
      [
        'team',
        'push',
        '--events',
        join(dir, 'events-1.json'),
        '--week',
        WEEK,
        '--tz',
        'Europe/Paris',
        '--link',
        'Equipe.xlsx',
        '--graph-url',
        url,
        '--outbox',
        join(dir, 'o.json'),
      ],
      { language: 'fr', env: env(memberTokens[0]) },
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'centaure: « Equipe.xlsx » n’est pas un lien de partage OneDrive ou SharePoint : collez le lien que votre responsable vous a donné.\n',
    );
  });
});

describe('centaure emulator --seed team', () => {
  it('refuses incomplete or bad team options with a one-line message', async () => {
    for (const args of [
      ['--seed', 'team'],
      ['--seed', 'team', '--members', 'many', '--tokens-out', join(dir, 't')],
      ['--seed', 'demo', '--members', '3'],
      ['--faults', '2'],
    ]) {
      const result = await runCli(['emulator', ...args]);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^centaure: .+\n$/);
    }
  });
});
