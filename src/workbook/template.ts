import ExcelJS from 'exceljs';
import type { Language } from '../core/errors';
import { DASHBOARD_SHEET, drawDashboard } from './dashboard';
import type { TableSpec } from './layout';
import { CATALOG, EVENTS, WEEKLY_QUADRANTS, WEEKLY_TASKS } from './layout';

function addTableSheet(workbook: ExcelJS.Workbook, spec: TableSpec, language: Language): void {
  const sheet = workbook.addWorksheet(spec.sheet[language], {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.addTable({
    name: spec.name,
    ref: 'A1',
    headerRow: true,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: spec.columns.map((c) => ({ name: c.header[language], filterButton: true })),
    // Rows are written by the package editor, the one writer of table bodies.
    rows: [],
  });
  spec.columns.forEach((c, i) => {
    sheet.getColumn(i + 1).width = c.width;
  });
  sheet.getRow(1).alignment = { wrapText: true, vertical: 'middle' };
}

/** A new tracking workbook with empty tables and the dashboard, set to show `week`. */
export async function trackingTemplate(language: Language, week: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Centaure';
  // Printed or exported to PDF, the dashboard fits the width of one landscape page.
  const dashboard = workbook.addWorksheet(DASHBOARD_SHEET[language], {
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  drawDashboard(dashboard, language, week);
  for (const spec of [WEEKLY_TASKS, WEEKLY_QUADRANTS, EVENTS, CATALOG])
    addTableSheet(workbook, spec, language);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
