import type { Language } from '../core/errors';
import type { WeekSummary } from '../core/week-summary';
import {
  CATALOG_FINGERPRINT_PROPERTY,
  catalogFingerprint,
  catalogHandEdits,
} from './catalog-edits';
import { headerLanguage, requiredColumnPositions } from './column-positions';
import { SELECTOR_CELL, DASHBOARD_SHEET } from './dashboard';
import { missingTables } from './errors';
import type { CellData, TableSpec } from './layout';
import {
  CATALOG,
  columnIndex,
  MARKER_PROPERTY,
  MARKER_VALUE,
  TABLE_SPECS,
  WEEK_LIST_NAME,
  WEEK_SELECTOR_NAME,
  WEEKLY_QUADRANTS,
} from './layout';
import { CellStyles } from './package/cell-styles';
import { readCustomProperty, writeCustomProperty } from './package/custom-properties';
import {
  definedName,
  quotedSheet,
  setDefinedName,
  singleCellTarget,
} from './package/defined-names';
import { followMoveInWorkbook, requireRecalculation } from './package/formula-pass';
import { setCellValue } from './package/sheet-cells';
import type { NewCell, RowPlan, RowPlanItem } from './package/table-editor';
import { TableEditor } from './package/table-editor';
import type { WorkbookStructure } from './package/workbook-structure';
import { findTable, readStructure } from './package/workbook-structure';
import { XlsxPackage } from './package/xlsx-package';
import { matchRowsByIdentity } from './row-identity';
import { tableColumn } from './structured-reference';
import { trackingTemplate } from './template';
import { addTrendChart } from './trend-chart';
import type { TableRows } from './week-rows';
import { weekRows } from './week-rows';
import { weekLabelKey } from './week-label';

export interface WeekWritten {
  bytes: Uint8Array;
  /** There was no workbook: this one is new. */
  created: boolean;
  /**
   * The workbook existed but Centaure had not made it (no marker): callers keep a
   * copy of the original before replacing it. It carries the marker from now on.
   */
  adopted: boolean;
  /** The language of the workbook's headers, used for the text written into it. */
  language: Language;
  /**
   * Cells of the Catalog table the user changed by hand, which this write replaced with the
   * run's catalog (one line each, in `language`): callers keep the original and say so.
   */
  catalogEdits: string[];
}

/** One of our tables found in a workbook, with our columns located among the user's. */
interface LocatedTable {
  spec: TableSpec;
  editor: TableEditor;
  /** For each spec column, its index among the table's columns; -1 for an optional column the table lacks. */
  positions: number[];
}

async function locateTables(
  pkg: XlsxPackage,
  structure: WorkbookStructure,
): Promise<LocatedTable[]> {
  const absent = TABLE_SPECS.filter((spec) => findTable(structure, spec.name) === undefined).map(
    (s) => s.name,
  );
  if (absent.length > 0) throw missingTables(absent);
  const located: LocatedTable[] = [];
  for (const spec of TABLE_SPECS) {
    const editor = await TableEditor.open(pkg, structure, findTable(structure, spec.name)!);
    const positions = requiredColumnPositions(
      spec,
      editor.columns.map((c) => c.name),
    );
    located.push({ spec, editor, positions });
  }
  return located;
}

/** The language the workbook was made in, told by its WeeklyTasks headers. */
function workbookLanguage(tasks: LocatedTable, fallback: Language): Language {
  const headers = tasks.editor.columns.map((c) => c.name);
  return headerLanguage(tasks.spec, headers, tasks.positions, fallback);
}

/**
 * The one row an empty table keeps, blank but in each column's format, so that the rows Excel
 * adds to it later (through the Excel REST API, or typed by hand) take that format.
 */
function formattedBlankRow(
  { spec, editor }: LocatedTable,
  specOfColumn: ReadonlyMap<number, number>,
): RowPlanItem {
  return {
    cells: editor.columns.map((_, tableIndex): NewCell => {
      const specIndex = specOfColumn.get(tableIndex);
      return specIndex === undefined
        ? { kind: 'blank' }
        : { kind: 'value', value: null, format: spec.columns[specIndex].format };
    }),
  };
}

/** The table's new body: the week's old rows out, its new rows where they were (or in week order). */
function planRows(located: LocatedTable, rows: TableRows, week: string): RowPlan {
  const { spec, editor, positions } = located;
  const specOfColumn = new Map(positions.map((tableIndex, specIndex) => [tableIndex, specIndex]));
  const weekColumn = spec.scope === 'week' ? positions[columnIndex(spec, 'week')] : -1;
  const identity = spec.identity.map((key) => columnIndex(spec, key));
  const kept: number[] = [];
  const replaced: number[] = [];
  for (let i = 0; i < editor.dataRowCount; i += 1) {
    if (editor.isBlankRow(i)) continue;
    const sameWeek = weekLabelKey(editor.read(i, weekColumn)) === weekLabelKey(week);
    if (spec.scope === 'all' || sameWeek) replaced.push(i);
    else kept.push(i);
  }
  let insertAt: number;
  if (replaced.length > 0) {
    insertAt = kept.filter((i) => i < replaced[0]).length;
  } else {
    const later = kept.findIndex(
      (i) => weekLabelKey(editor.read(i, weekColumn)) > weekLabelKey(week),
    );
    insertAt = later < 0 ? kept.length : later;
  }
  const sameFact =
    identity.length === 0
      ? new Map<number, number>()
      : matchRowsByIdentity(
          replaced.map((i) => ({
            index: i,
            identity: identity.map((k) => editor.read(i, positions[k])),
          })),
          rows.rows.map((values) => identity.map((k) => values[k])),
        );
  const newRows = rows.rows.map((values, position): RowPlanItem => {
    const match = sameFact.get(position);
    const cells = editor.columns.map((column, tableIndex): NewCell => {
      const specIndex = specOfColumn.get(tableIndex);
      if (specIndex !== undefined) {
        const format = spec.columns[specIndex].format;
        return { kind: 'value', value: values[specIndex], format, styleFrom: match };
      }
      if (column.calculatedFormula !== null) return { kind: 'calculated' };
      return match === undefined ? { kind: 'blank' } : { kind: 'copy', fromRow: match };
    });
    return { cells };
  });
  const keptItems = kept.map((keep) => ({ keep }));
  if (keptItems.length === 0 && newRows.length === 0) {
    return [formattedBlankRow(located, specOfColumn)];
  }
  return [...keptItems.slice(0, insertAt), ...newRows, ...keptItems.slice(insertAt)];
}

/**
 * What the table holds of `rows` and its spec: an older workbook lacks the optional columns
 * added since, and what it does not hold can be neither edited nor compared.
 */
function inTable({ spec, positions }: LocatedTable, rows: readonly (readonly CellData[])[]) {
  const held = (_: unknown, i: number) => positions[i] >= 0;
  return {
    spec: { ...spec, columns: spec.columns.filter(held) },
    rows: rows.map((row) => row.filter(held)),
  };
}

/** The table's rows, the columns it has of ours only, blank rows left out. */
function tableRows({ editor, positions }: LocatedTable): CellData[][] {
  const present = positions.filter((position) => position >= 0);
  const rows: CellData[][] = [];
  for (let i = 0; i < editor.dataRowCount; i += 1) {
    if (!editor.isBlankRow(i)) rows.push(present.map((position) => editor.read(i, position)));
  }
  return rows;
}

async function pointDashboardAt(
  pkg: XlsxPackage,
  structure: WorkbookStructure,
  week: string,
): Promise<void> {
  const target = singleCellTarget(definedName(structure, WEEK_SELECTOR_NAME) ?? '');
  const sheet =
    target && structure.sheets.find((s) => s.name.toLowerCase() === target.sheet.toLowerCase());
  if (!target || !sheet) return;
  setCellValue(await pkg.xml(sheet.part), sheet.part, target.cell.column, target.cell.row, week);
  pkg.touch(sheet.part);
}

async function applyWeek(
  pkg: XlsxPackage,
  summary: WeekSummary,
  fallback: Language,
  created: boolean,
): Promise<{ language: Language; catalogEdits: string[] }> {
  const structure = await readStructure(pkg);
  const tables = await locateTables(pkg, structure);
  const language = workbookLanguage(tables[0], fallback);
  const rows = weekRows(summary, language);
  const catalogTable = tables.find((table) => table.spec === CATALOG)!;
  const written = inTable(catalogTable, rows.tables[CATALOG.name].rows);
  const catalogEdits = created
    ? []
    : catalogHandEdits(
        written.spec,
        tableRows(catalogTable),
        written.rows,
        await readCustomProperty(pkg, CATALOG_FINGERPRINT_PROPERTY),
        language,
      );
  const styles = new CellStyles(pkg, structure.stylesPart);
  const rewrittenSheets = new Set<string>();
  for (const located of tables) {
    // A table sharing its sheet with one rewritten before is read again: its rows moved.
    const sheet = located.editor.table.sheet.part;
    const table = rewrittenSheets.has(sheet)
      ? { ...located, editor: await TableEditor.open(pkg, structure, located.editor.table) }
      : located;
    const plan = planRows(table, rows.tables[table.spec.name], rows.week);
    const move = table.editor.planMove(plan);
    await followMoveInWorkbook(pkg, structure, move);
    table.editor.followMoveInSiblingTables(structure, move);
    await table.editor.rewrite(plan, move, styles);
    rewrittenSheets.add(sheet);
  }
  if (definedName(structure, WEEK_LIST_NAME) === null) {
    setDefinedName(pkg, structure, WEEK_LIST_NAME, tableColumn(WEEKLY_QUADRANTS, 'week', language));
  }
  await pointDashboardAt(pkg, structure, rows.week);
  await writeCustomProperty(pkg, MARKER_PROPERTY, MARKER_VALUE);
  await writeCustomProperty(pkg, CATALOG_FINGERPRINT_PROPERTY, catalogFingerprint(written.rows));
  await requireRecalculation(pkg, structure);
  return { language, catalogEdits };
}

/** True when the workbook carries Centaure's marker. */
export async function isCentaureWorkbook(bytes: Uint8Array): Promise<boolean> {
  const pkg = await XlsxPackage.open(bytes);
  return (await readCustomProperty(pkg, MARKER_PROPERTY)) !== null;
}

/**
 * Writes one week into the tracking workbook: creates it when `existing` is null,
 * otherwise replaces exactly that week's rows in every table (and the catalog),
 * keeping everything else. Throws a {@link WorkbookError} for a file it cannot
 * safely write; `existing` is never modified.
 */
export async function writeWeekToWorkbook(
  existing: Uint8Array | null,
  summary: WeekSummary,
  options: { language: Language },
): Promise<WeekWritten> {
  const created = existing === null;
  const week = summary.window.iso;
  const pkg = await XlsxPackage.open(existing ?? (await trackingTemplate(options.language, week)));
  const adopted = !created && (await readCustomProperty(pkg, MARKER_PROPERTY)) === null;
  if (created) {
    const structure = await readStructure(pkg);
    const dashboard = quotedSheet(DASHBOARD_SHEET[options.language]);
    setDefinedName(
      pkg,
      structure,
      WEEK_SELECTOR_NAME,
      `${dashboard}!$${SELECTOR_CELL[0]}$${SELECTOR_CELL.slice(1)}`,
    );
    setDefinedName(
      pkg,
      structure,
      WEEK_LIST_NAME,
      tableColumn(WEEKLY_QUADRANTS, 'week', options.language),
    );
    await addTrendChart(pkg, structure, options.language);
  }
  const { language, catalogEdits } = await applyWeek(pkg, summary, options.language, created);
  return { bytes: await pkg.toBytes(), created, adopted, language, catalogEdits };
}
