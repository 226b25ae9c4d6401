import type { Language } from '../core/errors';
import { DASHBOARD_SHEET } from './dashboard';
import { TREND, TREND_CHART_ANCHOR, TREND_CHART_TITLE } from './dashboard-trend';
import { quotedSheet } from './package/defined-names';
import type { WorkbookStructure } from './package/workbook-structure';
import type { XlsxPackage } from './package/xlsx-package';
import { addNativeChart, escapeXml } from './package/native-chart';

/** One colour per quadrant, the important ones in strong tones; the share in green. */
const COLOURS: Record<keyof typeof TREND.quadrantColumns, string> = {
  'I+U+': 'C00000',
  'I+U-': '2E75B6',
  'I-U+': 'ED7D31',
  'I-U-': 'A5A5A5',
};
export const SHARE_COLOUR = '00B050';

function chartXml(language: Language): string {
  const sheet = quotedSheet(DASHBOARD_SHEET[language]);
  const first = TREND.firstRow;
  const last = TREND.firstRow + TREND.weeks - 1;
  const range = (column: string) => escapeXml(`${sheet}!$${column}$${first}:$${column}$${last}`);
  const headerCell = (column: string) => escapeXml(`${sheet}!$${column}$${TREND.headerRow}`);
  const categories = `<c:cat><c:strRef><c:f>${range(TREND.weekColumn)}</c:f></c:strRef></c:cat>`;
  const fill = (colour: string) => `<a:solidFill><a:srgbClr val="${colour}"/></a:solidFill>`;
  const series = (index: number, column: string, shape: string) =>
    `<c:ser><c:idx val="${index}"/><c:order val="${index}"/>` +
    `<c:tx><c:strRef><c:f>${headerCell(column)}</c:f></c:strRef></c:tx>${shape}` +
    `${categories}<c:val><c:numRef><c:f>${range(column)}</c:f></c:numRef></c:val>`;
  // Important quadrants at the bottom of each column, where the eye compares them.
  const stacked = (['I+U+', 'I+U-', 'I-U+', 'I-U-'] as const)
    .map(
      (quadrant, i) =>
        `${series(i, TREND.quadrantColumns[quadrant], `<c:spPr>${fill(COLOURS[quadrant])}</c:spPr><c:invertIfNegative val="0"/>`)}</c:ser>`,
    )
    .join('');
  const line =
    series(
      4,
      TREND.shareColumn,
      `<c:spPr><a:ln w="28575">${fill(SHARE_COLOUR)}</a:ln></c:spPr>` +
        `<c:marker><c:symbol val="circle"/><c:size val="6"/><c:spPr>${fill(SHARE_COLOUR)}</c:spPr></c:marker>`,
    ) + '<c:smooth val="0"/></c:ser>';
  const axis = (
    kind: 'catAx' | 'valAx',
    id: number,
    cross: number,
    position: 'b' | 'l' | 'r',
    inner: { deleted?: boolean; bounds?: string; body: string; tail: string },
  ) =>
    `<c:${kind}><c:axId val="${id}"/><c:scaling><c:orientation val="minMax"/>${inner.bounds ?? ''}</c:scaling>` +
    `<c:delete val="${inner.deleted === true ? 1 : 0}"/><c:axPos val="${position}"/>${inner.body}` +
    `<c:crossAx val="${cross}"/>${inner.tail}</c:${kind}>`;
  const categoryTail =
    '<c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/>';
  const axes =
    axis('catAx', 1, 2, 'b', {
      body: '<c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="nextTo"/>',
      tail: categoryTail,
    }) +
    axis('valAx', 2, 1, 'l', {
      body: '<c:majorGridlines/><c:numFmt formatCode="0" sourceLinked="0"/><c:tickLblPos val="nextTo"/>',
      tail: '<c:crosses val="autoZero"/><c:crossBetween val="between"/>',
    }) +
    // The share's own axes: categories hidden (the bars' show), values 0–100 % on the right.
    axis('catAx', 3, 4, 'b', {
      deleted: true,
      body: '<c:tickLblPos val="none"/>',
      tail: categoryTail,
    }) +
    axis('valAx', 4, 3, 'r', {
      bounds: '<c:max val="1"/><c:min val="0"/>',
      body: '<c:numFmt formatCode="0%" sourceLinked="0"/><c:tickLblPos val="nextTo"/>',
      tail: '<c:crosses val="max"/><c:crossBetween val="between"/>',
    });
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<c:roundedCorners val="0"/><c:chart>' +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="${language}" sz="1200" b="1"/><a:t>${escapeXml(TREND_CHART_TITLE[language])}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    '<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>' +
    `<c:barChart><c:barDir val="col"/><c:grouping val="stacked"/><c:varyColors val="0"/>${stacked}<c:gapWidth val="60"/><c:overlap val="100"/><c:axId val="1"/><c:axId val="2"/></c:barChart>` +
    `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${line}<c:marker val="1"/><c:axId val="3"/><c:axId val="4"/></c:lineChart>` +
    axes +
    '</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>' +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>'
  );
}

/** Adds the native trend chart to a new workbook's dashboard. */
export async function addTrendChart(
  pkg: XlsxPackage,
  structure: WorkbookStructure,
  language: Language,
): Promise<void> {
  const dashboard = structure.sheets.find((s) => s.name === DASHBOARD_SHEET[language]);
  if (dashboard === undefined) return;
  await addNativeChart(pkg, dashboard.part, {
    name: 'centaureTrend',
    chartXml: chartXml(language),
    anchor: TREND_CHART_ANCHOR,
  });
}
