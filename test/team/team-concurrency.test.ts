import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CATALOG } from '../../src/core/catalog';
import type { TeamRow } from '../../src/core/team-rows';
import type { TeamPushOutcome } from '../../src/usecases/team-push';
import { flushTeamOutbox, pushWeekToTeam } from '../../src/usecases/team-push';
import { createTeamWorkbook } from '../../src/usecases/team-workbook';
import { addTableRows } from '../../src/workbook/table-operations';
import { teamRowCells } from '../../src/workbook/team-rows';
import { teamTemplate } from '../../src/workbook/team-template';
import type { DumpedCell, DumpedWorkbook } from '../workbook/support/independent-readers';
import {
  dumpWithOpenpyxl,
  recalculateWithLibreOffice,
  tableRecords,
} from '../workbook/support/independent-readers';
import type { TeamHarness } from './support/team-harness';
import { memberSummary, startTeam, WEEK } from './support/team-harness';

/*
 * Friday 17:00: 50 members push the same week at once while a tenth of the drive, sharing
 * and Excel requests fail (429 and 503 with Retry-After, Excel's edit-lock 409s, 504s and
 * dropped connections, some after the rows were added). Expected figures by hand: member n
 * spends (n + 3k + shift) mod 5 hours on the k-th catalog task (MAIL, REU, ADM, VEIL, OPE,
 * MGT, STRAT, CRISE); the quadrants are the catalog's.
 */
const MEMBERS = 50;
const RETAGGING = 7;
const dir = mkdtempSync(join(tmpdir(), 'centaure-team-concurrency-'));
let team: TeamHarness;
let link: string;

const hours = (n: number, k: number, shift = 0) => (n + 3 * k + shift) % 5;
const name = (n: number) => `Membre ${String(n).padStart(2, '0')}`;

function expectedQuadrants(n: number, shift = 0): Record<string, number> {
  const totals: Record<string, number> = { 'I+U+': 0, 'I-U+': 0, 'I+U-': 0, 'I-U-': 0 };
  DEFAULT_CATALOG.forEach((task, k) => (totals[task.quadrant] += hours(n, k, shift)));
  return totals;
}

beforeAll(async () => {
  team = await startTeam({ members: MEMBERS, faultRate: 0.1 });
  // The manager's setup is not what this test is about: it runs without faults.
  const faults = team.emulator.faults.list().map((fault) => fault.spec);
  team.emulator.faults.clear();
  link = (await createTeamWorkbook(team.manager, { language: 'en', week: WEEK })).link;
  for (const spec of faults) team.emulator.faults.add(spec);
}, 60_000);
afterAll(async () => {
  await team.emulator.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Every member pushes at once; pushes that went to the outbox are sent at the next open, faults over. */
async function pushAll(shiftOf: (n: number) => number): Promise<TeamPushOutcome[]> {
  const members = Array.from({ length: MEMBERS }, (_, i) => i + 1);
  const outcomes = await Promise.all(
    members.map((n) =>
      pushWeekToTeam(team.member(n), memberSummary(n, shiftOf(n)), { link, language: 'en' }),
    ),
  );
  const faults = team.emulator.faults.list().map((fault) => fault.spec);
  team.emulator.faults.clear();
  for (const n of members) {
    const flushed = await flushTeamOutbox(team.member(n));
    expect(flushed.pending).toEqual([]);
  }
  for (const spec of faults) team.emulator.faults.add(spec);
  return outcomes;
}

function stored(file: string): string {
  const path = join(dir, file);
  writeFileSync(path, team.emulator.drive.getFile('/Centaure/Equipe.xlsx')!);
  return path;
}

type Record_ = Record<string, DumpedCell | undefined>;
const text = (cell: DumpedCell | undefined) => String(cell?.v ?? '');

/** The rows of each member's latest push, by member name then task code, read by openpyxl. */
function currentRows(records: Record_[]): Map<string, Map<string, Record_>> {
  const latest = new Map<string, string>();
  for (const r of records) {
    const at = text(r['Updated at (UTC)']);
    if (at > (latest.get(text(r['Member id'])) ?? '')) latest.set(text(r['Member id']), at);
  }
  const byMember = new Map<string, Map<string, Record_>>();
  for (const r of records) {
    if (text(r['Updated at (UTC)']) !== latest.get(text(r['Member id']))) continue;
    const rows = byMember.get(text(r.Member)) ?? new Map<string, Record_>();
    rows.set(text(r.Code), r);
    byMember.set(text(r.Member), rows);
  }
  return byMember;
}

function expectCurrentRows(records: Record_[], shiftOf: (n: number) => number): void {
  const current = currentRows(records);
  expect(current.size).toBe(MEMBERS);
  for (let n = 1; n <= MEMBERS; n += 1) {
    const rows = current.get(name(n))!;
    expect([...rows.keys()]).toEqual(DEFAULT_CATALOG.map((t) => t.code));
    DEFAULT_CATALOG.forEach((task, k) => {
      const row = rows.get(task.code)!;
      expect([row['Week']?.v, row.Quadrant?.v, row['Planned h']?.v, row['Actual h']?.v]).toEqual([
        WEEK,
        task.quadrant,
        task.plannedHours,
        hours(n, k, shiftOf(n)),
      ]);
    });
  }
}

/** Each push is in the table exactly once: as many rows as catalog tasks, never more. */
function expectEveryPushOnce(records: Record_[], pushes: number): void {
  const perPush = new Map<string, number>();
  for (const r of records)
    perPush.set(text(r['Push id']), (perPush.get(text(r['Push id'])) ?? 0) + 1);
  expect(perPush.size).toBe(pushes);
  expect(new Set(perPush.values())).toEqual(new Set([DEFAULT_CATALOG.length]));
}

/** The dashboard's row of each member, by name: tagged, the four quadrants, important share. */
function dashboardByMember(book: DumpedWorkbook): Map<string, unknown[]> {
  const cells = book.sheets.Team.cells;
  const rows = new Map<string, unknown[]>();
  for (let r = 10; r < 10 + MEMBERS; r += 1) {
    rows.set(
      String(cells[`A${r}`]?.v),
      ['B', 'C', 'D', 'F', 'H', 'J', 'L'].map((c) => cells[`${c}${r}`]?.v),
    );
  }
  return rows;
}

const teamTotals = (book: DumpedWorkbook) =>
  ['A6', 'B6', 'C6', 'D6', 'E6', 'F6', 'G6', 'H6'].map((a) => book.sheets.Team.cells[a]?.v);

function expectedDashboardRow(n: number, shift = 0): unknown[] {
  const q = expectedQuadrants(n, shift);
  const tagged = q['I+U+'] + q['I-U+'] + q['I+U-'] + q['I-U-'];
  return [
    'yes',
    tagged,
    q['I+U+'],
    q['I-U+'],
    q['I+U-'],
    q['I-U-'],
    (q['I+U+'] + q['I+U-']) / tagged,
  ];
}

let firstRound: DumpedWorkbook;

describe('50 members pushing the same week at once, with faults', () => {
  let records: Record_[];

  let failedAppends: number;

  beforeAll(async () => {
    team.emulator.requests.clear();
    const outcomes = await pushAll(() => 0);
    expect(outcomes.filter((o) => o.kind === 'pushed').length).toBeGreaterThan(0);
    // Appends travel inside a `$batch`: each is logged on its own, with its own status.
    failedAppends = team.emulator.requests
      .list()
      .filter((r) => /rows\/add/.test(r.url) && r.status !== 200).length;
    const path = stored('round1.xlsx');
    const [dumped] = Object.values(await dumpWithOpenpyxl([path]));
    records = tableRecords(dumped, 'TeamWeekly');
    const [recalculated] = await recalculateWithLibreOffice([path]);
    firstRound = Object.values(await dumpWithOpenpyxl([recalculated], { values: true }))[0];
  }, 600_000);

  it('met faults on the appends themselves', () => {
    expect(failedAppends).toBeGreaterThan(0);
  });

  it('leaves exactly one current set of rows per member, each equal to what that member computed', () => {
    expectCurrentRows(records, () => 0);
    expectEveryPushOnce(records, MEMBERS);
  });

  it('never writes an event subject into the team workbook', () => {
    expect(JSON.stringify(records)).not.toContain('Private');
  });

  it('shows every member and the team totals on the dashboard, recalculated by LibreOffice', () => {
    const dashboard = dashboardByMember(firstRound);
    for (let n = 1; n <= MEMBERS; n += 1) {
      const [pushed, ...figures] = dashboard.get(name(n))!;
      const [, ...expected] = expectedDashboardRow(n);
      expect(pushed).toBe('yes');
      expect(figures.slice(0, 5)).toEqual(expected.slice(0, 5));
      expect(figures[5]).toBeCloseTo(expected[5] as number, 9);
    }
    const sums = { 'I+U+': 0, 'I-U+': 0, 'I+U-': 0, 'I-U-': 0 };
    for (let n = 1; n <= MEMBERS; n += 1) {
      const q = expectedQuadrants(n);
      for (const key of Object.keys(sums) as (keyof typeof sums)[]) sums[key] += q[key];
    }
    const tagged = sums['I+U+'] + sums['I-U+'] + sums['I+U-'] + sums['I-U-'];
    const [pushed, notPushed, teamTagged, ...quadrants] = teamTotals(firstRound);
    expect([pushed, notPushed, teamTagged]).toEqual([MEMBERS, 0, tagged]);
    expect(quadrants.slice(0, 4)).toEqual([sums['I+U+'], sums['I-U+'], sums['I+U-'], sums['I-U-']]);
    expect(quadrants[4]).toBeCloseTo((sums['I+U+'] + sums['I+U-']) / tagged, 9);
  });
});

describe('pushing again', () => {
  let again: DumpedWorkbook;
  let reordered: DumpedWorkbook;
  let records: Record_[];

  beforeAll(async () => {
    // Everyone pushes the same week again, at once, faults on; member 7 has retagged.
    await pushAll((n) => (n === RETAGGING ? 1 : 0));
    const path = stored('round2.xlsx');
    const [dumped] = Object.values(await dumpWithOpenpyxl([path]));
    records = tableRecords(dumped, 'TeamWeekly');
    // The same pushes appended in another order, to a new workbook.
    const rows: TeamRow[] = records.map((r) => ({
      week: text(r.Week),
      member: text(r.Member),
      memberId: text(r['Member id']),
      code: text(r.Code),
      task: text(r.Task),
      quadrant: text(r.Quadrant) as TeamRow['quadrant'],
      plannedHours: Number(r['Planned h']?.v),
      actualHours: Number(r['Actual h']?.v),
      deltaHours: Number(r['Delta h']?.v),
      updatedAt: new Date(`${text(r['Updated at (UTC)'])}Z`),
      pushId: text(r['Push id']),
    }));
    const reversed = [...rows].reverse();
    const otherPath = join(dir, 'reordered.xlsx');
    writeFileSync(
      otherPath,
      await addTableRows(
        await teamTemplate('en', WEEK),
        'TeamWeekly',
        null,
        reversed.map(teamRowCells),
      ),
    );
    const [first, second] = await recalculateWithLibreOffice([path, otherPath]);
    const books = await dumpWithOpenpyxl([first, second], { values: true });
    [again, reordered] = [books[first], books[second]];
  }, 600_000);

  it('appends each push once and keeps each member’s latest, the retagging member’s new figures included', () => {
    expectEveryPushOnce(records, 2 * MEMBERS);
    expectCurrentRows(records, (n) => (n === RETAGGING ? 1 : 0));
  });

  it('changes nothing visible for those who pushed the same figures; the retagging member’s row is replaced', () => {
    const before = dashboardByMember(firstRound);
    const after = dashboardByMember(again);
    for (let n = 1; n <= MEMBERS; n += 1) {
      if (n === RETAGGING) continue;
      expect(after.get(name(n))).toEqual(before.get(name(n)));
    }
    const [, ...figures] = after.get(name(RETAGGING))!;
    const [, ...expected] = expectedDashboardRow(RETAGGING, 1);
    expect(figures.slice(0, 5)).toEqual(expected.slice(0, 5));
    expect(figures[5]).toBeCloseTo(expected[5] as number, 9);
  });

  it('gives the same figures whatever order the pushes were appended in', () => {
    expect(dashboardByMember(reordered)).toEqual(dashboardByMember(again));
    expect(teamTotals(reordered)).toEqual(teamTotals(again));
  });
});
