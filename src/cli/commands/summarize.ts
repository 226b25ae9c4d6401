import type { Command } from 'commander';
import { summarizeWeek } from '../../core/summarize';
import { summaryToJson } from '../../core/summary-json';
import type { CommandIo } from '../io';
import type { WeekOptionValues } from '../week-options';
import { addWeekOptions, readCatalogOption, readEventsFile, resolveWeek } from '../week-options';

interface SummarizeOptionValues extends WeekOptionValues {
  events: string;
}

export function registerSummarize(program: Command, io: CommandIo): void {
  addWeekOptions(
    program
      .command('summarize')
      .description("Print one week's figures as JSON (SPEC §7)")
      .requiredOption(
        '--events <file>',
        'Graph calendarView response or JSON array of Graph events',
      ),
  ).action(async (values: SummarizeOptionValues) => {
    const { week, timeZone } = resolveWeek(values, io);
    const [rawEvents, catalog] = await Promise.all([
      readEventsFile(values.events),
      readCatalogOption(values.catalog),
    ]);
    const summary = summarizeWeek(rawEvents, { week, timeZone, catalog });
    io.stdout(`${JSON.stringify(summaryToJson(summary), null, 2)}\n`);
  });
}
