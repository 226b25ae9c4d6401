import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { CentaureError } from '../../core/errors';
import { formatIsoWeek } from '../../core/week';
import { TEAM_MANAGER_SCOPES, TEAM_MEMBER_SCOPES } from '../../graph/scopes';
import { readSignedInUser } from '../../graph/profile';
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
    ).option(
      '--outbox <file>',
      say(
        io,
        'où garder les envois en attente (par défaut : ~/.centaure/team-outbox.json)',
        'where pending pushes are kept (default: ~/.centaure/team-outbox.json)',
      ),
    ),
    io,
  ).action(async (values: PushOptionValues) => {
    const { summary } = await summarizeFromOptions(values, io);
    const graph = graphFromOptions(values, io, TEAM_MEMBER_SCOPES);
    const deps = {
      graph,
      outbox: openOutbox(io, values.outbox),
      now: io.now,
    };
    const member = await readSignedInUser(graph);
    const { outcome, earlier } = await pushWeekWithPending(deps, summary, {
      link: values.link,
      language: io.language,
      member,
    });
    for (const sent of earlier) {
      if (sent.kind === 'pushed') {
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
    io.stdout(
      say(
        io,
        `Semaine ${outcome.week} envoyée au classeur d’équipe ${outcome.workbook} (${outcome.rows} lignes, ${outcome.requests} requêtes au classeur).\n`,
        `Week ${outcome.week} sent to the team workbook ${outcome.workbook} (${outcome.rows} rows, ${outcome.requests} workbook requests).\n`,
      ),
    );
  });
}
