import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Quadrant } from '../../src/core/catalog';
import type { TeamRow } from '../../src/core/team-rows';
import { addTableRows } from '../../src/workbook/table-operations';
import { teamTemplate } from '../../src/workbook/team-template';
import { readTeamRows, teamRowCells } from '../../src/workbook/team-rows';
import { teamWeekGrid } from '../../src/core/team-rows';
import type { DumpedWorkbook } from '../workbook/support/independent-readers';
import {
  dumpWithOpenpyxl,
  recalculateWithLibreOffice,
} from '../workbook/support/independent-readers';

const dir = mkdtempSync(join(tmpdir(), 'centaure-team-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const row = (
  memberId: string,
  week: string,
  code: string,
  quadrant: Quadrant,
  actualHours: number,
  at: string,
): TeamRow => ({
  week,
  member: `Member ${memberId}`,
  memberId,
  code,
  task: `Task ${code}`,
  quadrant,
  plannedHours: 2,
  actualHours,
  deltaHours: actualHours - 2,
  updatedAt: new Date(at),
  pushId: `${memberId}@${at}`,
});

/*
 * Worked by hand, for 2026-W47:
 *   a pushes at 10:00 (MGT 3, MAIL 1), then again at 11:00 (MGT 5, MAIL 1): only 11:00 counts;
 *   b pushes at 10:30 (MGT 2, MAIL 2); c pushed only 2026-W46 (MGT 2, MAIL 6).
 * Members: a 6 h tagged, 5 I+U+ → important share 5/6; b 4 h, 2 I+U+ → 0.5; c not pushed.
 * Team: 10 h tagged, I+U+ 7 (70 %), I-U+ 3 (30 %). Tasks: MGT planned 4 actual 7, MAIL planned 4 actual 3.
 * Important share by week: W46 = 2/8 = 25 %, W47 = 70 %.
 */
let book: DumpedWorkbook;
let template: Uint8Array;
let filled: Uint8Array;

beforeAll(async () => {
  template = await teamTemplate('en', '2026-W47');
  let bytes = template;
  const pushes = [
    [
      row('a', '2026-W47', 'MGT', 'I+U+', 3, '2026-11-20T10:00:00.001Z'),
      row('a', '2026-W47', 'MAIL', 'I-U+', 1, '2026-11-20T10:00:00.001Z'),
    ],
    [
      row('a', '2026-W47', 'MGT', 'I+U+', 5, '2026-11-20T11:00:00.002Z'),
      row('a', '2026-W47', 'MAIL', 'I-U+', 1, '2026-11-20T11:00:00.002Z'),
    ],
    [
      row('b', '2026-W47', 'MGT', 'I+U+', 2, '2026-11-20T10:30:00Z'),
      row('b', '2026-W47', 'MAIL', 'I-U+', 2, '2026-11-20T10:30:00Z'),
    ],
    [
      row('c', '2026-W46', 'MGT', 'I+U+', 2, '2026-11-13T10:30:00Z'),
      row('c', '2026-W46', 'MAIL', 'I-U+', 6, '2026-11-13T10:30:00Z'),
    ],
  ];
  // The order a and a's second push arrive in does not matter: the 11:00 push is appended first.
  for (const push of [pushes[1], pushes[2], pushes[0], pushes[3]])
    bytes = await addTableRows(bytes, 'TeamWeekly', null, push.map(teamRowCells));
  filled = bytes;
  const path = join(dir, 'team.xlsx');
  writeFileSync(path, bytes);
  const [recalculated] = await recalculateWithLibreOffice([path]);
  book = Object.values(await dumpWithOpenpyxl([recalculated], { values: true }))[0];
  writeFileSync(join(dir, 'template.xlsx'), template);
}, 120_000);

const value = (address: string) => book.sheets.Team.cells[address]?.v;

describe('the team dashboard, recalculated by LibreOffice', () => {
  it('shows each member’s latest push of the chosen week, and who has not pushed', () => {
    expect([value('A10'), value('B10'), value('C10'), value('D10'), value('F10')]).toEqual([
      'Member a',
      'yes',
      6,
      5,
      1,
    ]);
    expect(value('L10')).toBeCloseTo(5 / 6, 10);
    expect([value('A11'), value('B11'), value('C11'), value('D11'), value('L11')]).toEqual([
      'Member b',
      'yes',
      4,
      2,
      0.5,
    ]);
    expect([value('A12'), value('B12'), value('C12')]).toEqual(['Member c', 'no', undefined]);
    expect(value('O10')).toBe('Member c');
    expect(value('O11')).toBeUndefined();
  });

  it('totals the team per quadrant, with shares', () => {
    expect([value('A6'), value('B6'), value('C6'), value('D6'), value('E6'), value('H6')]).toEqual([
      2, 1, 10, 7, 3, 0.7,
    ]);
    expect([value('D7'), value('E7')]).toEqual([0.7, 0.3]);
  });

  it('compares planned and actual per task across the team', () => {
    expect([value('A74'), value('D74'), value('E74'), value('F74')]).toEqual(['MGT', 4, 7, 3]);
    expect([value('A75'), value('D75'), value('E75'), value('F75')]).toEqual(['MAIL', 4, 3, -1]);
    expect(value('A76')).toBeUndefined();
  });

  it('lists the important share of the twelve weeks up to the chosen one', () => {
    expect([value('H74'), value('H84'), value('H85')]).toEqual([
      '2026-W36',
      '2026-W46',
      '2026-W47',
    ]);
    expect([value('I84'), value('I85')]).toEqual([0.25, 0.7]);
  });
});

describe('the team workbook template', () => {
  it('has the TeamWeekly table, the layout marker and a native chart over the week list', async () => {
    const [dumped] = Object.values(await dumpWithOpenpyxl([join(dir, 'template.xlsx')]));
    const table = dumped.tables.find((t) => t.name === 'TeamWeekly')!;
    expect(table.columns).toEqual([
      'Week',
      'Member',
      'Member id',
      'Code',
      'Task',
      'Quadrant',
      'Planned h',
      'Actual h',
      'Delta h',
      'Updated at (UTC)',
      'Push id',
    ]);
    expect(dumped.names.CentaureTeamLayout).toBe("'Workings'!$A$1");
    expect(dumped.sheets.Workings.cells.A1.v).toBe('team/1');
    const zip = await JSZip.loadAsync(readFileSync(join(dir, 'template.xlsx')));
    const chart = await zip.file('xl/charts/chart1.xml')!.async('string');
    expect(chart).toContain("<c:f>'Team'!$I$74:$I$85</c:f>");
  });
});

describe('the Manager view’s grid, read from the same workbook', () => {
  it('gives the dashboard’s figures: latest push per member, who has not pushed, team totals', async () => {
    const grid = teamWeekGrid(await readTeamRows(filled), '2026-W47');
    expect(
      grid.members.map((m) => [m.member.displayName, m.taggedHours, m.quadrantHours['I+U+']]),
    ).toEqual([
      ['Member a', 6, 5],
      ['Member b', 4, 2],
    ]);
    expect(grid.members[0].updatedAt.toISOString()).toBe('2026-11-20T11:00:00.002Z');
    expect(grid.notPushed).toEqual([{ id: 'c', displayName: 'Member c' }]);
    expect(grid.team).toEqual({
      quadrantHours: { 'I+U+': 7, 'I-U+': 3, 'I+U-': 0, 'I-U-': 0 },
      taggedHours: 10,
      importantShare: 0.7,
    });
  });
});

describe('a push with a meeting moved to another quadrant, recalculated by LibreOffice', () => {
  /*
   * Worked by hand, for 2026-W47, member d: MAIL (I-U+, 4 h planned) took 2 h, one of them in a
   * meeting moved to I+U+; MGT (I+U+, 2 h planned) took 2 h. Rows: MAIL I-U+ 4/1, MAIL I+U+ 0/1,
   * MGT I+U+ 2/2. Grid: I+U+ 3 h, I-U+ 1 h, tagged 4 h, important share 3/4. Per task: MAIL
   * planned 4, actual 2, delta −2, shown in its own quadrant; MGT 2, 2, 0.
   */
  const moved = (code: string, quadrant: Quadrant, planned: number, actual: number): TeamRow => ({
    ...row('d', '2026-W47', code, quadrant, actual, '2026-11-20T12:00:00Z'),
    plannedHours: planned,
    deltaHours: actual - planned,
  });
  let dumped: DumpedWorkbook;
  beforeAll(async () => {
    const rows = [
      moved('MAIL', 'I-U+', 4, 1),
      moved('MAIL', 'I+U+', 0, 1),
      moved('MGT', 'I+U+', 2, 2),
    ];
    const path = join(dir, 'moved.xlsx');
    writeFileSync(path, await addTableRows(template, 'TeamWeekly', null, rows.map(teamRowCells)));
    const [recalculated] = await recalculateWithLibreOffice([path]);
    dumped = Object.values(await dumpWithOpenpyxl([recalculated], { values: true }))[0];
  }, 120_000);
  const cell = (address: string) => dumped.sheets.Team.cells[address]?.v;

  it('counts the moved hour in its new quadrant, as the member’s own grid does', () => {
    expect([cell('A10'), cell('C10'), cell('D10'), cell('F10'), cell('L10')]).toEqual([
      'Member d',
      4,
      3,
      1,
      0.75,
    ]);
  });

  it('keeps each task whole: its planned and actual hours, in its own quadrant', () => {
    expect([cell('A74'), cell('C74'), cell('D74'), cell('E74'), cell('F74')]).toEqual([
      'MAIL',
      'I-U+',
      4,
      2,
      -2,
    ]);
    expect([cell('A75'), cell('C75'), cell('D75'), cell('E75'), cell('F75')]).toEqual([
      'MGT',
      'I+U+',
      2,
      2,
      0,
    ]);
  });
});
