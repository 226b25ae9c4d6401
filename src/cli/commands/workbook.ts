import type { Command } from 'commander';
import { saveWeekToFile } from '../../usecases/save-week-to-file';
import type { CommandIo } from '../io';
import type { WeekOptionValues } from '../week-options';
import { addWeekOptions, summarizeFromOptions } from '../week-options';

interface WorkbookOptionValues extends WeekOptionValues {
  out: string;
}

export function registerWorkbook(program: Command, io: CommandIo): void {
  addWeekOptions(
    program
      .command('workbook')
      .description('Write one week into the tracking workbook (created if missing, else updated)')
      .requiredOption('--out <file.xlsx>', 'the tracking workbook to create or update'),
  ).action(async (values: WorkbookOptionValues) => {
    const summary = await summarizeFromOptions(values, io);
    const saved = await saveWeekToFile(values.out, summary, {
      language: io.language,
      now: io.now(),
    });
    const iso = summary.window.iso;
    const fr = io.language === 'fr';
    if (saved.backupPath !== null) {
      io.stdout(
        fr
          ? `Copie de sauvegarde du classeur d’origine : ${saved.backupPath}\n`
          : `Backup of the original workbook: ${saved.backupPath}\n`,
      );
    }
    const verb = saved.created ? (fr ? 'créé' : 'created') : fr ? 'mis à jour' : 'updated';
    io.stdout(
      fr
        ? `Semaine ${iso} écrite dans ${saved.path} (${verb}).\n`
        : `Week ${iso} written to ${saved.path} (${verb}).\n`,
    );
  });
}
