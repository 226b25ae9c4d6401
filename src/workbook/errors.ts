import { CentaureError, type LocalizedMessage } from '../core/errors';

/** Why a workbook cannot be written; stable for programs (`code` is `workbook-<problem>`). */
export type WorkbookProblem =
  'not-xlsx' | 'damaged' | 'missing-table' | 'missing-column' | 'unsupported-table';

/** A workbook that Centaure refuses to write into; the file is left untouched. */
export class WorkbookError extends CentaureError {
  constructor(
    readonly problem: WorkbookProblem,
    text: LocalizedMessage,
  ) {
    super(`workbook-${problem}`, text);
    this.name = 'WorkbookError';
  }

  /** The same problem, its message starting with the file it is about. */
  about(file: string): WorkbookError {
    return new WorkbookError(this.problem, {
      fr: `${file} : ${this.text.fr}`,
      en: `${file}: ${this.text.en}`,
    });
  }
}

export function damagedPart(part: string, detail: string): WorkbookError {
  return new WorkbookError('damaged', {
    fr: `Le classeur est endommagé : la partie ${part} est illisible (${detail}).`,
    en: `The workbook is damaged: part ${part} cannot be read (${detail}).`,
  });
}

export function missingTables(names: readonly string[]): WorkbookError {
  const list = names.join(', ');
  return new WorkbookError('missing-table', {
    fr: `Ce classeur n’est pas un classeur de suivi Centaure : il y manque les tableaux ${list}. Il n’a pas été modifié.`,
    en: `This workbook is not a Centaure tracking workbook: it lacks the tables ${list}. It was left unchanged.`,
  });
}

export function missingColumn(table: string, header: LocalizedMessage): WorkbookError {
  return new WorkbookError('missing-column', {
    fr: `Le tableau ${table} n’a plus de colonne « ${header.fr} » : rétablissez-la (ou son nom) puis recommencez. Le classeur n’a pas été modifié.`,
    en: `Table ${table} no longer has a "${header.en}" column: restore it (or its name) and try again. The workbook was left unchanged.`,
  });
}
