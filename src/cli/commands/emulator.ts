import type { Command } from 'commander';
import { DateTime } from 'luxon';
import { InvalidInputError } from '../../core/errors';
import { parseIsoWeek, weekContaining, formatIsoWeek } from '../../core/week';
import { startGraphEmulator } from '../../emulator';
import { writeFileAtomically } from '../../storage/atomic-file';
import type { CommandIo } from '../io';
import { say } from '../io';

interface EmulatorOptionValues {
  port?: string;
  seed?: string;
  week?: string;
  members?: string;
  faults?: string;
  tokensOut?: string;
}

type Seed = 'demo' | 'empty' | 'team';

/** The demo user works in Paris, so "this week" is the current week there. */
const DEMO_ZONE = 'Europe/Paris';

/** Resolves when the process is asked to stop (Ctrl-C or a service manager's SIGTERM). */
function untilProcessStops(): Promise<void> {
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

function parseSeed(text: string): Seed {
  if (text === 'demo' || text === 'empty' || text === 'team') return text;
  throw new InvalidInputError({
    fr: `Jeu de données inconnu : « ${text} » (demo, empty ou team).`,
    en: `Unknown seed: "${text}" (demo, empty or team).`,
  });
}

function parseMembers(text: string): number {
  const members = Number(text);
  if (!/^\d+$/.test(text) || members < 1 || members > 500) {
    throw new InvalidInputError({
      fr: `Nombre de membres invalide : « ${text} » (un entier de 1 à 500).`,
      en: `Invalid number of members: "${text}" (an integer from 1 to 500).`,
    });
  }
  return members;
}

function parseFaultRate(text: string): number {
  const rate = Number(text);
  if (text.trim() === '' || !Number.isFinite(rate) || rate < 0 || rate >= 1) {
    throw new InvalidInputError({
      fr: `Taux de pannes invalide : « ${text} » (un nombre de 0 à moins de 1, par exemple 0.1).`,
      en: `Invalid fault rate: "${text}" (a number from 0 to less than 1, e.g. 0.1).`,
    });
  }
  return rate;
}

/** The team options only make sense together: members and their tokens' file need the team seed. */
function teamOptions(values: EmulatorOptionValues, seed: Seed) {
  if (seed !== 'team') {
    if (values.members !== undefined || values.tokensOut !== undefined) {
      throw new InvalidInputError({
        fr: '--members et --tokens-out vont avec --seed team.',
        en: '--members and --tokens-out go with --seed team.',
      });
    }
    return { members: 0, tokensOut: undefined };
  }
  if (values.tokensOut === undefined) {
    throw new InvalidInputError({
      fr: '--seed team a besoin de --tokens-out FICHIER, où écrire les jetons des membres.',
      en: '--seed team needs --tokens-out FILE, where the members’ tokens are written.',
    });
  }
  return { members: parseMembers(values.members ?? '5'), tokensOut: values.tokensOut };
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
    .option(
      '--members <n>',
      say(
        io,
        'avec --seed team : nombre de membres en plus du responsable (par défaut : 5)',
        'with --seed team: how many members besides the manager (default: 5)',
      ),
    )
    .option(
      '--faults <rate>',
      say(
        io,
        'part des requêtes de fichiers, de partage et Excel qui rencontrent une panne (429, 503, 504, 409, connexion coupée), par exemple 0.1',
        'share of file, sharing and Excel requests that meet a fault (429, 503, 504, 409, dropped connection), e.g. 0.1',
      ),
    )
    .option(
      '--tokens-out <file>',
      say(
        io,
        'avec --seed team : fichier où écrire les jetons des membres, un par ligne',
        'with --seed team: file where the members’ tokens are written, one per line',
      ),
    )
    .action(async (values: EmulatorOptionValues) => {
      const port = parsePort(values.port ?? '0');
      const seed = parseSeed(values.seed ?? 'demo');
      const { members, tokensOut } = teamOptions(values, seed);
      const faultRate = parseFaultRate(values.faults ?? '0');
      const week =
        values.week === undefined
          ? weekContaining(DateTime.fromJSDate(io.now()), DEMO_ZONE)
          : parseIsoWeek(values.week);
      const emulator = await startGraphEmulator({ port, seed, week, members, faultRate }).catch(
        (error: unknown) => {
          throw portRefused(error, port);
        },
      );
      if (tokensOut !== undefined) {
        const tokens = emulator.users
          .all()
          .slice(1)
          .map((user) => `${user.token}\n`);
        await writeFileAtomically(tokensOut, tokens.join('')).catch(async (error: unknown) => {
          await emulator.close();
          throw error;
        });
      }
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
            : seed === 'team'
              ? french
                ? `Équipe : le responsable (jeton ci-dessous) et ${members} membres (jetons dans ${tokensOut}).`
                : `Team: the manager (token below) and ${members} members (tokens in ${tokensOut}).`
              : french
                ? 'Boîte aux lettres vide.'
                : 'Empty mailbox.',
          ...(faultRate > 0
            ? [
                french
                  ? `Pannes : ${faultRate * 100} % des requêtes de fichiers, de partage et Excel.`
                  : `Faults: ${faultRate * 100}% of file, sharing and Excel requests.`,
              ]
            : []),
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
