import type { Worksheet } from 'exceljs';
import { QUADRANTS } from '../core/catalog';
import type { Language, LocalizedMessage } from '../core/errors';
import { DASHBOARD_WORDS } from './dashboard-labels';
import { DATE, drawWeekHeading, HOURS, SHARE, sheetWriter } from './sheet-writer';
import { columnLetters } from './package/cell-address';
import { quotedSheet } from './package/defined-names';
import { tableColumn } from './structured-reference';
import { TEAM_LAYOUT_PREFIX, TEAM_LAYOUT_VERSION, TEAM_WEEKLY } from './team-layout';

/** Members the dashboard lists; a note says when the team has more. */
export const MEMBER_SLOTS = 60;
/** Weeks of the important-share chart, the chosen week last. */
export const WEEKS_SHOWN = 12;
const TASK_SLOTS = 30;

export const TEAM_SELECTOR_CELL = 'B3';
export const FIRST_MEMBER_ROW = 10;
export const FIRST_TASK_ROW = 74;
/** Where the important share per week is listed (week, share), the chart's data. */
export const SHARE_BY_WEEK_COLUMNS = ['H', 'I'] as const;
export const TEAM_LAYOUT_CELL = 'A1';

// Workings sheet: member ids from row 3 (row 2 stays blank: the lists below look up
// the cells above them), weeks across from column C.
const FIRST_WORKING_ROW = 3;
const LATEST_COLUMN = 3; // C: latest push time of each member, one column per week
const IMPORTANT_COLUMN = 16; // P: I+U+ and I+U- hours of that push
const TAGGED_COLUMN = 29; // AC: tagged hours of that push
const TASK_CODE_COLUMN = 'AP';
const SHARE_ROW = 64;

const LABELS = {
  ...DASHBOARD_WORDS,
  title: { fr: 'Centaure — tableau de bord de l’équipe', en: 'Centaure — team dashboard' },
  hint: {
    fr: 'Tapez une semaine en B3 (par exemple 2026-W47) : tout se recalcule. Pour chaque membre, seul son dernier envoi de la semaine compte.',
    en: 'Type a week in B3 (for example 2026-W47): everything recalculates. For each member, only their latest push of the week counts.',
  },
  pushed: { fr: 'Membres ayant envoyé', en: 'Members who pushed' },
  notPushed: { fr: 'Membres sans envoi', en: 'Members not pushed' },
  perMember: { fr: 'Par membre', en: 'Per member' },
  member: { fr: 'Membre', en: 'Member' },
  sent: { fr: 'Envoyé', en: 'Pushed' },
  updatedAt: { fr: 'Mis à jour (UTC)', en: 'Updated at (UTC)' },
  yes: { fr: 'oui', en: 'yes' },
  no: { fr: 'non', en: 'no' },
  waiting: { fr: 'Pas encore envoyé', en: 'Not pushed yet' },
  more: {
    fr: `Seuls les ${MEMBER_SLOTS} premiers membres sont affichés : voir la feuille des semaines de l’équipe.`,
    en: `Only the first ${MEMBER_SLOTS} members are shown: see the team weeks sheet.`,
  },
  tasks: {
    fr: 'Prévu / réel par tâche, équipe entière',
    en: 'Planned vs actual per task, whole team',
  },
  byWeek: {
    fr: 'Part importante de l’équipe, semaine par semaine',
    en: 'Team important share, week by week',
  },
} satisfies Record<string, LocalizedMessage>;

const DATE_TIME = 'yyyy-mm-dd hh:mm';

export function teamDashboardLabel(key: keyof typeof LABELS, language: Language): string {
  return LABELS[key][language];
}

/**
 * The hidden workings: the team roster (every member who ever pushed), the twelve weeks
 * of the chart, and for each member and week the time of their latest push and its
 * important and tagged hours. Every dashboard figure reads a member's rows through
 * that latest time, so superseded pushes, left in the table, never count.
 */
export function drawTeamWorkings(
  sheet: Worksheet,
  dashboardSheet: string,
  language: Language,
): void {
  const t = (key: string) => tableColumn(TEAM_WEEKLY, key, language);
  const sel = `${quotedSheet(dashboardSheet)}!$${TEAM_SELECTOR_CELL[0]}$${TEAM_SELECTOR_CELL.slice(1)}`;
  const { value, formula } = sheetWriter(sheet);
  value(TEAM_LAYOUT_CELL, `${TEAM_LAYOUT_PREFIX}${TEAM_LAYOUT_VERSION}`);
  const year = `VALUE(LEFT(${sel},4))`;
  const jan4 = `DATE(${year},1,4)`;
  formula('B1', `IFERROR(${jan4}-WEEKDAY(${jan4},3)+7*(VALUE(MID(${sel},7,2))-1),"")`);
  const lastRow = FIRST_WORKING_ROW + MEMBER_SLOTS - 1;
  const rowIndex = `ROW(${t('memberId')})-MIN(ROW(${t('memberId')}))+1`;

  for (let j = 0; j < WEEKS_SHOWN; j += 1) {
    const monday = `($B$1-${7 * (WEEKS_SHOWN - 1 - j)})`;
    formula(
      `${columnLetters(LATEST_COLUMN + j)}2`,
      `IF($B$1="","",YEAR(${monday}+3)&"-W"&TEXT(WEEKNUM(${monday}+3,21),"00"))`,
    );
  }
  for (let r = FIRST_WORKING_ROW; r <= lastRow; r += 1) {
    formula(
      `A${r}`,
      `IFERROR(INDEX(${t('memberId')},SMALL(IF(${t('memberId')}<>"",IF(ISNA(MATCH(${t('memberId')},$A$2:A${r - 1},0)),${rowIndex})),1)),"")`,
      undefined,
      true,
    );
    formula(`B${r}`, `IF(A${r}="","",INDEX(${t('member')},MATCH(A${r},${t('memberId')},0)))`);
    for (let j = 0; j < WEEKS_SHOWN; j += 1) {
      const latest = `${columnLetters(LATEST_COLUMN + j)}${r}`;
      const week = `${columnLetters(LATEST_COLUMN + j)}$2`;
      formula(
        latest,
        `IF($A${r}="",0,MAX(IF(${t('week')}=${week},IF(${t('memberId')}=$A${r},${t('updatedAt')}))))`,
        undefined,
        true,
      );
      const pushRows = `${t('week')},${week},${t('memberId')},$A${r},${t('updatedAt')},${latest}`;
      formula(
        `${columnLetters(IMPORTANT_COLUMN + j)}${r}`,
        `IF(${latest}=0,0,SUMIFS(${t('actual')},${pushRows},${t('quadrant')},"I+U+")+SUMIFS(${t('actual')},${pushRows},${t('quadrant')},"I+U-"))`,
      );
      formula(
        `${columnLetters(TAGGED_COLUMN + j)}${r}`,
        `IF(${latest}=0,0,SUMIFS(${t('actual')},${pushRows}))`,
      );
    }
  }
  for (let j = 0; j < WEEKS_SHOWN; j += 1) {
    const important = columnLetters(IMPORTANT_COLUMN + j);
    const tagged = columnLetters(TAGGED_COLUMN + j);
    const sum = (c: string) => `SUM(${c}${FIRST_WORKING_ROW}:${c}${lastRow})`;
    formula(
      `${columnLetters(LATEST_COLUMN + j)}${SHARE_ROW}`,
      `IF(${sum(tagged)}=0,"",${sum(important)}/${sum(tagged)})`,
      SHARE,
    );
  }
  const codes = TASK_CODE_COLUMN;
  for (let k = 1; k <= TASK_SLOTS; k += 1) {
    const r = FIRST_WORKING_ROW + k - 1;
    formula(
      `${codes}${r}`,
      `IFERROR(INDEX(${t('code')},SMALL(IF(${t('week')}=${sel},IF(ISNA(MATCH(${t('code')},${codes}$2:${codes}${r - 1},0)),${rowIndex})),1)),"")`,
      undefined,
      true,
    );
  }
}

/**
 * The team dashboard for the week typed in B3: members who pushed it and who has not,
 * hours and shares per member and quadrant, team totals, planned vs actual per task
 * across the team, and the important share of the twelve weeks up to it.
 */
export function drawTeamDashboard(
  sheet: Worksheet,
  workingsSheet: string,
  language: Language,
  selectedWeek: string,
): void {
  const label = (key: keyof typeof LABELS) => LABELS[key][language];
  const t = (key: string) => tableColumn(TEAM_WEEKLY, key, language);
  const w = (address: string) => `${quotedSheet(workingsSheet)}!${address}`;
  const sel = '$B$3';
  const writer = sheetWriter(sheet);
  const { value, formula } = writer;
  const headerRow = (row: number, firstColumn: number, labels: string[]) =>
    writer.headers(
      row,
      labels.map((_, i) => columnLetters(firstColumn + i)),
      labels,
    );

  const words = {
    title: label('title'),
    hint: label('hint'),
    week: label('week'),
    weekStart: label('weekStart'),
  };
  drawWeekHeading(writer, words, TEAM_SELECTOR_CELL, selectedWeek);
  formula('D3', w('$B$1'), DATE);

  const quadrantHeaders = QUADRANTS.map((q) => `${q} h`);
  headerRow(5, 1, [
    label('pushed'),
    label('notPushed'),
    label('tagged'),
    ...quadrantHeaders,
    label('important'),
  ]);
  const first = FIRST_MEMBER_ROW;
  const last = FIRST_MEMBER_ROW + MEMBER_SLOTS - 1;
  formula('A6', `COUNTIF(B${first}:B${last},"${label('yes')}")`, '0');
  formula('B6', `COUNTIF(B${first}:B${last},"${label('no')}")`, '0');
  // Member columns of each quadrant's hours: D, F, H, J (a share column after each).
  const memberHours = ['D', 'F', 'H', 'J'];
  formula('C6', `SUM(C${first}:C${last})`, HOURS);
  QUADRANTS.forEach((_, i) => {
    const teamColumn = columnLetters(4 + i);
    formula(`${teamColumn}6`, `SUM(${memberHours[i]}${first}:${memberHours[i]}${last})`, HOURS);
    formula(`${teamColumn}7`, `IF($C$6=0,0,${teamColumn}6/$C$6)`, SHARE);
  });
  value('C7', label('share')).font = { italic: true };
  formula('H6', `IF(C6=0,0,(D6+F6)/C6)`, SHARE);
  for (const cell of ['A6', 'B6', 'C6', 'D6', 'E6', 'F6', 'G6', 'H6'])
    sheet.getCell(cell).font = { bold: true, size: 13 };

  value('A8', label('perMember')).font = { bold: true, size: 13 };
  headerRow(9, 1, [
    label('member'),
    label('sent'),
    label('tagged'),
    ...QUADRANTS.flatMap((q) => [`${q} h`, label('share')]),
    label('important'),
    label('updatedAt'),
  ]);
  headerRow(9, 15, [label('waiting')]);
  for (let k = 0; k < MEMBER_SLOTS; k += 1) {
    const r = first + k;
    const wr = FIRST_WORKING_ROW + k;
    const latest = w(`$${columnLetters(LATEST_COLUMN + WEEKS_SHOWN - 1)}$${wr}`);
    formula(`A${r}`, `IF(${w(`$B$${wr}`)}="","",${w(`$B$${wr}`)})`);
    formula(`B${r}`, `IF($A${r}="","",IF(${latest}>0,"${label('yes')}","${label('no')}"))`);
    QUADRANTS.forEach((q, i) => {
      const hours = memberHours[i];
      const share = columnLetters(5 + 2 * i);
      formula(
        `${hours}${r}`,
        `IF(${latest}=0,"",SUMIFS(${t('actual')},${t('week')},${sel},${t('memberId')},${w(`$A$${wr}`)},${t('updatedAt')},${latest},${t('quadrant')},"${q}"))`,
        HOURS,
      );
      formula(`${share}${r}`, `IF(${hours}${r}="","",IF($C${r}=0,0,${hours}${r}/$C${r}))`, SHARE);
    });
    formula(`C${r}`, `IF(D${r}="","",D${r}+F${r}+H${r}+J${r})`, HOURS);
    formula(`L${r}`, `IF(C${r}="","",IF(C${r}=0,0,(D${r}+H${r})/C${r}))`, SHARE);
    formula(`M${r}`, `IF(C${r}="","",${latest})`, DATE_TIME);
    formula(
      `O${r}`,
      `IFERROR(INDEX($A$${first}:$A$${last},SMALL(IF($B$${first}:$B$${last}="${label('no')}",ROW($B$${first}:$B$${last})-${first - 1}),${k + 1})),"")`,
      undefined,
      true,
    );
  }
  formula(
    `A${last + 1}`,
    `IF(${w(`$A$${FIRST_WORKING_ROW + MEMBER_SLOTS - 1}`)}="","","${label('more')}")`,
  ).font = {
    italic: true,
  };

  const taskTitleRow = FIRST_TASK_ROW - 2;
  value(`A${taskTitleRow}`, label('tasks')).font = { bold: true, size: 13 };
  headerRow(FIRST_TASK_ROW - 1, 1, [
    label('code'),
    label('task'),
    label('quadrant'),
    label('planned'),
    label('actual'),
    label('delta'),
  ]);
  const members = w(`$A$${FIRST_WORKING_ROW}:$A$${FIRST_WORKING_ROW + MEMBER_SLOTS - 1}`);
  const latestOfSelected = w(
    `$${columnLetters(LATEST_COLUMN + WEEKS_SHOWN - 1)}$${FIRST_WORKING_ROW}:$${columnLetters(LATEST_COLUMN + WEEKS_SHOWN - 1)}$${FIRST_WORKING_ROW + MEMBER_SLOTS - 1}`,
  );
  for (let k = 0; k < TASK_SLOTS; k += 1) {
    const r = FIRST_TASK_ROW + k;
    formula(
      `A${r}`,
      `IF(${w(`$${TASK_CODE_COLUMN}$${FIRST_WORKING_ROW + k}`)}="","",${w(`$${TASK_CODE_COLUMN}$${FIRST_WORKING_ROW + k}`)})`,
    );
    const pick = (key: string) => `IF($A${r}="","",INDEX(${t(key)},MATCH($A${r},${t('code')},0)))`;
    formula(`B${r}`, pick('task'));
    formula(`C${r}`, pick('quadrant'));
    // Each member's latest push of the week: one SUMIFS per member, summed.
    const teamSum = (key: string) =>
      `IF($A${r}="","",SUMPRODUCT(SUMIFS(${t(key)},${t('week')},${sel},${t('code')},$A${r},${t('memberId')},${members},${t('updatedAt')},${latestOfSelected})))`;
    formula(`D${r}`, teamSum('planned'), HOURS);
    formula(`E${r}`, teamSum('actual'), HOURS);
    formula(`F${r}`, `IF($A${r}="","",E${r}-D${r})`, HOURS);
  }

  const [weekColumn, shareColumn] = SHARE_BY_WEEK_COLUMNS;
  value(`${weekColumn}${taskTitleRow}`, label('byWeek')).font = { bold: true, size: 13 };
  headerRow(FIRST_TASK_ROW - 1, 8, [label('week'), label('important')]);
  for (let j = 0; j < WEEKS_SHOWN; j += 1) {
    const r = FIRST_TASK_ROW + j;
    const column = columnLetters(LATEST_COLUMN + j);
    formula(`${weekColumn}${r}`, w(`${column}$2`));
    formula(`${shareColumn}${r}`, w(`${column}$${SHARE_ROW}`), SHARE);
  }

  const widths: Record<string, number> = {
    A: 26,
    B: 40,
    C: 12,
    D: 11,
    E: 10,
    F: 10,
    G: 10,
    H: 12,
    I: 14,
    J: 10,
    K: 8,
    L: 14,
    M: 17,
    N: 3,
    O: 26,
  };
  for (const [column, width] of Object.entries(widths)) sheet.getColumn(column).width = width;
  sheet.getRow(5).height = 30;
  sheet.views = [{ state: 'frozen', ySplit: 3, xSplit: 0 }];
}
