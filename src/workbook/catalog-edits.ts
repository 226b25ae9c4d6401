import type { Language } from '../core/errors';
import { oneLine } from '../core/errors';
import { dateOfExcelSerial } from './excel-serial';
import type { CellData, TableSpec } from './layout';
import { columnIndex } from './layout';

/**
 * The custom document property holding a fingerprint of the Catalog table as Centaure last
 * wrote it: a table that no longer matches it was edited by hand.
 */
export const CATALOG_FINGERPRINT_PROPERTY = 'CentaureCatalogFingerprint';

/** A cell as compared: numbers to six decimals (Excel saves 15 digits), empty is empty. */
function comparable(value: CellData): CellData {
  if (typeof value === 'number') return Number(value.toFixed(6));
  return value === '' ? null : value;
}

const comparableRows = (rows: ReadonlyArray<readonly CellData[]>) =>
  rows.map((row) => row.map(comparable));

/** FNV-1a of the rows: enough to tell an edited table from the one written, not a secret. */
export function catalogFingerprint(rows: ReadonlyArray<readonly CellData[]>): string {
  let hash = 0x811c9dc5;
  for (const char of JSON.stringify(comparableRows(rows))) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

function shown(value: CellData, isDate: boolean, language: Language): string {
  if (value === null) return language === 'fr' ? 'vide' : 'empty';
  if (typeof value === 'number') return isDate ? dateOfExcelSerial(value) : String(value);
  return oneLine(value, 40);
}

/**
 * What the user changed in the Catalog table, against the rows this run writes, one line
 * per cell (`MGT, AI since: 2026-11-01 → empty`), in the workbook's language. Empty when the
 * table is as Centaure last wrote it (`fingerprint`); a workbook written before fingerprints
 * were kept is compared with the new rows.
 */
export function catalogHandEdits(
  spec: TableSpec,
  before: ReadonlyArray<readonly CellData[]>,
  after: ReadonlyArray<readonly CellData[]>,
  fingerprint: string | null,
  language: Language,
): string[] {
  const old = comparableRows(before);
  const now = comparableRows(after);
  if (fingerprint === null) {
    if (JSON.stringify(old) === JSON.stringify(now)) return [];
  } else if (catalogFingerprint(before) === fingerprint) {
    return [];
  }
  const code = columnIndex(spec, 'code');
  const newByCode = new Map(now.map((row) => [String(row[code]), row]));
  const oldCodes = new Set(old.map((row) => String(row[code])));
  const edits: string[] = [];
  for (const row of old) {
    const replacement = newByCode.get(String(row[code]));
    if (replacement === undefined) {
      edits.push(
        language === 'fr'
          ? `${shown(row[code], false, language)} : ligne absente du catalogue, retirée`
          : `${shown(row[code], false, language)}: row not in the catalog, removed`,
      );
      continue;
    }
    spec.columns.forEach((column, i) => {
      if (row[i] === replacement[i]) return;
      const isDate = column.format === 'date';
      edits.push(
        `${String(row[code])}, ${column.header[language]}${language === 'fr' ? ' ' : ''}: ${shown(row[i], isDate, language)} → ${shown(replacement[i], isDate, language)}`,
      );
    });
  }
  for (const row of now) {
    if (oldCodes.has(String(row[code]))) continue;
    edits.push(
      language === 'fr'
        ? `${String(row[code])} : ligne supprimée, rétablie`
        : `${String(row[code])}: deleted row, written again`,
    );
  }
  return edits;
}
