import type { CellFormulaValue, Color, DataBarRuleType, Worksheet } from 'exceljs';
import type { Language, LocalizedMessage } from '../core/errors';
import { CATALOG, WEEKLY_QUADRANTS, WEEKLY_TASKS } from './layout';
import { MIN_WEEKS_PER_SIDE } from '../core/measured-gain';
import { tableColumn } from './structured-reference';

/** Rows of the per-task blocks: enough for any real catalog; a note says when a week has more. */
const TASK_SLOTS = 30;

export const DASHBOARD_SHEET: LocalizedMessage = { fr: 'Tableau de bord', en: 'Dashboard' };
/** The week selector's cell; the defined name {@link WEEK_SELECTOR_NAME} points at it. */
export const SELECTOR_CELL = 'B3';
const FIRST_SLOT_ROW = 16;

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

/** Words both dashboards use (the tracking one and the team one). */
export const DASHBOARD_WORDS = {
  week: { fr: 'Semaine', en: 'Week' },
  weekStart: { fr: 'Début', en: 'Starts' },
  tagged: { fr: 'Étiqueté h', en: 'Tagged h' },
  important: { fr: 'Part importante', en: 'Important share' },
  share: { fr: 'Part', en: 'Share' },
  code: { fr: 'Code', en: 'Code' },
  task: { fr: 'Tâche', en: 'Task' },
  quadrant: { fr: 'Quadrant', en: 'Quadrant' },
  planned: { fr: 'Prévu h', en: 'Planned h' },
  actual: { fr: 'Réel h', en: 'Actual h' },
  delta: { fr: 'Écart h', en: 'Delta h' },
} satisfies Record<string, LocalizedMessage>;

const LABELS = {
  ...DASHBOARD_WORDS,
  title: { fr: 'Centaure — tableau de bord', en: 'Centaure — dashboard' },
  hint: {
    fr: 'Choisissez une semaine dans la liste (cellule B3) : tout le tableau de bord se recalcule.',
    en: 'Pick a week from the list (cell B3): the whole dashboard recalculates.',
  },
  counted: { fr: 'Compté h', en: 'Counted h' },
  untagged: { fr: 'Non étiqueté h', en: 'Untagged h' },
  overlap: { fr: 'Chevauchement h', en: 'Overlap h' },
  grid: { fr: 'Matrice importance / urgence', en: 'Importance / urgency grid' },
  urgent: { fr: 'Urgent (U+)', en: 'Urgent (U+)' },
  notUrgent: { fr: 'Non urgent (U-)', en: 'Not urgent (U-)' },
  importantRow: { fr: 'Important (I+)', en: 'Important (I+)' },
  notImportantRow: { fr: 'Non important (I-)', en: 'Not important (I-)' },
  hours: { fr: 'Heures', en: 'Hours' },
  tasks: { fr: 'Prévu / réel par tâche', en: 'Planned vs actual per task' },
  events: { fr: 'Événements', en: 'Events' },
  ai: {
    fr: 'IA : heures moyennes par semaine, avant / après',
    en: 'AI: average weekly hours, before / after',
  },
  aiSince: { fr: 'IA depuis', en: 'AI since' },
  noAiDate: {
    fr: 'Aucune tâche n’a encore de date « IA depuis » : renseignez-la dans le fichier catalogue (--catalog), que la feuille Catalogue recopie à chaque semaine, pour comparer avant et après.',
    en: 'No task has an “AI since” date yet: set one in the catalog file (--catalog), which the Catalog sheet copies with every week, to compare before and after.',
  },
  before: { fr: 'Avant h/sem', en: 'Before h/wk' },
  after: { fr: 'Après h/sem', en: 'After h/wk' },
  change: { fr: 'Variation h', en: 'Change h' },
  changeShare: { fr: 'Variation %', en: 'Change %' },
  status: { fr: 'Mesure', en: 'Measure' },
  notEnough: {
    fr: `pas encore assez de semaines (${MIN_WEEKS_PER_SIDE} de chaque côté)`,
    en: `not enough weeks yet (${MIN_WEEKS_PER_SIDE} on each side)`,
  },
  weeksBefore: { fr: 'Semaines avant', en: 'Weeks before' },
  weeksAfter: { fr: 'Semaines après', en: 'Weeks after' },
  trend: { fr: '12 dernières semaines du classeur', en: 'Last 12 weeks of the workbook' },
  trendChart: {
    fr: 'Heures par quadrant et part importante, 12 dernières semaines',
    en: 'Hours per quadrant and important share, last 12 weeks',
  },
  more: {
    fr: 'Cette semaine compte plus de tâches que le tableau de bord n’en affiche : voir la feuille des tâches.',
    en: 'This week has more tasks than the dashboard shows: see the weekly tasks sheet.',
  },
} satisfies Record<string, LocalizedMessage>;

export const HOURS = '0.00';
export const SHARE = '0%';
export const DATE = 'mm-dd-yy'; // exceljs's name for built-in format 14, the locale's short date
export const HEADER_FILL = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFDDEBF7' },
} as const;

/** A one-cell array (CSE) formula: exceljs writes it, its types do not declare it. */
export function arrayFormula(
  formula: string,
  address: string,
): CellFormulaValue & { shareType: 'array'; ref: string } {
  return { formula, shareType: 'array', ref: address };
}

/** exceljs writes the bar colour (which the schema requires) but its types omit it. */
function dataBar(priority: number, argb: string): DataBarRuleType & { color: Partial<Color> } {
  return {
    type: 'dataBar',
    priority,
    gradient: false,
    cfvo: [{ type: 'num', value: 0 }, { type: 'max' }],
    color: { argb },
  };
}

/**
 * The dashboard: every figure is a formula over the tables, for the week chosen in B3.
 * Task rows list the chosen week's rows of WeeklyTasks (found with SMALL/IF array
 * formulas, which Excel and LibreOffice both evaluate); the AI block lists the
 * Catalog tasks with an "AI since" date and averages their weekly hours before and
 * after it with the definitions and roundings of `measuredGains` in src/core/measured-gain
 * (a week counts as "after" when it starts on or after the date; below
 * {@link MIN_WEEKS_PER_SIDE} weeks on a side, no figure but a note).
 */
export function drawDashboard(sheet: Worksheet, language: Language, selectedWeek: string): void {
  const label = (key: keyof typeof LABELS) => LABELS[key][language];
  const wt = (key: string) => tableColumn(WEEKLY_TASKS, key, language);
  const wq = (key: string) => tableColumn(WEEKLY_QUADRANTS, key, language);
  const cat = (key: string) => tableColumn(CATALOG, key, language);
  const sel = '$B$3';
  const set = (address: string, value: string | number, numFmt?: string) => {
    const cell = sheet.getCell(address);
    cell.value = value;
    if (numFmt) cell.numFmt = numFmt;
    return cell;
  };
  const formula = (address: string, text: string, numFmt?: string, array = false) => {
    const cell = sheet.getCell(address);
    cell.value = array ? arrayFormula(text, address) : { formula: text };
    if (numFmt) cell.numFmt = numFmt;
    return cell;
  };
  const headerRow = (row: number, columns: string[], labels: string[]) =>
    columns.forEach((column, i) => {
      const cell = set(`${column}${row}`, labels[i]);
      cell.font = { bold: true };
      cell.fill = HEADER_FILL;
      cell.alignment = { wrapText: true, vertical: 'middle' };
    });

  set('A1', label('title')).font = { bold: true, size: 16 };
  set('A2', label('hint')).font = { italic: true, color: { argb: 'FF595959' } };

  set('A3', label('week')).font = { bold: true };
  const selector = set(SELECTOR_CELL, selectedWeek);
  selector.font = { bold: true, size: 12 };
  selector.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
  selector.dataValidation = {
    type: 'list',
    allowBlank: false,
    formulae: ['CentaureWeeks'],
    showErrorMessage: true,
    errorTitle: label('week'),
    error: label('hint'),
  };
  set('C3', label('weekStart'));
  formula('D3', `IFERROR(INDEX(${wq('weekStart')},MATCH(${sel},${wq('week')},0)),"")`, DATE);

  headerRow(
    5,
    ['A', 'B', 'C', 'D', 'E'],
    [label('counted'), label('tagged'), label('untagged'), label('overlap'), label('important')],
  );
  const kpi = (column: string, key: string, numFmt: string) =>
    (formula(`${column}6`, `SUMIFS(${wq(key)},${wq('week')},${sel})`, numFmt).font = {
      bold: true,
      size: 14,
    });
  kpi('A', 'counted', HOURS);
  kpi('B', 'tagged', HOURS);
  kpi('C', 'untagged', HOURS);
  kpi('D', 'overlap', HOURS);
  kpi('E', 'importantShare', SHARE);

  set('A8', label('grid')).font = { bold: true, size: 13 };
  headerRow(9, ['B', 'D'], [label('urgent'), label('notUrgent')]);
  sheet.mergeCells('B9:C9');
  sheet.mergeCells('D9:E9');
  headerRow(
    10,
    ['B', 'C', 'D', 'E'],
    [label('hours'), label('share'), label('hours'), label('share')],
  );
  headerRow(11, ['A'], [label('importantRow')]);
  headerRow(12, ['A'], [label('notImportantRow')]);
  const quadrant = (hoursCell: string, shareCell: string, key: string) => {
    formula(hoursCell, `SUMIFS(${wq(key)},${wq('week')},${sel})`, HOURS).font = { size: 13 };
    formula(shareCell, `IF($B$6=0,0,${hoursCell}/$B$6)`, SHARE);
  };
  quadrant('B11', 'C11', 'I+U+');
  quadrant('D11', 'E11', 'I+U-');
  quadrant('B12', 'C12', 'I-U+');
  quadrant('D12', 'E12', 'I-U-');

  set('A14', label('tasks')).font = { bold: true, size: 13 };
  headerRow(
    15,
    ['A', 'B', 'C', 'D', 'E', 'F', 'G'],
    [
      label('code'),
      label('task'),
      label('quadrant'),
      label('planned'),
      label('actual'),
      label('delta'),
      label('events'),
    ],
  );
  set('J14', label('ai')).font = { bold: true, size: 13 };
  formula('M14', `IF(SUMPRODUCT(--(${cat('aiSince')}<>""))=0,"${label('noAiDate')}","")`).font = {
    italic: true,
    color: { argb: 'FF595959' },
  };
  headerRow(
    15,
    ['J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S'],
    [
      label('code'),
      label('task'),
      label('aiSince'),
      label('before'),
      label('after'),
      label('change'),
      label('changeShare'),
      label('weeksBefore'),
      label('weeksAfter'),
      label('status'),
    ],
  );

  const lastSlot = FIRST_SLOT_ROW + TASK_SLOTS - 1;
  for (let k = 1; k <= TASK_SLOTS; k += 1) {
    const r = FIRST_SLOT_ROW + k - 1;
    const rowOfWeek = `ROW(${wt('week')})-MIN(ROW(${wt('week')}))+1`;
    formula(
      `H${r}`,
      `IFERROR(SMALL(IF(${wt('week')}=${sel},${rowOfWeek}),${k}),"")`,
      undefined,
      true,
    );
    const pick = (key: string) => `IF($H${r}="","",INDEX(${wt(key)},$H${r}))`;
    const sum = (key: string) =>
      `IF($A${r}="","",SUMIFS(${wt(key)},${wt('week')},${sel},${wt('code')},$A${r}))`;
    formula(`A${r}`, pick('code'));
    formula(`B${r}`, pick('task'));
    formula(`C${r}`, pick('quadrant'));
    formula(`D${r}`, sum('planned'), HOURS);
    formula(`E${r}`, sum('actual'), HOURS);
    formula(`F${r}`, sum('delta'), HOURS);
    formula(`G${r}`, sum('events'), '0');

    const rowOfCatalog = `ROW(${cat('code')})-MIN(ROW(${cat('code')}))+1`;
    formula(
      `T${r}`,
      `IFERROR(SMALL(IF(${cat('aiSince')}<>"",${rowOfCatalog}),${k}),"")`,
      undefined,
      true,
    );
    const pickAi = (key: string) => `IF($T${r}="","",INDEX(${cat(key)},$T${r}))`;
    formula(`J${r}`, pickAi('code'));
    formula(`K${r}`, pickAi('task'));
    formula(`L${r}`, pickAi('aiSince'), DATE);
    const when = (op: string) => `${wt('code')},$J${r},${wt('weekStart')},"${op}"&$L${r}`;
    const enough = `AND($Q${r}>=${MIN_WEEKS_PER_SIDE},$R${r}>=${MIN_WEEKS_PER_SIDE})`;
    const averageOf = (op: string) =>
      `IF($J${r}="","",IF(${enough},ROUND(AVERAGEIFS(${wt('actual')},${when(op)}),2),""))`;
    formula(`M${r}`, averageOf('<'), HOURS);
    formula(`N${r}`, averageOf('>='), HOURS);
    formula(`O${r}`, `IF(OR($M${r}="",$N${r}=""),"",ROUND($N${r}-$M${r},2))`, HOURS);
    formula(`P${r}`, `IF($O${r}="","",IF($M${r}=0,"",ROUND($O${r}/$M${r},3)))`, '0.0%');
    formula(`Q${r}`, `IF($J${r}="","",COUNTIFS(${when('<')}))`, '0');
    formula(`R${r}`, `IF($J${r}="","",COUNTIFS(${when('>=')}))`, '0');
    formula(`S${r}`, `IF($J${r}="","",IF(${enough},"","${label('notEnough')}"))`).font = {
      italic: true,
      color: { argb: 'FF595959' },
    };
  }
  formula(
    `A${lastSlot + 1}`,
    `IF(COUNTIFS(${wt('week')},${sel})>${TASK_SLOTS},"${label('more')}","")`,
  ).font = {
    italic: true,
  };

  drawTrendBlock(sheet, language, headerRow);

  // Planned and actual share one rule, hence one scale: the bars compare across both columns.
  sheet.addConditionalFormatting({
    ref: `D${FIRST_SLOT_ROW}:E${lastSlot}`,
    rules: [dataBar(1, 'FF5B9BD5')],
  });
  sheet.addConditionalFormatting({
    ref: `M${FIRST_SLOT_ROW}:N${lastSlot}`,
    rules: [dataBar(2, 'FF70AD47')],
  });

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

/**
 * The last 12 weeks of WeeklyQuadrants (kept in week order by the writer), as formulas, for
 * the trend chart to plot; blank rows while the workbook holds fewer weeks.
 */
function drawTrendBlock(
  sheet: Worksheet,
  language: Language,
  headerRow: (row: number, columns: string[], labels: string[]) => void,
): void {
  const wq = (key: string) => tableColumn(WEEKLY_QUADRANTS, key, language);
  const quadrants = Object.entries(TREND.quadrantColumns);
  sheet.getCell(`${TREND.weekColumn}${TREND.headerRow - 1}`).value = LABELS.trend[language];
  sheet.getCell(`${TREND.weekColumn}${TREND.headerRow - 1}`).font = { bold: true, size: 13 };
  headerRow(
    TREND.headerRow,
    [TREND.weekColumn, ...quadrants.map(([, column]) => column), TREND.shareColumn],
    [
      LABELS.week[language],
      ...quadrants.map(([quadrant]) => `${quadrant} h`),
      LABELS.important[language],
    ],
  );
  for (let k = 1; k <= TREND.weeks; k += 1) {
    const r = TREND.firstRow + k - 1;
    const index = `COUNTA(${wq('week')})-${TREND.weeks - k}`;
    const week = `${TREND.weekColumn}${r}`;
    sheet.getCell(week).value = {
      formula: `IF(${index}<1,"",INDEX(${wq('week')},${index}))`,
    };
    const sum = (key: string) => `IF($${week}="","",SUMIFS(${wq(key)},${wq('week')},$${week}))`;
    for (const [quadrant, column] of quadrants) {
      const cell = sheet.getCell(`${column}${r}`);
      cell.value = { formula: sum(quadrant) };
      cell.numFmt = HOURS;
    }
    const share = sheet.getCell(`${TREND.shareColumn}${r}`);
    share.value = { formula: sum('importantShare') };
    share.numFmt = SHARE;
  }
}

export const TREND_CHART_TITLE = LABELS.trendChart;
