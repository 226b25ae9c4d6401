import { open } from 'node:fs/promises';
import type { Command } from 'commander';
import { CentaureError, InvalidInputError } from '../../core/errors';
import { normalizeGraphEvents } from '../../core/summarize';
import { PULLED_WEEK_ANNOTATION, PULLED_ZONE_ANNOTATION } from '../../core/normalize-graph-event';
import { withoutPrivateSubject } from '../../core/privacy';
import { parseIsoWeek } from '../../core/week';
import { readWeek } from '../../graph/calendar-view';
import { PULL_SCOPES } from '../../graph/scopes';
import { writeFileAtomically } from '../../storage/atomic-file';
import type { GraphOptionValues } from '../graph-options';
import { addGraphOptions, graphFromOptions } from '../graph-options';
import type { CommandIo } from '../io';
import { say } from '../io';
import { weekOptionHelp } from '../week-options';

interface PullOptionValues extends GraphOptionValues {
  week?: string;
  tz?: string;
  out: string;
  force?: boolean;
}

/** How every file `pull` writes begins: `{` then its week annotation, `@centaure.week`. */
const PULL_OUTPUT_START = /^\uFEFF?\{\s*"@centaure\.week"\s*:/;

/**
 * The first bytes of a file, or null when there is no file to read (none, a folder, no
 * permission): then the write itself says what is wrong, in its own words.
 */
async function firstBytes(path: string, length: number): Promise<string | null> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch {
    return null;
  }
  try {
    const { bytesRead, buffer } = await handle.read(Buffer.alloc(length), 0, length, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } catch {
    return null;
  } finally {
    await handle.close();
  }
}

/**
 * `--out` names a JSON file that is new or a previous pull's output: a mistyped path must
 * not turn a tracking workbook or a catalog into a week of events.
 */
async function checkPullTarget(path: string, force: boolean): Promise<void> {
  if (!path.toLowerCase().endsWith('.json')) {
    throw new InvalidInputError({
      fr: `pull écrit du JSON : donnez à --out un nom de fichier en .json (pas ${path}).`,
      en: `pull writes JSON: give --out a file name ending in .json (not ${path}).`,
    });
  }
  const start = await firstBytes(path, 256);
  if (start === null || force || PULL_OUTPUT_START.test(start)) return;
  throw new InvalidInputError({
    fr: `${path} existe déjà et n’a pas été écrit par centaure pull : choisissez un autre fichier, ou ajoutez --force pour le remplacer.`,
    en: `${path} already exists and was not written by centaure pull: choose another file, or add --force to replace it.`,
  });
}

/**
 * Checks the events as summarize and workbook will read them, so that a page holding
 * something else (`null`, a number) or an event out of range is refused now, by name.
 */
function refuseUnreadableEvents(events: readonly unknown[]): void {
  try {
    normalizeGraphEvents(events);
  } catch (error) {
    if (!(error instanceof CentaureError)) throw error;
    throw new InvalidInputError({
      fr: `Microsoft Graph, GET /me/calendarView : ${error.text.fr}`,
      en: `Microsoft Graph, GET /me/calendarView: ${error.text.en}`,
    });
  }
}

export function registerPull(program: Command, io: CommandIo): void {
  const pull = program
    .command('pull')
    .description(
      say(
        io,
        'Enregistrer une semaine de l’agenda de l’utilisateur connecté en fichier JSON calendarView de Graph',
        "Save one week of the signed-in user's calendar as a Graph calendarView JSON file",
      ),
    )
    .option('--week <iso>', weekOptionHelp(io))
    // Unlike summarize (machine zone), pull defaults to the mailbox's zone: the week is the
    // one Outlook shows this user, even when the command runs on a server set to UTC.
    .option(
      '--tz <zone>',
      say(
        io,
        'fuseau IANA ou Windows de la semaine (par défaut : celui de la boîte aux lettres, comme Outlook l’affiche)',
        "IANA or Windows time zone of the week (default: the mailbox's zone, as Outlook shows it)",
      ),
    );
  addGraphOptions(pull, io)
    .requiredOption(
      '--out <file>',
      say(
        io,
        'où écrire les événements ({"value": [...]})',
        'where to write the events ({"value": [...]})',
      ),
    )
    .option(
      '--force',
      say(
        io,
        'remplacer --out même s’il n’a pas été écrit par pull',
        'replace --out even when pull did not write it',
      ),
    )
    .action(async (values: PullOptionValues) => {
      await checkPullTarget(values.out, values.force === true);
      const week = values.week === undefined ? undefined : parseIsoWeek(values.week);
      const graph = graphFromOptions(values, io, PULL_SCOPES);
      const pulled = await readWeek(graph, { week, timeZone: values.tz, now: io.now() });
      refuseUnreadableEvents(pulled.events);
      // The file leaves the mailbox: private subjects stay behind (SPEC §4.7).
      const value = pulled.events.map(withoutPrivateSubject);
      const document = {
        [PULLED_WEEK_ANNOTATION]: pulled.window.iso,
        [PULLED_ZONE_ANNOTATION]: pulled.timeZone,
        value,
      };
      await writeFileAtomically(values.out, `${JSON.stringify(document, null, 2)}\n`);
      const count = pulled.events.length;
      const where = `${pulled.window.iso} (${pulled.timeZone})`;
      io.stdout(
        say(
          io,
          `${where} : ${count} événements → ${values.out}\n`,
          `${where}: ${count} events → ${values.out}\n`,
        ),
      );
    });
}
