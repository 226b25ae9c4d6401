import type { Command } from 'commander';
import { summaryToJson } from '../../core/summary-json';
import type { CommandIo } from '../io';
import type { WeekOptionValues } from '../week-options';
import { addWeekOptions, summarizeFromOptions } from '../week-options';

export function registerSummarize(program: Command, io: CommandIo): void {
  addWeekOptions(
    program.command('summarize').description("Print one week's figures as JSON (SPEC §7)"),
  ).action(async (values: WeekOptionValues) => {
    const summary = await summarizeFromOptions(values, io);
    io.stdout(`${JSON.stringify(summaryToJson(summary), null, 2)}\n`);
  });
}
