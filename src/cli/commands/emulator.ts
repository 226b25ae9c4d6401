import type { Command } from 'commander';
import { DateTime } from 'luxon';
import { InvalidInputError } from '../../core/errors';
import { parseIsoWeek, weekContaining, formatIsoWeek } from '../../core/week';
import { startGraphEmulator } from '../../../test/graph-emulator';
import type { CommandIo } from '../io';
import { say } from '../io';

interface EmulatorOptionValues {
  port?: string;
  seed?: string;
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

/** Graph is served on the port given and content on the next one: both must exist. */
const HIGHEST_PORT = 65534;

function parsePort(text: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > HIGHEST_PORT) {
    throw new InvalidInputError({
      fr: `Port invalide : « ${text} » (un entier de 1 à ${HIGHEST_PORT}, le suivant servant téléchargements et envois ; ou 0 pour des ports libres).`,
      en: `Invalid port: "${text}" (an integer from 1 to ${HIGHEST_PORT}, the next one serving downloads and uploads; or 0 for free ports).`,
    });
  }
  return port;
}

/** A port that cannot be listened on, said plainly (the second one, too); anything else as it came. */
function portRefused(error: unknown, port: number): unknown {
  const failure = error as (NodeJS.ErrnoException & { port?: number }) | null;
  const refused = typeof failure?.port === 'number' ? failure.port : port;
  if (failure?.code === 'EADDRINUSE') {
    return new InvalidInputError({
      fr: `Le port ${refused} est déjà pris : choisissez-en un autre avec --port, ou omettez --port.`,
      en: `Port ${refused} is already in use: choose another with --port, or leave --port out.`,
    });
  }
  if (failure?.code === 'EACCES') {
    return new InvalidInputError({
      fr: `Le port ${refused} est réservé : choisissez un port au-dessus de 1023.`,
      en: `Port ${refused} is reserved: choose a port above 1023.`,
    });
  }
  return error;
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
    .description(
      say(
        io,
        'Lancer une doublure locale de Microsoft Graph en HTTPS, pour essayer pull et le complément',
        'Run a local Microsoft Graph stand-in over HTTPS, for trying pull and the add-in',
      ),
    )
    .option(
      '--port <n>',
      say(
        io,
        'port TCP sur 127.0.0.1, le suivant servant téléchargements et envois (par défaut : des ports libres)',
        'TCP port on 127.0.0.1, the next one serving downloads and uploads (default: free ports)',
      ),
    )
    .option(
      '--seed <name>',
      say(
        io,
        'demo (la semaine d’une responsable marketing, par défaut) ou empty',
        "demo (a marketing manager's week, the default) or empty",
      ),
    )
    .option(
      '--week <iso>',
      say(
        io,
        'semaine que remplit la démo, par exemple 2026-W47 (par défaut : la semaine en cours à Paris)',
        'week the demo fills, e.g. 2026-W47 (default: the current week in Paris)',
      ),
    )
    .action(async (values: EmulatorOptionValues) => {
      const port = parsePort(values.port ?? '0');
      const seed = parseSeed(values.seed ?? 'demo');
      const week =
        values.week === undefined
          ? weekContaining(DateTime.fromJSDate(io.now()), DEMO_ZONE)
          : parseIsoWeek(values.week);
      const emulator = await startGraphEmulator({ port, seed, week }).catch((error: unknown) => {
        throw portRefused(error, port);
      });
      const french = io.language === 'fr';
      io.stdout(
        [
          french
            ? `Émulateur Microsoft Graph : ${emulator.url}/v1.0`
            : `Microsoft Graph emulator: ${emulator.url}/v1.0`,
          french
            ? `Téléchargements et envois (autre origine, comme SharePoint) : ${emulator.contentUrl}`
            : `Downloads and uploads (another origin, as SharePoint is): ${emulator.contentUrl}`,
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
