import type { Catalog } from '../../src/core/catalog';
import { adoptedOn } from '../../src/demo/ai-dates';
import { DEFAULT_CATALOG } from '../../src/core/catalog';
import type { WeekRecord } from '../../src/core/history';
import { adoptionMarkers, trend, weeklyHistory } from '../../src/core/history';
import { measuredGains } from '../../src/core/measured-gain';
import { parseIsoWeek } from '../../src/core/week';
import { whereToStart } from '../../src/core/where-to-start';

const MONDAYS: Record<string, string> = {
  '2026-W38': '2026-09-14',
  '2026-W39': '2026-09-21',
  '2026-W40': '2026-09-28',
  '2026-W41': '2026-10-05',
  '2026-W42': '2026-10-12',
  '2026-W43': '2026-10-19',
  '2026-W44': '2026-10-26',
  '2026-W45': '2026-11-02',
};

/** A week where only MAIL (I-U+), ADM (I-U-), VEIL and STRAT (I+U-) took time. */
function week(iso: string, mail: number, adm: number, veil = 0, strat = 10): WeekRecord {
  return {
    week: iso,
    weekStart: MONDAYS[iso],
    taskHours: { MAIL: mail, ADM: adm, VEIL: veil, STRAT: strat },
    quadrantHours: { 'I+U+': 0, 'I-U+': mail, 'I+U-': veil + strat, 'I-U-': adm },
    taggedHours: mail + adm + veil + strat,
  };
}

const HISTORY = weeklyHistory([
  week('2026-W45', 4, 1),
  week('2026-W38', 6, 3),
  week('2026-W39', 5.5, 3),
  week('2026-W40', 6.25, 2.5),
  week('2026-W41', 4.5, 3, 1),
  week('2026-W42', 4, 3, 2),
  week('2026-W43', 4.25, 3),
  week('2026-W44', 3.75, 1.5),
]);

const adopted = (since: Record<string, string>): Catalog => adoptedOn(since);

describe('measured gain (step 5), worked by hand', () => {
  const gains = measuredGains(
    adopted({ MAIL: '2026-10-05', ADM: '2026-10-21', VEIL: '2026-10-05' }),
    HISTORY,
  );

  it('MAIL: 5.92 h a week before (W38–W40), 4.10 h after (W41–W45), −1.82 h, −30.7 %', () => {
    // Before: (6 + 5.5 + 6.25) / 3 = 5.9166… → 5.92. After: (4.5 + 4 + 4.25 + 3.75 + 4) / 5 = 4.1.
    // Change 4.1 − 5.92 = −1.82; −1.82 / 5.92 = −0.3074… → −0.307.
    expect(gains[0]).toEqual({
      code: 'MAIL',
      label: DEFAULT_CATALOG[0].label,
      aiSince: '2026-10-05',
      status: 'measured',
      weeksBefore: 3,
      weeksAfter: 5,
      beforeHours: 5.92,
      afterHours: 4.1,
      changeHours: -1.82,
      changeShare: -0.307,
    });
  });

  it('ADM, adopted on a Wednesday: its week counts before, leaving 2 weeks after — not enough yet', () => {
    expect(gains.find((g) => g.code === 'ADM')).toMatchObject({
      status: 'notEnoughWeeks',
      weeksBefore: 6,
      weeksAfter: 2,
    });
  });

  it('no percent when the task took no time before', () => {
    // VEIL: 0, 0, 0 before; 1, 2, 0, 0, 0 after → 0.6 h, +0.6 h.
    expect(gains.find((g) => g.code === 'VEIL')).toMatchObject({
      beforeHours: 0,
      afterHours: 0.6,
      changeHours: 0.6,
      changeShare: null,
    });
  });

  it('lists only the tasks with an aiSince date, in catalog order', () => {
    expect(gains.map((g) => g.code)).toEqual(['MAIL', 'ADM', 'VEIL']);
  });
});

describe('the 12-week trend', () => {
  it('gives 12 consecutive weeks ending with the one asked, with gaps where no week was recorded', () => {
    const points = trend(HISTORY, parseIsoWeek('2026-W46'));
    expect(points.map((p) => p.week)).toEqual([
      '2026-W35',
      '2026-W36',
      '2026-W37',
      '2026-W38',
      '2026-W39',
      '2026-W40',
      '2026-W41',
      '2026-W42',
      '2026-W43',
      '2026-W44',
      '2026-W45',
      '2026-W46',
    ]);
    expect(points.filter((p) => p.record === null).map((p) => p.week)).toEqual([
      '2026-W35',
      '2026-W36',
      '2026-W37',
      '2026-W46',
    ]);
    // W38: STRAT 10 important of 6 + 3 + 10 = 19 tagged.
    expect(points[3].importantShare).toBeCloseTo(10 / 19, 10);
  });

  it('crosses the new year, 2026 having a week 53', () => {
    expect(trend([], parseIsoWeek('2027-W02'), 3).map((p) => p.week)).toEqual([
      '2026-W53',
      '2027-W01',
      '2027-W02',
    ]);
  });

  it('marks each AI adoption date in the week that holds it, Monday to Sunday', () => {
    // W36–W47 of 2026: Mondays 31 August to 16 November (SPEC: W47 starts on 16 November).
    const points = trend([], parseIsoWeek('2026-W47'), 12);
    expect([points[0].weekStart, points[6].weekStart, points[11].weekStart]).toEqual([
      '2026-08-31',
      '2026-10-12',
      '2026-11-16',
    ]);
    const task = (code: string, aiSince?: string) => ({
      code,
      label: { fr: code, en: code },
      aiSince,
    });
    const marked = adoptionMarkers(points, [
      task('MAIL', '2026-10-12'), // a Monday: W42, the 7th week
      task('ADM', '2026-10-28'), // a Wednesday: W44
      task('FIRST', '2026-08-31'), // the first Monday shown
      task('LAST', '2026-11-22'), // the last Sunday shown
      task('EARLY', '2026-08-30'), // the Sunday before: not on the chart
      task('LATE', '2026-11-23'), // the Monday after
      task('NONE'),
    ]);
    expect(marked.map((m) => [m.code, m.week, m.index])).toEqual([
      ['MAIL', '2026-W42', 6],
      ['ADM', '2026-W44', 8],
      ['FIRST', '2026-W36', 0],
      ['LAST', '2026-W47', 11],
    ]);
  });
});

describe('where to start', () => {
  // Last 4 weeks W42–W45: MAIL (4 + 4.25 + 3.75 + 4) / 4 = 4 h; ADM (3 + 3 + 1.5 + 1) / 4 = 2.125 h;
  // VEIL (2 + 0 + 0 + 0) / 4 = 0.5 h; STRAT 10 h but no AI potential. Tagged a week on average:
  // 4 + 2.125 + 0.5 + 10 = 16.625 h, of which VEIL + STRAT = 10.5 h important.
  const advice = whereToStart(DEFAULT_CATALOG, HISTORY);

  it('ranks the not-yet-adopted tasks by the hours AI could free a week', () => {
    // ADM automate −50 %: 1.0625 → 1.06 h; MAIL assist −15 %: 0.6 h; VEIL assist: 0.075 → 0.08 h.
    expect(advice.map((a) => [a.task.code, a.averageHours, a.freedHours])).toEqual([
      ['ADM', 2.13, 1.06],
      ['MAIL', 4, 0.6],
      ['VEIL', 0.5, 0.08],
    ]);
  });

  it('says how the important share would move if the freed hours were no longer spent', () => {
    // Now: (10 + 0.5) / 16.625 = 0.6316. Without 1.0625 h of ADM (not important): 10.5 / 15.5625.
    const adm = advice[0];
    expect(adm.importantShareNow).toBeCloseTo(10.5 / 16.625, 10);
    expect(adm.importantShareAfter).toBeCloseTo(10.5 / 15.5625, 10);
    // VEIL is important: its freed 0.075 h leave both sides.
    expect(advice[2].importantShareAfter).toBeCloseTo(10.425 / 16.55, 10);
  });

  it('follows the assumption the user sets, leaves adopted tasks out, and puts kept-human ones last', () => {
    const catalog = adopted({ ADM: '2026-10-21' }).map((t) =>
      t.code === 'VEIL' ? { ...t, decision: 'keep' as const } : t,
    );
    const mine = whereToStart(catalog, HISTORY, { assist: 0.3, automate: 0.6 });
    expect(mine.map((a) => [a.task.code, a.freedHours, a.keptHuman])).toEqual([
      ['MAIL', 1.2, false],
      ['VEIL', 0.15, true],
    ]);
    expect(() => whereToStart(catalog, HISTORY, { assist: 1.5, automate: 0.5 })).toThrow(
      'from 0 to 100 %',
    );
  });
});
