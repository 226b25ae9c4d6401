import type { Worksheet } from 'exceljs';
import type { Language, LocalizedMessage } from '../core/errors';
import { dashboardLabel, type DashboardLabel } from './dashboard-labels';
import { drawAiBlock, drawTaskBars, drawTaskBlock } from './dashboard-task-blocks';
import { drawTrendBlock } from './dashboard-trend';
import { WEEKLY_QUADRANTS } from './layout';
import type { SheetWriter } from './sheet-writer';
import { DATE, drawWeekHeading, HOURS, SHARE, sheetWriter } from './sheet-writer';
import { tableColumn } from './structured-reference';

export const DASHBOARD_SHEET: LocalizedMessage = { fr: 'Tableau de bord', en: 'Dashboard' };
/** The week selector's cell; the defined name {@link WEEK_SELECTOR_NAME} points at it. */
export const SELECTOR_CELL = 'B3';
const SELECTED_WEEK = '$B$3';

/**
 * The dashboard: every figure is a formula over the tables, for the week chosen in B3: the
 * week's totals, the importance/urgency grid, planned against actual per task, the AI
 * before/after (src/workbook/dashboard-task-blocks.ts) and the last 12 weeks the trend chart
 * plots (src/workbook/dashboard-trend.ts).
 */
export function drawDashboard(sheet: Worksheet, language: Language, selectedWeek: string): void {
  const w = sheetWriter(sheet);
  drawHeading(w, language, selectedWeek);
  drawWeekTotals(w, language);
  drawQuadrantGrid(w, language);
  drawTaskBlock(w, language);
  drawAiBlock(w, language);
  drawTrendBlock(w, language);
  drawTaskBars(w);
  setLayout(sheet);
}

/** The title, the hint, and the week selector: a list of the workbook's weeks. */
function drawHeading(w: SheetWriter, language: Language, selectedWeek: string): void {
  const label = (key: DashboardLabel) => dashboardLabel(key, language);
  const wq = (key: string) => tableColumn(WEEKLY_QUADRANTS, key, language);
  const words = {
    title: label('title'),
    hint: label('hint'),
    week: label('week'),
    weekStart: label('weekStart'),
  };
  drawWeekHeading(w, words, SELECTOR_CELL, selectedWeek).dataValidation = {
    type: 'list',
    allowBlank: false,
    formulae: ['CentaureWeeks'],
    showErrorMessage: true,
    errorTitle: label('week'),
    error: label('hint'),
  };
  w.formula(
    'D3',
    `IFERROR(INDEX(${wq('weekStart')},MATCH(${SELECTED_WEEK},${wq('week')},0)),"")`,
    DATE,
  );
}

/** Counted, tagged, untagged and overlap hours and the important share (row 6). */
function drawWeekTotals(w: SheetWriter, language: Language): void {
  const label = (key: DashboardLabel) => dashboardLabel(key, language);
  const wq = (key: string) => tableColumn(WEEKLY_QUADRANTS, key, language);
  w.headers(
    5,
    ['A', 'B', 'C', 'D', 'E'],
    (['counted', 'tagged', 'untagged', 'overlap', 'important'] as const).map(label),
  );
  const kpi = (column: string, key: string, numFmt: string) =>
    (w.formula(`${column}6`, `SUMIFS(${wq(key)},${wq('week')},${SELECTED_WEEK})`, numFmt).font = {
      bold: true,
      size: 14,
    });
  kpi('A', 'counted', HOURS);
  kpi('B', 'tagged', HOURS);
  kpi('C', 'untagged', HOURS);
  kpi('D', 'overlap', HOURS);
  kpi('E', 'importantShare', SHARE);
}

/** The 2×2 importance/urgency grid: hours and share of tagged time (A8:E12). */
function drawQuadrantGrid(w: SheetWriter, language: Language): void {
  const label = (key: DashboardLabel) => dashboardLabel(key, language);
  const wq = (key: string) => tableColumn(WEEKLY_QUADRANTS, key, language);
  w.value('A8', label('grid')).font = { bold: true, size: 13 };
  w.headers(9, ['B', 'D'], [label('urgent'), label('notUrgent')]);
  w.sheet.mergeCells('B9:C9');
  w.sheet.mergeCells('D9:E9');
  w.headers(
    10,
    ['B', 'C', 'D', 'E'],
    [label('hours'), label('share'), label('hours'), label('share')],
  );
  w.headers(11, ['A'], [label('importantRow')]);
  w.headers(12, ['A'], [label('notImportantRow')]);
  const quadrant = (hoursCell: string, shareCell: string, key: string) => {
    w.formula(hoursCell, `SUMIFS(${wq(key)},${wq('week')},${SELECTED_WEEK})`, HOURS).font = {
      size: 13,
    };
    w.formula(shareCell, `IF($B$6=0,0,${hoursCell}/$B$6)`, SHARE);
  };
  quadrant('B11', 'C11', 'I+U+');
  quadrant('D11', 'E11', 'I+U-');
  quadrant('B12', 'C12', 'I-U+');
  quadrant('D12', 'E12', 'I-U-');
}

/** Column widths (H and T, the blocks' workings, hidden), the header row's height, frozen panes. */
function setLayout(sheet: Worksheet): void {
  const widths: Record<string, number> = {
    A: 18,
    B: 44,
    // Wide enough for the French headers in bold ("Chevauchement h") not to break mid-word.
    C: 16,
    D: 18,
    E: 16,
    F: 10,
    G: 11,
    H: 4,
    I: 3,
    J: 8,
    K: 36,
    L: 12,
    M: 12,
    N: 12,
    O: 11,
    P: 11,
    Q: 10,
    R: 10,
    S: 30,
    T: 4,
    U: 11,
    V: 9,
    W: 9,
    X: 9,
    Y: 9,
    Z: 10,
  };
  for (const [column, width] of Object.entries(widths)) sheet.getColumn(column).width = width;
  sheet.getColumn('H').hidden = true;
  sheet.getColumn('T').hidden = true;
  sheet.getRow(5).height = 30;
  sheet.views = [{ state: 'frozen', ySplit: 3, xSplit: 0 }];
}
