import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { join, resolve } from 'node:path';
import type { SummaryJson } from '../core/summary-json';
import { parseIsoWeek } from '../core/week';
import { startGraphEmulator } from '../emulator';
import { languageFromEnvironment } from '../cli/language';
import { startTaskpaneServer } from './taskpane-server';
import { textReport } from './text-report';
import { writeTwelveWeeks } from './demo-history';

const language = languageFromEnvironment();
const say = (fr: string, en: string) => (language === 'fr' ? fr : en);

// The demo week is fixed so the numbers it prints are the ones the docs (docs/method.md, docs/counting.md) and tests show.
const DEMO_WEEK = '2026-W47';
const ROOT = resolve(__dirname, '../../..');
const BIN = join(ROOT, 'bin/centaure.js');
const DEMO_ZONE = 'Europe/Paris';
const { values: options, positionals } = parseArgs({
  options: { once: { type: 'boolean', default: false }, port: { type: 'string', default: '3000' } },
  allowPositionals: true,
});
// An output folder may be given (the demo test uses a temporary one).
const OUT = resolve(positionals[0] ?? join(ROOT, 'demo-output'));
const PORT = Number(options.port);

function run(
  name: string,
  program: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<string> {
  return new Promise((done, fail) => {
    execFile(
      process.execPath,
      [program, ...args],
      { env: { ...process.env, ...env }, maxBuffer: 64 << 20 },
      (error, stdout, stderr) => {
        if (error) fail(new Error(`${name} failed: ${stderr.trim() || error.message}`));
        else done(stdout);
      },
    );
  });
}

const centaure = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  run(`centaure ${args[0]}`, BIN, args, env);

/** The taskpane bundle, built for production into dist/web (the budget is checked there too). */
function buildTaskpane(): Promise<string> {
  const webpack = join(ROOT, 'node_modules/webpack-cli/bin/cli.js');
  return run('webpack', webpack, ['--mode', 'production'], { NODE_ENV: 'production' });
}

/** The main job end to end: Graph (emulated over HTTPS) → week file → figures → workbook. */
async function runReport(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const eventsFile = join(OUT, `week-${DEMO_WEEK}.json`);
  const workbookFile = join(OUT, 'Centaure.xlsx');
  const emulator = await startGraphEmulator({ seed: 'demo', week: parseIsoWeek(DEMO_WEEK) });
  try {
    console.log(
      say(
        `1. Émulateur Microsoft Graph sur ${emulator.url} (boîte de démonstration, semaine ${DEMO_WEEK})`,
        `1. Microsoft Graph emulator on ${emulator.url} (demo mailbox, week ${DEMO_WEEK})`,
      ),
    );
    await centaure(
      [
        'pull',
        '--week',
        DEMO_WEEK,
        '--tz',
        DEMO_ZONE,
        '--graph-url',
        emulator.url,
        '--out',
        eventsFile,
      ],
      {
        NODE_EXTRA_CA_CERTS: emulator.caFile,
        CENTAURE_GRAPH_TOKEN: emulator.token,
      },
    );
    const roundTrips = emulator.requests.roundTrips().length;
    const plural = roundTrips === 1 ? '' : 's';
    console.log(
      say(
        `2. centaure pull → ${eventsFile} (${roundTrips} aller${plural}-retour${plural} Graph)`,
        `2. centaure pull → ${eventsFile} (${roundTrips} Graph round trip${plural})`,
      ),
    );
  } finally {
    await emulator.close();
  }
  const weekArgs = ['--events', eventsFile, '--week', DEMO_WEEK, '--tz', DEMO_ZONE];
  const summary = JSON.parse(await centaure(['summarize', ...weekArgs])) as SummaryJson;
  console.log('3. centaure summarize:\n');
  console.log(textReport(summary, language));
  await centaure(['workbook', ...weekArgs, '--out', workbookFile]);
  const size = readFileSync(workbookFile).length;
  console.log(
    say(
      `4. centaure workbook → ${workbookFile} (${size} octets)`,
      `4. centaure workbook → ${workbookFile} (${size} bytes)`,
    ),
  );
}

/** The taskpane in demo mode against a fresh emulator with the demo mailbox, until Ctrl-C. */
async function serveTaskpane(): Promise<void> {
  const emulator = await startGraphEmulator({ seed: 'demo', week: parseIsoWeek(DEMO_WEEK) });
  try {
    const server = await startTaskpaneServer({
      emulator,
      webRoot: join(ROOT, 'dist/web'),
      port: PORT,
      week: DEMO_WEEK,
      timeZone: DEMO_ZONE,
    });
    console.log(`\nTaskpane: ${server.url}`);
    console.log(say('(Ctrl-C pour arrêter)', '(Ctrl-C to stop)'));
    await new Promise<void>((stop) => process.once('SIGINT', stop));
    await server.close();
  } finally {
    await emulator.close();
  }
}

async function runDemo(): Promise<void> {
  if (!options.once) {
    console.log(say('0. Construction du volet (webpack)…', '0. Building the taskpane (webpack)…'));
    await buildTaskpane();
  }
  await runReport();
  console.log(await writeTwelveWeeks(DEMO_WEEK, DEMO_ZONE, OUT, language));
  if (!options.once) await serveTaskpane();
}

runDemo().catch((error: unknown) => {
  console.error(`demo: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
