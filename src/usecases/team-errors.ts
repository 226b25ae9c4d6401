import type { LocalizedMessage } from '../core/errors';
import { CentaureError } from '../core/errors';

/** Why a team workbook cannot take a member's push; `code` is `team-<problem>`. */
export type TeamProblem =
  | 'bad-link'
  | 'link-gone'
  | 'no-write-access'
  | 'not-team-workbook'
  | 'table-removed'
  | 'column-missing'
  | 'future-layout'
  | 'workbook-exists'
  | 'workbook-missing'
  | 'personal-account'
  | 'foreign-rows';

/** A team workbook problem a member or manager must act on; their own week is never lost. */
export class TeamWorkbookError extends CentaureError {
  constructor(
    readonly problem: TeamProblem,
    text: LocalizedMessage,
  ) {
    super(`team-${problem}`, text);
    this.name = 'TeamWorkbookError';
  }
}

const KEPT = {
  fr: 'Votre semaine reste dans votre propre classeur et en attente d’envoi.',
  en: 'Your week stays in your own workbook and waits to be sent.',
};

export function badLink(link: string): TeamWorkbookError {
  return new TeamWorkbookError('bad-link', {
    fr: `« ${link} » n’est pas un lien de partage OneDrive ou SharePoint : collez le lien que votre responsable vous a donné.`,
    en: `"${link}" is not a OneDrive or SharePoint sharing link: paste the link your manager gave you.`,
  });
}

export function linkGone(): TeamWorkbookError {
  return new TeamWorkbookError('link-gone', {
    fr: `Le lien du classeur d’équipe ne mène plus à rien : il a été révoqué, le classeur a été supprimé, ou vous n’y avez pas accès. Demandez un nouveau lien à votre responsable. ${KEPT.fr}`,
    en: `The team workbook link leads nowhere any more: it was revoked, the workbook was deleted, or you have no access to it. Ask your manager for a new link. ${KEPT.en}`,
  });
}

export function noWriteAccess(name: string): TeamWorkbookError {
  return new TeamWorkbookError('no-write-access', {
    fr: `Vous pouvez lire le classeur d’équipe ${name} mais pas y écrire : demandez à votre responsable un lien de modification. ${KEPT.fr}`,
    en: `You can read the team workbook ${name} but not write to it: ask your manager for an edit link. ${KEPT.en}`,
  });
}

export function notTeamWorkbook(name: string): TeamWorkbookError {
  return new TeamWorkbookError('not-team-workbook', {
    fr: `${name} n’est pas un classeur d’équipe Centaure (il y manque sa marque de version) : vérifiez le lien avec votre responsable.`,
    en: `${name} is not a Centaure team workbook (its version mark is missing): check the link with your manager.`,
  });
}

export function tableRemoved(name: string): TeamWorkbookError {
  return new TeamWorkbookError('table-removed', {
    fr: `Le tableau TeamWeekly a disparu du classeur d’équipe ${name} : votre responsable doit le rétablir (historique des versions) ou créer un nouveau classeur. ${KEPT.fr}`,
    en: `The TeamWeekly table is gone from the team workbook ${name}: your manager must restore it (version history) or create a new workbook. ${KEPT.en}`,
  });
}

export function columnMissing(name: string, header: LocalizedMessage): TeamWorkbookError {
  return new TeamWorkbookError('column-missing', {
    fr: `Le tableau TeamWeekly du classeur d’équipe ${name} n’a plus de colonne « ${header.fr} » : votre responsable doit la rétablir. ${KEPT.fr}`,
    en: `The TeamWeekly table of the team workbook ${name} no longer has a "${header.en}" column: your manager must restore it. ${KEPT.en}`,
  });
}

export function futureLayout(name: string, layout: string): TeamWorkbookError {
  return new TeamWorkbookError('future-layout', {
    fr: `Le classeur d’équipe ${name} a été créé par une version plus récente de Centaure (${layout}) : mettez Centaure à jour pour y envoyer votre semaine. ${KEPT.fr}`,
    en: `The team workbook ${name} was made by a newer Centaure (${layout}): update Centaure to send your week to it. ${KEPT.en}`,
  });
}

export function workbookExists(path: string): TeamWorkbookError {
  return new TeamWorkbookError('workbook-exists', {
    fr: `Un fichier existe déjà à ${path} dans votre OneDrive : il n’a pas été remplacé. Choisissez un autre chemin.`,
    en: `A file already exists at ${path} in your OneDrive: it was not replaced. Choose another path.`,
  });
}

export function teamWorkbookMissing(path: string): TeamWorkbookError {
  return new TeamWorkbookError('workbook-missing', {
    fr: `Aucun classeur d’équipe à ${path} dans votre OneDrive : créez-le d’abord.`,
    en: `No team workbook at ${path} in your OneDrive: create it first.`,
  });
}

export function personalAccount(): TeamWorkbookError {
  return new TeamWorkbookError('personal-account', {
    fr: 'Ce classeur d’équipe est dans un OneDrive personnel : les classeurs d’équipe demandent des comptes professionnels ou scolaires (l’API REST d’Excel ne sert pas les comptes Microsoft personnels).',
    en: 'This team workbook is in a personal OneDrive: team workbooks need work or school accounts (the Excel REST API does not serve personal Microsoft accounts).',
  });
}

/** A pending push whose rows are not the signed-in member's own for its week (a hand-edited outbox). */
/** `week`: the week as each language's message says it ("semaine 47", "week 2026-W47"). */
export function foreignRows(week: LocalizedMessage): TeamWorkbookError {
  return new TeamWorkbookError('foreign-rows', {
    fr: `L’envoi en attente de la ${week.fr} contient des lignes qui ne sont pas les vôtres pour cette semaine, ou datées dans le futur : il n’est pas envoyé. Supprimez-le de la file d’attente et générez la semaine à nouveau.`,
    en: `The pending push of ${week.en} holds rows that are not yours for that week, or dated in the future: it is not sent. Drop it from the pending list and generate the week again.`,
  });
}

/** Sharing links are a few hundred characters; Graph refuses far longer ones with a bare status. */
export const MAX_LINK_LENGTH = 2_000;

export function linkTooLong(length: number): TeamWorkbookError {
  const n = (language: string) => new Intl.NumberFormat(language).format(length);
  return new TeamWorkbookError('bad-link', {
    fr: `Le lien du classeur d’équipe fait ${n('fr')} caractères, bien plus qu’un lien de partage (quelques centaines au plus) : collez seulement le lien que votre responsable vous a donné.`,
    en: `The team workbook link is ${n('en')} characters long, far longer than a sharing link (a few hundred at most): paste only the link your manager gave you.`,
  });
}
