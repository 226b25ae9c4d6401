import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { CentaureError, InvalidInputError } from '../../core/errors';
import { formatIsoWeek } from '../../core/week';
import { TEAM_MANAGER_SCOPES, TEAM_MEMBER_SCOPES } from '../../graph/scopes';
import { FileTeamOutbox } from '../../storage/file-team-outbox';
import type { TeamPushOutcome } from '../../usecases/team-push';
import { pushWeekWithPending } from '../../usecases/team-push';
import { createTeamWorkbook, DEFAULT_TEAM_WORKBOOK_PATH } from '../../usecases/team-workbook';
import type { GraphOptionValues } from '../graph-options';
import { addGraphOptions, graphFromOptions } from '../graph-options';
import type { CommandIo } from '../io';
import { say } from '../io';
import type { WeekOptionValues } from '../week-options';
import { addWeekOptions, resolveWeek, summarizeFromOptions } from '../week-options';

interface CreateOptionValues extends GraphOptionValues {
  path?: string;
}

interface PushOptionValues extends WeekOptionValues, GraphOptionValues {
  link: string;
  outbox?: string;
}

/** A push kept for later: the command says so and fails, so a script notices. */
class TeamPushPendingError extends CentaureError {
  constructor(outcome: Extract<TeamPushOutcome, { kind: 'pending' }>) {
    super('team-push-pending', outcome.message);
    this.name = 'TeamPushPendingError';
  }
}

interface OutboxOptionValues {
  outbox?: string;
  link?: string;
  week?: string;
  push?: string;
}

const outboxOption = (io: CommandIo): [string, string] => [
  '--outbox <file>',
  say(
    io,
    'où garder les envois en attente (par défaut : ~/.centaure/team-outbox.json)',
    'where pending pushes are kept (default: ~/.centaure/team-outbox.json)',
  ),
];

/** `team outbox list|drop`: what waits to be sent, and giving up what a workbook refuses. */
function registerOutbox(team: Command, io: CommandIo): void {
  const outbox = team
    .command('outbox')
    .description(
      say(
        io,
        'Envois en attente pour le classeur d’équipe : les lister, en abandonner',
        'Pushes waiting for the team workbook: list them, give some up',
      ),
    );
  outbox
    .command('list')
    .description(say(io, 'Lister les envois en attente', 'List the pending pushes'))
    .option(...outboxOption(io))
    .action(async (values: OutboxOptionValues) => {
      for (const entry of await openOutbox(io, values.outbox).list()) {
        io.stdout(`${entry.push.week}  ${entry.link}  (${entry.push.pushId})\n`);
      }
    });
  outbox
    .command('drop')
    .description(
      say(
        io,
        'Abandonner les envois en attente d’un lien, d’une semaine ou d’un identifiant',
        'Give up the pending pushes of a link, a week or an id',
      ),
    )
    .option(...outboxOption(io))
    .option('--link <url>', say(io, 'ceux de ce lien', 'those of this link'))
    .option(
      '--week <week>',
      say(io, 'ceux de cette semaine (2026-W47)', 'those of this week (2026-W47)'),
    )
    .option('--push <id>', say(io, 'celui de cet identifiant', 'the one with this id'))
    .action(async (values: OutboxOptionValues) => {
      if (values.link === undefined && values.week === undefined && values.push === undefined) {
        throw new InvalidInputError({
          fr: 'Dites quoi abandonner : --link, --week ou --push (voir centaure team outbox list).',
          en: 'Say what to give up: --link, --week or --push (see centaure team outbox list).',
        });
      }
      const store = openOutbox(io, values.outbox);
      const matches = (await store.list()).filter(
        (e) =>
          (values.link === undefined || e.link === values.link) &&
          (values.week === undefined || e.push.week === values.week) &&
          (values.push === undefined || e.push.pushId === values.push),
      );
      for (const entry of matches) await store.remove(entry.push.pushId);
      const weeks = matches.map((e) => e.push.week).join(', ');
      const n = matches.length;
      io.stdout(
        n === 0
          ? say(io, 'Aucun envoi en attente ne correspond.\n', 'No pending push matches.\n')
          : say(
              io,
              `${n} envoi${n > 1 ? 's' : ''} en attente supprimé${n > 1 ? 's' : ''} (${weeks}).\n`,
              `Dropped ${n} pending push${n > 1 ? 'es' : ''} (${weeks}).\n`,
            ),
      );
    });
}

function defaultOutbox(io: CommandIo): string {
  return join(io.env.HOME ?? homedir(), '.centaure', 'team-outbox.json');
}

/** The outbox file; a damaged one is said on stderr (it is kept aside, what reads is recovered). */
function openOutbox(io: CommandIo, path: string | undefined): FileTeamOutbox {
  return new FileTeamOutbox(path ?? defaultOutbox(io), (damage) =>
    io.stderr(`${say(io, damage.message.fr, damage.message.en)}\n`),
  );
}

export function registerTeam(program: Command, io: CommandIo): void {
  const team = program
    .command('team')
    .description(
      say(
        io,
        'Classeur d’équipe : le créer et le partager (responsable), y envoyer sa semaine (membre)',
        'Team workbook: create and share it (manager), send your week to it (member)',
      ),
    );

  addGraphOptions(
    team
      .command('create')
      .description(
        say(
          io,
          'Créer le classeur d’équipe dans votre OneDrive et afficher son lien de partage (modification, organisation)',
          'Create the team workbook in your OneDrive and print its sharing link (edit, organization)',
        ),
      )
      .option(
        '--path <path>',
        say(
          io,
          `chemin dans votre OneDrive (par défaut : ${DEFAULT_TEAM_WORKBOOK_PATH})`,
          `path in your OneDrive (default: ${DEFAULT_TEAM_WORKBOOK_PATH})`,
        ),
      ),
    io,
  ).action(async (values: CreateOptionValues) => {
    const graph = graphFromOptions(values, io, TEAM_MANAGER_SCOPES);
    const week = formatIsoWeek(resolveWeek({}, io).week);
    const made = await createTeamWorkbook(graph, {
      path: values.path,
      language: io.language,
      week,
    });
    const path = values.path ?? DEFAULT_TEAM_WORKBOOK_PATH;
    io.stderr(
      made.created
        ? say(io, `Classeur d’équipe créé : ${path}\n`, `Team workbook created: ${path}\n`)
        : say(
            io,
            `Le classeur d’équipe ${path} existait déjà : voici son lien.\n`,
            `The team workbook ${path} was already there: here is its link.\n`,
          ),
    );
    io.stdout(`${made.link}\n`);
  });

  addWeekOptions(
    addGraphOptions(
      team
        .command('push')
        .description(
          say(
            io,
            'Envoyer vos totaux de la semaine (par tâche, jamais les événements) au classeur d’équipe',
            'Send your week’s totals (per task, never the events) to the team workbook',
          ),
        )
        .requiredOption(
          '--link <url>',
          say(
            io,
            'le lien de partage du classeur d’équipe',
            'the sharing link of the team workbook',
          ),
        ),
      io,
    ).option(...outboxOption(io)),
    io,
  ).action(async (values: PushOptionValues) => {
    const { summary } = await summarizeFromOptions(values, io);
    const graph = graphFromOptions(values, io, TEAM_MEMBER_SCOPES);
    const deps = {
      graph,
      outbox: openOutbox(io, values.outbox),
      now: io.now,
    };
    // The member is asked inside the push, after the week is in the outbox: offline, it waits there.
    const { outcome, earlier } = await pushWeekWithPending(deps, summary, {
      link: values.link,
      language: io.language,
    });
    for (const sent of earlier) {
      if (sent.kind === 'refused') {
        io.stderr(
          `${say(io, sent.message.fr, sent.message.en)}${say(
            io,
            ' (centaure team outbox drop --link … pour l’abandonner)',
            ' (centaure team outbox drop --link … to give it up)',
          )}\n`,
        );
      } else if (sent.kind === 'pushed') {
        io.stdout(
          say(
            io,
            `Semaine ${sent.week} en attente : envoyée.\n`,
            `Pending week ${sent.week}: sent.\n`,
          ),
        );
      }
    }
    if (outcome.kind === 'pending') throw new TeamPushPendingError(outcome);
    if (outcome.kind !== 'pushed') return;
    io.stdout(
      say(
        io,
        `Semaine ${outcome.week} envoyée au classeur d’équipe ${outcome.workbook} (${outcome.rows} lignes, ${outcome.requests} requêtes au classeur).\n`,
        `Week ${outcome.week} sent to the team workbook ${outcome.workbook} (${outcome.rows} rows, ${outcome.requests} workbook requests).\n`,
      ),
    );
  });

  registerOutbox(team, io);
}
