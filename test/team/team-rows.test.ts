import { parseIsoWeek } from '../../src/core/week';
import { summarizeWeek } from '../../src/core/summarize';
import type { TeamRow } from '../../src/core/team-rows';
import { currentTeamRows, teamPush } from '../../src/core/team-rows';
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
