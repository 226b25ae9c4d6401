import type { Command } from 'commander';
import { DateTime } from 'luxon';
import { InvalidInputError } from '../../core/errors';
import { parseIsoWeek, weekContaining, formatIsoWeek } from '../../core/week';
import { startGraphEmulator } from '../../../test/graph-emulator';
import type { CommandIo } from '../io';

interface EmulatorOptionValues {
  port: string;
  seed: string;
  week?: string;
}

/** The demo user works in Paris, so "this week" is the current week there. */
const DEMO_ZONE = 'Europe/Paris';

/** Resolves when the process is asked to stop (Ctrl-C or a service manager's SIGTERM). */
export function untilProcessStops(): Promise<void> {
  return new Promise((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

function parsePort(text: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) {
    throw new InvalidInputError({
      fr: `Port invalide : « ${text} » (un entier de 0 à 65535).`,
      en: `Invalid port: "${text}" (an integer from 0 to 65535).`,
    });
  }
  return port;
}

function parseSeed(text: string): 'demo' | 'empty' {
  if (text === 'demo' || text === 'empty') return text;
  throw new InvalidInputError({
    fr: `Jeu de données inconnu : « ${text} » (demo ou empty).`,
    en: `Unknown seed: "${text}" (demo or empty).`,
  });
}

export function registerEmulator(
  program: Command,
  io: CommandIo,
  untilStopped: () => Promise<void> = untilProcessStops,
): void {
  program
    .command('emulator')
    .description('Run a local Microsoft Graph stand-in over HTTPS, for trying pull and the add-in')
    .option('--port <n>', 'TCP port on 127.0.0.1 (default: any free port)', '0')
    .option('--seed <name>', "demo (a marketing manager's week) or empty", 'demo')
    .option(
      '--week <iso>',
      'week the demo fills, e.g. 2026-W47 (default: the current week in Paris)',
    )
    .action(async (values: EmulatorOptionValues) => {
      const port = parsePort(values.port);
      const seed = parseSeed(values.seed);
      const week =
        values.week === undefined
          ? weekContaining(DateTime.fromJSDate(io.now()), DEMO_ZONE)
          : parseIsoWeek(values.week);
      const emulator = await startGraphEmulator({ port, seed, week });
      const french = io.language === 'fr';
      io.stdout(
        [
          french
            ? `Émulateur Microsoft Graph : ${emulator.url}/v1.0`
            : `Microsoft Graph emulator: ${emulator.url}/v1.0`,
          french
            ? `Certificat de l’autorité : ${emulator.caFile}`
            : `CA certificate: ${emulator.caFile}`,
          seed === 'demo'
            ? french
              ? `Semaine de démonstration : ${formatIsoWeek(week)} (${DEMO_ZONE})`
              : `Demo week: ${formatIsoWeek(week)} (${DEMO_ZONE})`
            : french
              ? 'Boîte aux lettres vide.'
              : 'Empty mailbox.',
          '',
          `export NODE_EXTRA_CA_CERTS=${emulator.caFile}`,
          `export CENTAURE_GRAPH_TOKEN=${emulator.token}`,
          '',
          french ? 'Ctrl-C pour arrêter.' : 'Press Ctrl-C to stop.',
          '',
        ].join('\n'),
      );
      await untilStopped();
      await emulator.close();
    });
}
