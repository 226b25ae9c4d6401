import type { Language } from '../core/errors';
import { DASHBOARD_LABELS, dashboardLabel } from './dashboard-labels';
import { WEEKLY_QUADRANTS } from './layout';
import type { SheetWriter } from './sheet-writer';
import { HOURS, SHARE } from './sheet-writer';
import { tableColumn } from './structured-reference';

/** The 12-week block the trend chart plots: weeks in U, quadrant hours in V:Y, share in Z. */
export const TREND = {
  weeks: 12,
  firstRow: 4,
  weekColumn: 'U',
  quadrantColumns: { 'I+U+': 'V', 'I-U+': 'W', 'I+U-': 'X', 'I-U-': 'Y' },
  shareColumn: 'Z',
  headerRow: 3,
} as const;
/** Where the chart sits: columns G to S, rows 3 to 13 (0-based anchors). */
export const TREND_CHART_ANCHOR = { fromColumn: 6, fromRow: 2, toColumn: 19, toRow: 13 } as const;

/**
 * The last 12 weeks of WeeklyQuadrants (kept in week order by the writer), as formulas, for
 * the trend chart to plot; blank rows while the workbook holds fewer weeks.
 */
export function drawTrendBlock(w: SheetWriter, language: Language): void {
  const wq = (key: string) => tableColumn(WEEKLY_QUADRANTS, key, language);
  const quadrants = Object.entries(TREND.quadrantColumns);
  w.value(`${TREND.weekColumn}${TREND.headerRow - 1}`, dashboardLabel('trend', language)).font = {
    bold: true,
    size: 13,
  };
  w.headers(
    TREND.headerRow,
    [TREND.weekColumn, ...quadrants.map(([, column]) => column), TREND.shareColumn],
    [
      dashboardLabel('week', language),
      ...quadrants.map(([quadrant]) => `${quadrant} h`),
      dashboardLabel('important', language),
    ],
  );
  for (let k = 1; k <= TREND.weeks; k += 1) {
    const r = TREND.firstRow + k - 1;
    const index = `COUNTA(${wq('week')})-${TREND.weeks - k}`;
    const week = `${TREND.weekColumn}${r}`;
    w.formula(week, `IF(${index}<1,"",INDEX(${wq('week')},${index}))`);
    const sum = (key: string) => `IF($${week}="","",SUMIFS(${wq(key)},${wq('week')},$${week}))`;
    for (const [quadrant, column] of quadrants) w.formula(`${column}${r}`, sum(quadrant), HOURS);
    w.formula(`${TREND.shareColumn}${r}`, sum('importantShare'), SHARE);
  }
}

/** The chart's title, in both languages. */
export const TREND_CHART_TITLE = DASHBOARD_LABELS.trendChart;
