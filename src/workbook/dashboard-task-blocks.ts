import type { Color, DataBarRuleType } from 'exceljs';
import type { Language } from '../core/errors';
import { MIN_WEEKS_PER_SIDE } from '../core/measured-gain';
import { dashboardLabel, type DashboardLabel } from './dashboard-labels';
import { CATALOG, WEEKLY_TASKS } from './layout';
import type { SheetWriter } from './sheet-writer';
import { DATE, HOURS, NOTE_COLOUR } from './sheet-writer';
import { tableColumn } from './structured-reference';

/** Rows of the per-task blocks: enough for any real catalog; a note says when a week has more. */
const TASK_SLOTS = 30;
const FIRST_SLOT_ROW = 16;
const LAST_SLOT_ROW = FIRST_SLOT_ROW + TASK_SLOTS - 1;
const SELECTED_WEEK = '$B$3';

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
 * Planned against actual per task (A:G from row 14): the chosen week's rows of WeeklyTasks,
 * found with SMALL/IF array formulas in the hidden column H (which Excel and LibreOffice both
 * evaluate), and a note under the block when the week has more tasks than it shows.
 */
export function drawTaskBlock(w: SheetWriter, language: Language): void {
  const label = (key: DashboardLabel) => dashboardLabel(key, language);
  const wt = (key: string) => tableColumn(WEEKLY_TASKS, key, language);
  const sel = SELECTED_WEEK;
  w.value('A14', label('tasks')).font = { bold: true, size: 13 };
  w.headers(
    15,
    ['A', 'B', 'C', 'D', 'E', 'F', 'G'],
    (['code', 'task', 'quadrant', 'planned', 'actual', 'delta', 'events'] as const).map(label),
  );
  for (let k = 1; k <= TASK_SLOTS; k += 1) {
    const r = FIRST_SLOT_ROW + k - 1;
    const rowOfWeek = `ROW(${wt('week')})-MIN(ROW(${wt('week')}))+1`;
    w.formula(
      `H${r}`,
      `IFERROR(SMALL(IF(${wt('week')}=${sel},${rowOfWeek}),${k}),"")`,
      undefined,
      true,
    );
    const pick = (key: string) => `IF($H${r}="","",INDEX(${wt(key)},$H${r}))`;
    const sum = (key: string) =>
      `IF($A${r}="","",SUMIFS(${wt(key)},${wt('week')},${sel},${wt('code')},$A${r}))`;
    w.formula(`A${r}`, pick('code'));
    w.formula(`B${r}`, pick('task'));
    w.formula(`C${r}`, pick('quadrant'));
    w.formula(`D${r}`, sum('planned'), HOURS);
    w.formula(`E${r}`, sum('actual'), HOURS);
    w.formula(`F${r}`, sum('delta'), HOURS);
    w.formula(`G${r}`, sum('events'), '0');
  }
  w.formula(
    `A${LAST_SLOT_ROW + 1}`,
    `IF(COUNTIFS(${wt('week')},${sel})>${TASK_SLOTS},"${label('more')}","")`,
  ).font = {
    italic: true,
  };
}

/**
 * Step 5, did AI save time (J:S from row 14): the Catalog tasks with an "AI since" date, found
 * in the hidden column T, and their average weekly hours before and after it with the
 * definitions and roundings of `measuredGains` in src/core/measured-gain (a week counts as
 * "after" when it starts on or after the date; below {@link MIN_WEEKS_PER_SIDE} weeks on a
 * side, no figure but a note). Says where to set a date while no task has one.
 */
export function drawAiBlock(w: SheetWriter, language: Language): void {
  const label = (key: DashboardLabel) => dashboardLabel(key, language);
  const wt = (key: string) => tableColumn(WEEKLY_TASKS, key, language);
  const cat = (key: string) => tableColumn(CATALOG, key, language);
  const note = () => ({ italic: true, color: { ...NOTE_COLOUR } });
  w.value('J14', label('ai')).font = { bold: true, size: 13 };
  w.formula('M14', `IF(SUMPRODUCT(--(${cat('aiSince')}<>""))=0,"${label('noAiDate')}","")`).font =
    note();
  w.headers(
    15,
    ['J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S'],
    (
      [
        'code',
        'task',
        'aiSince',
        'before',
        'after',
        'change',
        'changeShare',
        'weeksBefore',
        'weeksAfter',
        'status',
      ] as const
    ).map(label),
  );
  for (let k = 1; k <= TASK_SLOTS; k += 1) {
    const r = FIRST_SLOT_ROW + k - 1;
    const rowOfCatalog = `ROW(${cat('code')})-MIN(ROW(${cat('code')}))+1`;
    w.formula(
      `T${r}`,
      `IFERROR(SMALL(IF(${cat('aiSince')}<>"",${rowOfCatalog}),${k}),"")`,
      undefined,
      true,
    );
    const pickAi = (key: string) => `IF($T${r}="","",INDEX(${cat(key)},$T${r}))`;
    w.formula(`J${r}`, pickAi('code'));
    w.formula(`K${r}`, pickAi('task'));
    w.formula(`L${r}`, pickAi('aiSince'), DATE);
    const when = (op: string) => `${wt('code')},$J${r},${wt('weekStart')},"${op}"&$L${r}`;
    const enough = `AND($Q${r}>=${MIN_WEEKS_PER_SIDE},$R${r}>=${MIN_WEEKS_PER_SIDE})`;
    const averageOf = (op: string) =>
      `IF($J${r}="","",IF(${enough},ROUND(AVERAGEIFS(${wt('actual')},${when(op)}),2),""))`;
    w.formula(`M${r}`, averageOf('<'), HOURS);
    w.formula(`N${r}`, averageOf('>='), HOURS);
    w.formula(`O${r}`, `IF(OR($M${r}="",$N${r}=""),"",ROUND($N${r}-$M${r},2))`, HOURS);
    w.formula(`P${r}`, `IF($O${r}="","",IF($M${r}=0,"",ROUND($O${r}/$M${r},3)))`, '0.0%');
    w.formula(`Q${r}`, `IF($J${r}="","",COUNTIFS(${when('<')}))`, '0');
    w.formula(`R${r}`, `IF($J${r}="","",COUNTIFS(${when('>=')}))`, '0');
    w.formula(`S${r}`, `IF($J${r}="","",IF(${enough},"","${label('notEnough')}"))`).font = note();
  }
}

/** Data bars on the hours of both blocks. */
export function drawTaskBars(w: SheetWriter): void {
  // Planned and actual share one rule, hence one scale: the bars compare across both columns.
  w.sheet.addConditionalFormatting({
    ref: `D${FIRST_SLOT_ROW}:E${LAST_SLOT_ROW}`,
    rules: [dataBar(1, 'FF5B9BD5')],
  });
  w.sheet.addConditionalFormatting({
    ref: `M${FIRST_SLOT_ROW}:N${LAST_SLOT_ROW}`,
    rules: [dataBar(2, 'FF70AD47')],
  });
}
