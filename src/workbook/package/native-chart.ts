import { insertInSchemaOrder } from './schema-order';
import type { XlsxPackage } from './xlsx-package';
import { element, parseXml, sameNamespace } from './xml';

export const RELATIONSHIPS_NS =
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CHART_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const DRAWING_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.drawing+xml';

/** Children of `<worksheet>` in schema order, from `drawing` on (earlier ones come before it). */
const WORKSHEET_TAIL_ORDER = [
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];

/** Where a chart sits on its sheet: 0-based column and row of its corners. */
export interface ChartAnchor {
  readonly fromColumn: number;
  readonly fromRow: number;
  readonly toColumn: number;
  readonly toRow: number;
}

export interface NativeChart {
  /** Names the chart and drawing parts (`xl/charts/<name>.xml`, `xl/drawings/<name>.xml`). */
  readonly name: string;
  /** The `<c:chartSpace>` document. */
  readonly chartXml: string;
  readonly anchor: ChartAnchor;
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function drawingXml(chartRelationship: string, { anchor, name }: NativeChart): string {
  const marker = (tag: string, column: number, row: number) =>
    `<xdr:${tag}><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
    `<xdr:twoCellAnchor editAs="oneCell">${marker('from', anchor.fromColumn, anchor.fromRow)}${marker('to', anchor.toColumn, anchor.toRow)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="${escapeXml(name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
    `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${RELATIONSHIPS_NS}" r:id="${chartRelationship}"/>` +
    '</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>'
  );
}

/**
 * Adds a native chart to a sheet of a new workbook: exceljs writes no charts, so the chart
 * and its drawing are written as parts of the package, which Excel and LibreOffice both read
 * and keep.
 */
export async function addNativeChart(
  pkg: XlsxPackage,
  sheetPart: string,
  chart: NativeChart,
): Promise<void> {
  const chartPart = `xl/charts/${chart.name}.xml`;
  const drawingPart = `xl/drawings/${chart.name}.xml`;
  pkg.put(chartPart, parseXml(chart.chartXml));
  await pkg.declareContentType(chartPart, CHART_CONTENT_TYPE);
  const chartRelationship = await pkg.addRelationship(
    drawingPart,
    `${RELATIONSHIPS_NS}/chart`,
    chartPart,
  );
  pkg.put(drawingPart, parseXml(drawingXml(chartRelationship, chart)));
  await pkg.declareContentType(drawingPart, DRAWING_CONTENT_TYPE);
  const drawingRelationship = await pkg.addRelationship(
    sheetPart,
    `${RELATIONSHIPS_NS}/drawing`,
    drawingPart,
  );
  const sheet = await pkg.xml(sheetPart);
  insertInSchemaOrder(
    sheet,
    element(sameNamespace(sheet, 'drawing'), {
      'xmlns:r': RELATIONSHIPS_NS,
      'r:id': drawingRelationship,
    }),
    WORKSHEET_TAIL_ORDER,
  );
  pkg.touch(sheetPart);
}
