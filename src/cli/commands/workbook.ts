import type { Command } from 'commander';
import { saveWeekToFile } from '../../usecases/save-week-to-file';
import type { CommandIo } from '../io';
import { say } from '../io';
import type { WeekOptionValues } from '../week-options';
import { addWeekOptions, summarizeFromOptions } from '../week-options';

interface WorkbookOptionValues extends WeekOptionValues {
  out: string;
}

export function registerWorkbook(program: Command, io: CommandIo): void {
  addWeekOptions(
    program
      .command('workbook')
      .description(
        say(
          io,
          'Écrire une semaine dans le classeur de suivi (créé s’il manque, sinon mis à jour)',
          'Write one week into the tracking workbook (created if missing, else updated)',
        ),
      )
      .requiredOption(
        '--out <file.xlsx>',
        say(
          io,
          'le classeur de suivi à créer ou mettre à jour',
          'the tracking workbook to create or update',
        ),
      ),
    io,
  ).action(async (values: WorkbookOptionValues) => {
    const { summary, settings } = await summarizeFromOptions(values, io);
    const saved = await saveWeekToFile(values.out, summary, {
      language: settings.language ?? io.language,
      now: io.now(),
    });
    const iso = summary.window.iso;
    const fr = io.language === 'fr';
    if (saved.catalogEdits.length > 0) {
      io.stdout(
        [
          fr
            ? 'La feuille Catalogue a été modifiée à la main ; cette commande l’a remplacée par le catalogue donné avec --catalog (ou celui intégré), où se règlent les tâches :'
            : 'The Catalog sheet was edited by hand; this run replaced it with the catalog given with --catalog (or the built-in one), which is where tasks are set:',
          ...saved.catalogEdits.map((edit) => `  ${edit}`),
          fr
            ? `Le classeur tel qu’il était est conservé dans ${saved.backupPath}.`
            : `The workbook as it was is kept in ${saved.backupPath}.`,
          '',
        ].join('\n'),
      );
    } else if (saved.backupPath !== null) {
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
