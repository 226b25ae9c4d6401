import type { Language, LocalizedMessage } from '../core/errors';
import { nameKey } from '../core/visible-text';
import type { WorkbookError } from './errors';
import { missingColumn } from './errors';
import type { CellData, TableSpec } from './layout';

/**
 * Where each column of `spec` sits among a table's header cells, found by its French or
 * English header compared as names are ({@link nameKey}: case, NFC/NFD and invisible
 * characters ignored); -1 for a column the table lacks.
 */
export function columnPositions(spec: TableSpec<string>, headers: readonly CellData[]): number[] {
  const names = headers.map((cell) => nameKey(String(cell ?? '')));
  return spec.columns.map((column) =>
    names.findIndex(
      (name) => name === nameKey(column.header.fr) || name === nameKey(column.header.en),
    ),
  );
}

/**
 * {@link columnPositions} for a table Centaure writes to: a required column it lacks is
 * `missing`'s error (by default the workbook's `missing-column`); an optional one is -1.
 */
export function requiredColumnPositions(
  spec: TableSpec<string>,
  headers: readonly CellData[],
  missing: (header: LocalizedMessage) => Error = (header): WorkbookError =>
    missingColumn(spec.name, header),
): number[] {
  const positions = columnPositions(spec, headers);
  spec.columns.forEach((column, i) => {
    if (positions[i] < 0 && column.optional !== true) throw missing(column.header);
  });
  return positions;
}

/** The language a table's headers are written in: the one more of them match; `fallback` on a tie. */
export function headerLanguage(
  spec: TableSpec<string>,
  headers: readonly CellData[],
  positions: readonly number[],
  fallback: Language,
): Language {
  let fr = 0;
  let en = 0;
  spec.columns.forEach((column, i) => {
    if (positions[i] < 0 || column.header.fr === column.header.en) return;
    const name = nameKey(String(headers[positions[i]] ?? ''));
    if (name === nameKey(column.header.fr)) fr += 1;
    if (name === nameKey(column.header.en)) en += 1;
  });
  return fr === en ? fallback : fr > en ? 'fr' : 'en';
}
