import type { GenerateStep } from '../../../usecases/generate-week';
import type { SayWeek } from '../../components/week-words';
import type { Localized } from '../../i18n/i18n';

/** The Generate view's words, French and English. */
export const GENERATE_STRINGS: Localized<{
  intro: string;
  introTeam: string;
  generate: string;
  steps: Record<GenerateStep, string>;
  done: string;
  failed: string;
  running: string;
  waiting: string;
  created: (file: string, week: SayWeek) => string;
  updated: (file: string, week: SayWeek) => string;
  updatedInOpenWorkbook: (file: string, week: SayWeek) => string;
  backup: (name: string) => string;
  catalogEdits: string;
  moreEdits: (count: number) => string;
  open: string;
  pending: string;
  retry: (week: SayWeek) => string;
  keptForRetry: string;
  pushed: (week: SayWeek, workbook: string) => string;
  teamSkipped: string;
  teamPending: string;
}> = {
  fr: {
    intro: 'Écrit la semaine dans votre classeur de suivi sur OneDrive.',
    introTeam:
      'Écrit la semaine dans votre classeur de suivi sur OneDrive, puis ses totaux dans le classeur d’équipe.',
    generate: 'Générer le classeur de suivi',
    steps: {
      read: 'Lecture de la semaine',
      count: 'Calcul des heures',
      write: 'Écriture dans le classeur',
      team: 'Envoi au classeur d’équipe',
    },
    done: 'terminé',
    failed: 'échec',
    running: 'en cours',
    waiting: 'à venir',
    created: (file, week) => `Classeur ${file} créé avec la ${week()}.`,
    updated: (file, week) => `${week('start')} mise à jour dans ${file}.`,
    updatedInOpenWorkbook: (file, week) =>
      `${file} est ouvert dans Excel : la ${week()} y a été écrite directement.`,
    backup: (name) => `Une copie du classeur d’origine a été gardée : ${name}.`,
    catalogEdits:
      'Vos modifications de la feuille Catalogue ont été remplacées par votre catalogue Centaure (la copie les garde) :',
    moreEdits: (count) => `… et ${count} de plus.`,
    open: 'Ouvrir le classeur dans Excel',
    pending: 'Semaines en attente d’écriture',
    retry: (week) => `Réessayer la ${week()}`,
    keptForRetry: 'La semaine est conservée : réessayez plus tard.',
    pushed: (week, workbook) => `Totaux de la ${week()} envoyés au classeur d’équipe ${workbook}.`,
    teamSkipped:
      'La semaine n’a pas pu être lue : rien de nouveau n’a été envoyé au classeur d’équipe.',
    teamPending: 'Semaines en attente d’envoi au classeur d’équipe',
  },
  en: {
    intro: 'Writes the week into your tracking workbook in OneDrive.',
    introTeam:
      'Writes the week into your tracking workbook in OneDrive, then its totals into the team workbook.',
    generate: 'Generate the tracking workbook',
    steps: {
      read: 'Reading the week',
      count: 'Counting the hours',
      write: 'Writing the workbook',
      team: 'Sending to the team workbook',
    },
    done: 'done',
    failed: 'failed',
    running: 'in progress',
    waiting: 'to do',
    created: (file, week) => `Workbook ${file} created with ${week()}.`,
    updated: (file, week) => `${week('start')} updated in ${file}.`,
    updatedInOpenWorkbook: (file, week) =>
      `${file} is open in Excel: ${week()} was written straight into it.`,
    backup: (name) => `A copy of the original workbook was kept: ${name}.`,
    catalogEdits:
      'Your edits to the Catalog sheet were replaced by your Centaure catalog (the copy keeps them):',
    moreEdits: (count) => `… and ${count} more.`,
    open: 'Open the workbook in Excel',
    pending: 'Weeks waiting to be written',
    retry: (week) => `Try ${week()} again`,
    keptForRetry: 'The week is kept: try again later.',
    pushed: (week, workbook) => `${week('start')} totals sent to the team workbook ${workbook}.`,
    teamSkipped: 'The week could not be read: nothing new was sent to the team workbook.',
    teamPending: 'Weeks waiting to be sent to the team workbook',
  },
};
