import { parseIsoWeek } from '../../src/core/week';
import { summarizeWeek } from '../../src/core/summarize';
import type { TeamRow } from '../../src/core/team-rows';
import { currentTeamRows, teamPush, teamWeekGrid } from '../../src/core/team-rows';
import { graphEvent } from '../support/graph-event';

const week = parseIsoWeek('2026-W47');
const camille = { id: 'id-camille', displayName: 'Camille Martin' };

describe('a member’s push to the team workbook', () => {
  // Monday: a 90-minute STRAT plan and an hour-long private interview tagged MGT.
  const summary = summarizeWeek(
    [
      graphEvent({ subject: '[STRAT] Plan', start: '2026-11-16T09:00', end: '2026-11-16T10:30' }),
      graphEvent({
        subject: 'Entretien confidentiel',
        sensitivity: 'private',
        categories: ['MGT'],
        start: '2026-11-16T14:00',
        end: '2026-11-16T15:00',
      }),
    ],
    { week, timeZone: 'Europe/Paris' },
  );
  const push = teamPush(summary, camille, {
    pushId: 'push-1',
    updatedAt: new Date('2026-11-20T16:00:00.123Z'),
    language: 'en',
  });

  it('is one row per catalog task, zeros included, with the week’s totals', () => {
    expect(push.rows.map((r) => r.code)).toEqual([
      'MAIL',
      'REU',
      'ADM',
      'VEIL',
      'OPE',
      'MGT',
      'STRAT',
      'CRISE',
    ]);
    const strat = push.rows.find((r) => r.code === 'STRAT')!;
    expect(strat).toMatchObject({
      week: '2026-W47',
      member: 'Camille Martin',
      memberId: 'id-camille',
      task: 'Strategic marketing: planning, decisions',
      quadrant: 'I+U-',
      plannedHours: 6,
      actualHours: 1.5,
      deltaHours: -4.5,
      pushId: 'push-1',
    });
    expect(push.rows.find((r) => r.code === 'MGT')!.actualHours).toBe(1);
    expect(push.rows.find((r) => r.code === 'MAIL')).toMatchObject({
      actualHours: 0,
      deltaHours: -5,
    });
  });

  it('puts a meeting moved to another quadrant in a row of its own, so the team grid is the member’s', () => {
    // OPE (I-U+, 8 h planned): a 2 h launch, and a 45-minute incident the user moved to I+U+.
    const moved = summarizeWeek(
      [
        graphEvent({
          subject: '[OPE] Lancement',
          start: '2026-11-17T09:00',
          end: '2026-11-17T11:00',
        }),
        graphEvent({
          subject: '[OPE] Incident site',
          start: '2026-11-17T14:00',
          end: '2026-11-17T14:45',
          quadrantOverride: 'I+U+',
        }),
      ],
      { week, timeZone: 'Europe/Paris' },
    );
    const rows = teamPush(moved, camille, {
      pushId: 'push-2',
      updatedAt: new Date('2026-11-20T16:00:00Z'),
      language: 'en',
    }).rows.filter((r) => r.code === 'OPE');
    expect(rows.map((r) => [r.quadrant, r.plannedHours, r.actualHours, r.deltaHours])).toEqual([
      ['I-U+', 8, 2, -6],
      ['I+U+', 0, 0.75, 0.75],
    ]);
    const grid = teamWeekGrid(
      teamPush(moved, camille, { pushId: 'p', updatedAt: new Date(), language: 'en' }).rows,
      '2026-W47',
    );
    expect(grid.team.quadrantHours).toEqual({ 'I+U+': 0.75, 'I+U-': 0, 'I-U+': 2, 'I-U-': 0 });
    // 0.75 / 2.75 = 27 % important, as the member's own grid says.
    expect(grid.team.importantShare).toBeCloseTo(0.75 / 2.75, 10);
  });

  it('carries no event subject, private or not', () => {
    const text = JSON.stringify(push);
    expect(text).not.toContain('Plan');
    expect(text).not.toContain('Entretien');
  });
});

describe('the latest push per member per week', () => {
  const row = (
    memberId: string,
    week: string,
    code: string,
    hours: number,
    at: string,
  ): TeamRow => ({
    week,
    member: memberId,
    memberId,
    code,
    task: code,
    quadrant: 'I+U+',
    plannedHours: 0,
    actualHours: hours,
    deltaHours: hours,
    updatedAt: new Date(at),
    pushId: `${memberId}-${at}`,
  });

  it('keeps each member’s latest rows of each week, whatever the order they were appended in', () => {
    const rows = [
      row('b', 'W47', 'MGT', 3, '2026-11-20T17:00:00Z'),
      row('a', 'W47', 'MGT', 5, '2026-11-20T18:00:00Z'),
      row('a', 'W47', 'MGT', 4, '2026-11-20T17:00:00Z'), // appended later, computed earlier
      row('a', 'W46', 'MGT', 2, '2026-11-13T17:00:00Z'),
    ];
    expect(currentTeamRows(rows).map((r) => [r.memberId, r.week, r.actualHours])).toEqual([
      ['b', 'W47', 3],
      ['a', 'W47', 5],
      ['a', 'W46', 2],
    ]);
  });
});
