import ExcelJS from 'exceljs';
import type { Language } from '../core/errors';
import { quotedSheet, setDefinedName } from './package/defined-names';
import { CellStyles } from './package/cell-styles';
import { followMoveInWorkbook } from './package/formula-pass';
import { addNativeChart, escapeXml, RELATIONSHIPS_NS } from './package/native-chart';
import type { NewCell } from './package/table-editor';
import { TableEditor } from './package/table-editor';
import { findTable, readStructure } from './package/workbook-structure';
import { XlsxPackage } from './package/xlsx-package';
import {
  drawTeamDashboard,
  drawTeamWorkings,
  FIRST_TASK_ROW,
  SHARE_BY_WEEK_COLUMNS,
  teamDashboardLabel,
  TEAM_LAYOUT_CELL,
  TEAM_SELECTOR_CELL,
  WEEKS_SHOWN,
} from './team-dashboard';
import {
  TEAM_DASHBOARD_SHEET,
  TEAM_LAYOUT_NAME,
  TEAM_WEEK_SELECTOR_NAME,
  TEAM_WEEKLY,
  TEAM_WORKINGS_SHEET,
} from './team-layout';

/** A native column chart of the team's important share, over the dashboard's week list. */
function chartXml(dashboard: string, language: Language): string {
  const [weekColumn, shareColumn] = SHARE_BY_WEEK_COLUMNS;
  const last = FIRST_TASK_ROW + WEEKS_SHOWN - 1;
  const sheet = escapeXml(quotedSheet(dashboard));
  const title = escapeXml(teamDashboardLabel('byWeek', language));
  const series = escapeXml(teamDashboardLabel('important', language));
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${RELATIONSHIPS_NS}"><c:roundedCorners val="0"/><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${title}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>${series}</c:v></c:tx><c:cat><c:strRef><c:f>${sheet}!$${weekColumn}$${FIRST_TASK_ROW}:$${weekColumn}$${last}</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>${sheet}!$${shareColumn}$${FIRST_TASK_ROW}:$${shareColumn}$${last}</c:f></c:numRef></c:val></c:ser><c:gapWidth val="80"/><c:axId val="50010"/><c:axId val="50020"/></c:barChart><c:catAx><c:axId val="50010"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="50020"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx><c:valAx><c:axId val="50020"/><c:scaling><c:orientation val="minMax"/><c:max val="1"/><c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="0%" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="50010"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`;
}

/**
 * A new team workbook: the team dashboard set to `week`, the empty `TeamWeekly` table
 * (its one blank row in each column's format, so appended rows show hours and times as
 * such), the hidden workings, the layout marker and the native chart.
 */
export async function teamTemplate(language: Language, week: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Centaure';
  const dashboardName = TEAM_DASHBOARD_SHEET[language];
  const workingsName = TEAM_WORKINGS_SHEET[language];
  const dashboard = workbook.addWorksheet(dashboardName, {
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  drawTeamDashboard(dashboard, workingsName, language, week);
  const tableSheet = workbook.addWorksheet(TEAM_WEEKLY.sheet[language], {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }],
  });
  tableSheet.addTable({
    name: TEAM_WEEKLY.name,
    ref: 'A1',
    headerRow: true,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: TEAM_WEEKLY.columns.map((c) => ({ name: c.header[language], filterButton: true })),
    rows: [],
  });
  TEAM_WEEKLY.columns.forEach((c, i) => {
    tableSheet.getColumn(i + 1).width = c.width;
  });
  const workings = workbook.addWorksheet(workingsName, { state: 'hidden' });
  drawTeamWorkings(workings, dashboardName, language);

  const pkg = await XlsxPackage.open(new Uint8Array(await workbook.xlsx.writeBuffer()));
  const structure = await readStructure(pkg);
  const editor = await TableEditor.open(pkg, structure, findTable(structure, TEAM_WEEKLY.name)!);
  const blankRow = TEAM_WEEKLY.columns.map((c): NewCell => ({
    kind: 'value',
    value: null,
    format: c.format,
  }));
  const plan = [{ cells: blankRow }];
  const move = editor.planMove(plan);
  await followMoveInWorkbook(pkg, structure, move);
  await editor.rewrite(plan, move, new CellStyles(pkg, structure.stylesPart));
  const cell = (sheet: string, address: string) =>
    `${quotedSheet(sheet)}!$${address.replace(/(\d)/, '$$$1')}`;
  setDefinedName(pkg, structure, TEAM_LAYOUT_NAME, cell(workingsName, TEAM_LAYOUT_CELL));
  setDefinedName(pkg, structure, TEAM_WEEK_SELECTOR_NAME, cell(dashboardName, TEAM_SELECTOR_CELL));
  const dashboardPart = structure.sheets.find((s) => s.name === dashboardName)!.part;
  // Beside the week list, over columns K to Q.
  const top = FIRST_TASK_ROW - 3;
  await addNativeChart(pkg, dashboardPart, {
    name: 'chart1',
    chartXml: chartXml(dashboardName, language),
    anchor: { fromColumn: 10, fromRow: top, toColumn: 17, toRow: top + 20 },
  });
  return pkg.toBytes();
}
