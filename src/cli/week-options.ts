import { readFile } from 'node:fs/promises';
import { DateTime } from 'luxon';
import type { Command } from 'commander';
import type { Catalog } from '../core/catalog';
import { parseCatalog } from '../core/catalog';
import type { UserSettings } from '../core/user-settings';
import { DEFAULT_USER_SETTINGS, parseUserSettings } from '../core/user-settings';
import { CentaureError, InvalidInputError, oneLine } from '../core/errors';
import { graphEventsFrom, pulledWeekOf } from '../core/normalize-graph-event';
import { requireIanaZone, toIanaZone } from '../core/time-zone';
import { summarizeWeek } from '../core/summarize';
import type { IsoWeek } from '../core/week';
import type { WeekSummary } from '../core/week-summary';
import { parseIsoWeek, weekContaining } from '../core/week';
import type { CommandIo } from './io';
import { say } from './io';

/** The options shared by the commands that count a week from an events file. */
export interface WeekOptionValues {
  events: string;
  week?: string;
  tz?: string;
  catalog?: string;
  settings?: string;
}

/** The help of `--week`, the same for every command that takes it. */
export function weekOptionHelp(io: CommandIo): string {
  return say(
    io,
    'semaine ISO, par exemple 2026-W47 (par défaut : la semaine en cours)',
    'ISO week, e.g. 2026-W47 (default: the current week)',
  );
}

export function addWeekOptions(command: Command, io: CommandIo): Command {
  return command
    .requiredOption(
      '--events <file>',
      say(
        io,
        'réponse calendarView de Graph ou tableau JSON d’événements Graph',
        'Graph calendarView response or JSON array of Graph events',
      ),
    )
    .option('--week <iso>', weekOptionHelp(io))
    .option(
      '--tz <zone>',
      say(
        io,
        'fuseau IANA ou Windows (par défaut : celui de la machine)',
        "IANA or Windows time zone (default: this machine's zone)",
      ),
    )
    .option(
      '--catalog <file>',
      say(
        io,
        'tableau JSON des tâches (par défaut : le catalogue intégré)',
        'JSON array of tasks (default: the built-in catalog)',
      ),
    )
    .option(
      '--settings <file>',
      say(
        io,
        'réglages JSON, tels que le volet les enregistre (catalogue, heures d’une journée entière, exclusions, langue) ; --catalog remplace leur catalogue',
        'JSON settings, as the pane saves them (catalog, all-day hours, exclusions, language); --catalog replaces their catalog',
      ),
    );
}

/**
 * The machine's zone: `TZ` when it names one (POSIX's `:Europe/Paris` too), else the zone the
 * platform resolved from the system (`TZ` unset, empty, or a path such as `:/etc/localtime`).
 * A `TZ` naming no zone is an error rather than a guess.
 */
function machineZone(env: NodeJS.ProcessEnv): string {
  const fromEnvironment = (env.TZ ?? '').trim().replace(/^:/, '');
  if (fromEnvironment !== '' && !fromEnvironment.startsWith('/')) {
    const zone = toIanaZone(fromEnvironment);
    if (zone !== undefined) return zone;
    throw new InvalidInputError({
      fr: `La variable TZ ne nomme aucun fuseau horaire connu : « ${oneLine(fromEnvironment, 60)} ». Indiquez le fuseau avec --tz (par exemple --tz Europe/Paris).`,
      en: `The TZ variable names no known time zone: "${oneLine(fromEnvironment, 60)}". Give the zone with --tz (for example --tz Europe/Paris).`,
    });
  }
  // A machine with no zone at all (`TZ=` resolves to `Etc/Unknown`, or nothing) keeps time in UTC.
  const resolved = Intl.DateTimeFormat().resolvedOptions().timeZone as string | undefined;
  return toIanaZone(resolved ?? '') ?? 'UTC';
}

export interface ResolvedWeek {
  week: IsoWeek;
  timeZone: string;
}

/** The week and zone to count: the options, else the current week in the machine's zone (SPEC §7). */
export function resolveWeek(
  values: Pick<WeekOptionValues, 'week' | 'tz'>,
  io: CommandIo,
): ResolvedWeek {
  const timeZone = values.tz === undefined ? machineZone(io.env) : requireIanaZone(values.tz);
  const week =
    values.week === undefined
      ? weekContaining(DateTime.fromJSDate(io.now()), timeZone)
      : parseIsoWeek(values.week);
  return { week, timeZone };
}

/** Reads and parses a JSON file, turning every failure into a one-line message naming the file. */
async function readJsonFile(path: string, what: { fr: string; en: string }): Promise<unknown> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'not found' : 'unreadable';
    const raison = reason === 'not found' ? 'introuvable' : 'illisible';
    throw new InvalidInputError({
      fr: `Fichier ${what.fr} ${raison} : ${path}`,
      en: `${what.en} file ${reason}: ${path}`,
    });
  }
  const json = decodeText(bytes, path, what);
  try {
    return JSON.parse(json) as unknown;
  } catch (error) {
    const detail = jsonSyntaxDetail(json, error instanceof Error ? error.message : String(error));
    throw new InvalidInputError({
      fr: `Le fichier ${what.fr} ${path} n’est pas du JSON valide (${detail.fr}).`,
      en: `The ${what.en} file ${path} is not valid JSON (${detail.en}).`,
    });
  }
}

/**
 * The text of a file as editors save it: UTF-8 (with or without its byte order mark), or
 * UTF-16 with its byte order mark (Windows Notepad, PowerShell's `>`). UTF-16 without one
 * cannot be told apart from other encodings with certainty: it is refused in words.
 */
function decodeText(bytes: Buffer, path: string, what: { fr: string; en: string }): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  // JSON starts with ASCII: a NUL beside it is the other half of a UTF-16 character.
  if (bytes.length >= 2 && (bytes[0] === 0 || bytes[1] === 0)) {
    throw new InvalidInputError({
      fr: `Le fichier ${what.fr} ${path} semble être du texte UTF-16 sans indicateur d’ordre des octets : enregistrez-le en UTF-8.`,
      en: `The ${what.en} file ${path} looks like UTF-16 text without a byte order mark: save it as UTF-8.`,
    });
  }
  return bytes.toString('utf8').replace(/^\uFEFF/, '');
}

/** Where the JSON breaks, in both languages: the parser's own words are English only. */
function jsonSyntaxDetail(json: string, message: string): { fr: string; en: string } {
  if (/end of JSON input/i.test(message)) {
    return { fr: 'le fichier s’arrête en plein milieu', en: 'the file ends in the middle' };
  }
  const position = /at position (\d+)/.exec(message);
  // Newer Node versions say the line and column themselves.
  if (position && !/line \d+ column \d+/.test(message)) {
    const before = json.slice(0, Number(position[1]));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    return {
      fr: `erreur ligne ${line}, colonne ${column}`,
      en: `${oneLine(message.replace(/ in JSON at position \d+/, ''), 80)} at line ${line}, column ${column}`,
    };
  }
  return { fr: 'contenu inattendu', en: oneLine(message, 120) };
}

export interface EventsFile {
  events: unknown[];
  /** The week and zone `centaure pull` wrote the file for, if it came from there. */
  pulled: { week?: string; timeZone?: string };
}

async function readEventsFile(path: string): Promise<EventsFile> {
  const document = await readJsonFile(path, { fr: 'd’événements', en: 'events' });
  try {
    return { events: graphEventsFrom(document), pulled: pulledWeekOf(document) };
  } catch (error) {
    throw aboutFile(path, error);
  }
}

async function readSettingsOption(path: string | undefined): Promise<UserSettings> {
  if (path === undefined) return DEFAULT_USER_SETTINGS;
  const raw = await readJsonFile(path, { fr: 'de réglages', en: 'settings' });
  try {
    return parseUserSettings(raw);
  } catch (error) {
    throw aboutFile(path, error);
  }
}

async function readCatalogOption(path: string): Promise<Catalog> {
  const raw = await readJsonFile(path, { fr: 'de catalogue', en: 'catalog' });
  try {
    return parseCatalog(raw);
  } catch (error) {
    throw aboutFile(path, error);
  }
}

/** An error about a file's content, starting with the file it is about. */
function aboutFile(path: string, error: unknown): unknown {
  if (!(error instanceof CentaureError)) return error;
  return new InvalidInputError({
    fr: `${path} : ${error.text.fr}`,
    en: `${path}: ${error.text.en}`,
  });
}

/** What may surprise in a week counted from a file: none of its events in it, or not the week pulled. */
function notices(summary: WeekSummary, file: EventsFile, io: CommandIo): string[] {
  const { iso, timeZone } = summary.window;
  const found: string[] = [];
  const { week: pulledWeek, timeZone: pulledZone } = file.pulled;
  if (pulledWeek !== undefined && (pulledWeek !== iso || (pulledZone ?? timeZone) !== timeZone)) {
    const pulled = `${pulledWeek} (${pulledZone ?? '?'})`;
    found.push(
      say(
        io,
        `note : ce fichier a été tiré pour ${pulled}, la semaine comptée est ${iso} (${timeZone}) ; pour la sienne : --week ${pulledWeek}${pulledZone ? ` --tz ${pulledZone}` : ''}`,
        `note: this file was pulled for ${pulled}, the week counted is ${iso} (${timeZone}); for its own: --week ${pulledWeek}${pulledZone ? ` --tz ${pulledZone}` : ''}`,
      ),
    );
  } else if (summary.events.length === 0 && file.events.length > 0) {
    const count = file.events.length;
    found.push(
      count === 1
        ? say(
            io,
            `note : l’événement du fichier ne tombe pas dans la semaine ${iso} (${timeZone}) ; est-ce la bonne --week ?`,
            `note: the file's event does not fall in week ${iso} (${timeZone}); is --week right?`,
          )
        : say(
            io,
            `note : aucun des ${count} événements du fichier ne tombe dans la semaine ${iso} (${timeZone}) ; est-ce la bonne --week ?`,
            `note: none of the ${count} events of the file falls in week ${iso} (${timeZone}); is --week right?`,
          ),
    );
  }
  return found;
}

/**
 * Reads the events and catalog the options name and counts the week: what every shell shows.
 * Notes on stderr say when the week counted holds none of the file's events, or is not the
 * one `centaure pull` wrote the file for (SPEC §7 keeps the defaults: current week, machine zone).
 */
export async function summarizeFromOptions(
  values: WeekOptionValues,
  io: CommandIo,
): Promise<{ summary: WeekSummary; settings: UserSettings }> {
  const { week, timeZone } = resolveWeek(values, io);
  const [file, settings, catalogFile] = await Promise.all([
    readEventsFile(values.events),
    readSettingsOption(values.settings),
    values.catalog === undefined ? undefined : readCatalogOption(values.catalog),
  ]);
  const catalog = catalogFile ?? settings.catalog;
  let summary: WeekSummary;
  try {
    summary = summarizeWeek(file.events, {
      week,
      timeZone,
      catalog,
      allDayHours: settings.counting.allDayHours,
      exclusions: settings.counting.exclusions,
    });
  } catch (error) {
    throw aboutFile(values.events, error);
  }
  for (const notice of notices(summary, file, io)) io.stderr(`centaure: ${notice}\n`);
  return { summary, settings: { ...settings, catalog } };
}
