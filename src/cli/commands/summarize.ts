import type { Command } from 'commander';
import { summaryToJson } from '../../core/summary-json';
import type { CommandIo } from '../io';
import { say } from '../io';
import type { WeekOptionValues } from '../week-options';
import { addWeekOptions, summarizeFromOptions } from '../week-options';

export function registerSummarize(program: Command, io: CommandIo): void {
  addWeekOptions(
    program
      .command('summarize')
      .description(
        say(io, 'Afficher les chiffres d’une semaine en JSON', "Print one week's figures as JSON"),
      ),
    io,
  ).action(async (values: WeekOptionValues) => {
    const { summary } = await summarizeFromOptions(values, io);
    io.stdout(`${JSON.stringify(summaryToJson(summary), null, 2)}\n`);
  });
}
