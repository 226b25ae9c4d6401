import { graphEvent } from '../support/graph-event';
import { summarize } from '../support/summarize';
import { summarizeWeek } from '../../src/core/summarize';
import { summaryToJson } from '../../src/core/summary-json';
import { parseIsoWeek } from '../../src/core/week';

// 2026-W47 runs from Monday 16 to Sunday 22 November 2026; Paris is UTC+1 all week.
const byId = (json: ReturnType<typeof summarize>, id: string) => {
  const event = json.events.find((e) => e.id === id);
  if (event === undefined) throw new Error(`event ${id} not listed`);
  return event;
};
const task = (json: ReturnType<typeof summarize>, code: string) =>
  json.tasks.find((t) => t.code === code);

describe('window: only the part inside the week counts', () => {
  it('clips an event that starts the Sunday before the week', () => {
    // Sun 15 22:00 → Mon 16 02:00: two hours fall inside W47.
    const json = summarize([
      graphEvent({ id: 'a', start: '2026-11-15T22:00', end: '2026-11-16T02:00' }),
    ]);
    expect(byId(json, 'a').hours).toBe(2);
    expect(json.totals.untaggedHours).toBe(2);
  });

  it('clips an event that ends after the week', () => {
    // Sun 22 23:00 → Mon 23 01:30: one hour inside W47.
    const json = summarize([
      graphEvent({
        id: 'a',
        start: '2026-11-22T23:00',
        end: '2026-11-23T01:30',
        categories: ['Centaure STRAT'],
      }),
    ]);
    expect(byId(json, 'a').hours).toBe(1);
    expect(task(json, 'STRAT')?.actualHours).toBe(1);
  });

  it('leaves out events that do not touch the week, including one ending exactly at its start', () => {
    const json = summarize([
      graphEvent({ id: 'before', start: '2026-11-15T22:00', end: '2026-11-16T00:00' }),
      graphEvent({ id: 'after', start: '2026-11-23T00:00', end: '2026-11-23T01:00' }),
    ]);
    expect(json.events).toEqual([]);
    expect(json.totals.countedHours).toBe(0);
  });

  it('counts an event that spans the whole week as 168 hours, split at each midnight', () => {
    const json = summarize([
      graphEvent({ id: 'a', start: '2026-11-10T00:00', end: '2026-11-30T00:00' }),
    ]);
    expect(byId(json, 'a').hours).toBe(168);
  });

  it('reads UTC and Windows zone names on start and end', () => {
    // 08:00 UTC is 09:00 in Paris; Romance Standard Time is Paris.
    const json = summarize([
      graphEvent({ id: 'utc', start: '2026-11-16T08:00', end: '2026-11-16T09:30', zone: 'UTC' }),
      graphEvent({
        id: 'win',
        start: '2026-11-16T09:00',
        end: '2026-11-16T10:00',
        zone: 'Romance Standard Time',
      }),
    ]);
    // utc is 09:00–10:30 Paris, win 09:00–10:00: the shared hour gives 30 min each,
    // then utc alone 10:00–10:30 → utc 60 min, win 30 min.
    expect(byId(json, 'utc').hours).toBe(1);
    expect(byId(json, 'win').hours).toBe(0.5);
    expect(byId(json, 'utc').start).toBe('2026-11-16T09:00:00+01:00');
  });

  it('follows the zone of the week: the same UTC meeting lands on another day in Tokyo', () => {
    // Sun 22 20:00 UTC is Mon 23 05:00 in Tokyo: outside W47 there, inside it in Paris.
    const events = [
      graphEvent({ id: 'a', start: '2026-11-22T20:00', end: '2026-11-22T21:00', zone: 'UTC' }),
    ];
    expect(summarize(events, '2026-W47', 'Europe/Paris').totals.countedHours).toBe(1);
    expect(summarize(events, '2026-W47', 'Asia/Tokyo').totals.countedHours).toBe(0);
    expect(summarize(events, '2026-W48', 'Tokyo Standard Time').totals.countedHours).toBe(1);
  });
});

describe('daylight saving time in Europe/Paris', () => {
  it('2026-W13 is 167 hours long: Sunday 29 March has 23 hours', () => {
    const json = summarize(
      [graphEvent({ id: 'sun', start: '2026-03-29T00:00', end: '2026-03-30T00:00' })],
      '2026-W13',
    );
    expect(json.week.start).toBe('2026-03-23T00:00:00+01:00');
    expect(json.week.end).toBe('2026-03-30T00:00:00+02:00');
    expect(byId(json, 'sun').hours).toBe(23);
  });

  it('2026-W13: 01:00 to 04:00 local on the night of the change is two real hours', () => {
    const json = summarize(
      [graphEvent({ id: 'night', start: '2026-03-29T01:00', end: '2026-03-29T04:00' })],
      '2026-W13',
    );
    expect(byId(json, 'night').hours).toBe(2);
  });

  it('2026-W43 is 169 hours long: Sunday 25 October has 25 hours', () => {
    const json = summarize(
      [graphEvent({ id: 'week', start: '2026-10-19T00:00', end: '2026-10-26T00:00' })],
      '2026-W43',
    );
    expect(json.week.start).toBe('2026-10-19T00:00:00+02:00');
    expect(json.week.end).toBe('2026-10-26T00:00:00+01:00');
    expect(byId(json, 'week').hours).toBe(169);
  });
});

/** Monday of W47: one event per exclusion rule, and one kept event overlapping two of them. */
const EXCLUDED_AND_KEPT = [
  graphEvent({
    id: 'cancelled',
    start: '2026-11-16T09:00',
    end: '2026-11-16T10:00',
    cancelled: true,
    categories: ['Centaure REU'],
  }),
  graphEvent({
    id: 'declined',
    start: '2026-11-16T10:00',
    end: '2026-11-16T11:00',
    response: 'declined',
  }),
  graphEvent({ id: 'free', start: '2026-11-16T11:00', end: '2026-11-16T12:00', showAs: 'free' }),
  graphEvent({ id: 'allday', start: '2026-11-17T00:00', end: '2026-11-18T00:00', allDay: true }),
  graphEvent({
    id: 'kept',
    start: '2026-11-16T09:30',
    end: '2026-11-16T10:30',
    showAs: 'tentative',
  }),
];

describe('exclusions count zero and say why', () => {
  const json = summarize(EXCLUDED_AND_KEPT);

  it.each([
    ['cancelled', 'cancelled'],
    ['declined', 'declined'],
    ['free', 'free'],
    ['allday', 'allDay'],
  ])('%s is listed with reason %s and 0 hours', (id, reason) => {
    expect(byId(json, id)).toMatchObject({ excluded: reason, hours: 0 });
  });

  it('excluded events take no part in overlaps and are not counted for their task', () => {
    // "kept" overlaps the cancelled and declined ones, but they count zero: it keeps its full hour.
    expect(byId(json, 'kept').hours).toBe(1);
    expect(json.totals.overlapHours).toBe(0);
    expect(task(json, 'REU')).toMatchObject({ actualHours: 0, events: 0 });
    expect(json.totals.countedHours).toBe(1);
  });

  it('a cancelled event keeps its tag for the review list', () => {
    expect(byId(json, 'cancelled')).toMatchObject({ task: 'REU', tagSource: 'category' });
  });
});

describe('exclusion rules the user switched off', () => {
  // The same Monday as above, counted with only the "cancelled" rule left on.
  const json = summaryToJson(
    summarizeWeek(EXCLUDED_AND_KEPT, {
      week: parseIsoWeek('2026-W47'),
      timeZone: 'Europe/Paris',
      exclusions: ['cancelled'],
    }),
  );

  it('counts declined and free meetings like accepted ones, sharing their overlap', () => {
    // kept 09:30–10:30 and declined 10:00–11:00 share 10:00–10:30: 30 + 15 min each.
    expect(byId(json, 'kept')).toMatchObject({ excluded: null, hours: 0.75 });
    expect(byId(json, 'declined')).toMatchObject({ excluded: null, hours: 0.75 });
    expect(byId(json, 'free')).toMatchObject({ excluded: null, hours: 1 });
    expect(json.totals.overlapHours).toBe(0.5);
  });

  it('counts an untagged all-day Tuesday as 7 untagged hours, and still leaves out the cancelled one', () => {
    expect(byId(json, 'allday')).toMatchObject({ excluded: null, hours: 7, task: null });
    expect(byId(json, 'cancelled')).toMatchObject({ excluded: 'cancelled', hours: 0 });
    // 09:30–12:00 busy on Monday, plus the all-day Tuesday.
    expect(json.totals).toMatchObject({ countedHours: 9.5, untaggedHours: 9.5, taggedHours: 0 });
  });
});

describe('all-day events', () => {
  it('a tagged three-day event counts 7 h per Monday–Friday date inside the week', () => {
    // Thu 19, Fri 20, Sat 21 (end date exclusive): Thu and Fri are working days → 14 h.
    const json = summarize([
      graphEvent({
        id: 'fair',
        start: '2026-11-19T00:00',
        end: '2026-11-22T00:00',
        allDay: true,
        categories: ['Centaure VEIL'],
      }),
    ]);
    expect(byId(json, 'fair').hours).toBe(14);
    expect(task(json, 'VEIL')).toMatchObject({ actualHours: 14, events: 1 });
    expect(json.quadrants['I+U-']).toBe(14);
  });

  it('only dates inside the week count: Fri 13 to Tue 17 gives Mon and Tue', () => {
    const json = summarize([
      graphEvent({
        id: 'trip',
        start: '2026-11-13T00:00',
        end: '2026-11-18T00:00',
        allDay: true,
        subject: '[VEIL] Tournée',
      }),
    ]);
    expect(byId(json, 'trip').hours).toBe(14);
    expect(byId(json, 'trip').tagSource).toBe('subject');
  });

  it('takes no part in overlap sharing and reads its dates whatever zone Graph names', () => {
    // The all-day Monday (given as UTC midnight) adds 7 h; the meeting keeps its 2 h.
    const json = summarize([
      graphEvent({
        id: 'day',
        start: '2026-11-16T00:00',
        end: '2026-11-17T00:00',
        zone: 'UTC',
        allDay: true,
        categories: ['Centaure STRAT'],
      }),
      graphEvent({
        id: 'meeting',
        start: '2026-11-16T10:00',
        end: '2026-11-16T12:00',
        categories: ['Centaure REU'],
      }),
    ]);
    expect(byId(json, 'day').hours).toBe(7);
    expect(byId(json, 'meeting').hours).toBe(2);
    expect(json.totals).toMatchObject({ countedHours: 9, overlapHours: 0 });
  });

  it('a tagged weekend all-day event is counted with zero hours', () => {
    const json = summarize([
      graphEvent({
        id: 'sat',
        start: '2026-11-21T00:00',
        end: '2026-11-22T00:00',
        allDay: true,
        categories: ['Centaure VEIL'],
      }),
    ]);
    expect(byId(json, 'sat')).toMatchObject({ hours: 0, excluded: null });
    expect(task(json, 'VEIL')).toMatchObject({ actualHours: 0, events: 1 });
  });
});

describe('overlaps share the overlapped minutes equally', () => {
  it('two events overlapping by an hour split that hour', () => {
    // A 09:00–11:00 and B 10:00–12:00: A 60 + 30 = 1.5 h, B 30 + 60 = 1.5 h; union 3 h.
    const json = summarize([
      graphEvent({
        id: 'A',
        start: '2026-11-16T09:00',
        end: '2026-11-16T11:00',
        categories: ['Centaure REU'],
      }),
      graphEvent({ id: 'B', start: '2026-11-16T10:00', end: '2026-11-16T12:00' }),
    ]);
    expect(byId(json, 'A').hours).toBe(1.5);
    expect(byId(json, 'B').hours).toBe(1.5);
    expect(json.totals).toMatchObject({
      countedHours: 3,
      taggedHours: 1.5,
      untaggedHours: 1.5,
      overlapHours: 1,
    });
  });

  it('a three-way overlap is shared by three', () => {
    // A 09:00–10:30, B 09:30–10:30, C 10:00–11:00.
    // 09:00–09:30 A alone 30; 09:30–10:00 A,B 15 each; 10:00–10:30 A,B,C 10 each; 10:30–11:00 C 30.
    // A = 55 min, B = 25 min, C = 40 min; union 120 min; double-booked 09:30–10:30 = 1 h.
    const json = summarize([
      graphEvent({
        id: 'A',
        start: '2026-11-19T09:00',
        end: '2026-11-19T10:30',
        categories: ['Centaure CRISE'],
      }),
      graphEvent({
        id: 'B',
        start: '2026-11-19T09:30',
        end: '2026-11-19T10:30',
        categories: ['Centaure OPE'],
      }),
      graphEvent({ id: 'C', start: '2026-11-19T10:00', end: '2026-11-19T11:00' }),
    ]);
    expect(byId(json, 'A').hours).toBe(0.92);
    expect(byId(json, 'B').hours).toBe(0.42);
    expect(byId(json, 'C').hours).toBe(0.67);
    expect(json.totals).toMatchObject({
      countedHours: 2,
      taggedHours: 1.33,
      untaggedHours: 0.67,
      overlapHours: 1,
    });
  });

  it('a day never holds more than its 24 hours, however many events are stacked on it', () => {
    const stacked = [0, 1, 2].map((n) =>
      graphEvent({ id: `s${n}`, start: '2026-11-18T00:00', end: '2026-11-19T00:00' }),
    );
    const json = summarize(stacked);
    expect(json.totals).toMatchObject({ countedHours: 24, overlapHours: 24 });
    expect(byId(json, 's0').hours).toBe(8);
  });

  it('an event crossing midnight is split: each day shares only its own part', () => {
    // Night 22:00–02:00 overlaps Late 23:00–00:00 on Monday and Early 01:00–02:00 on Tuesday.
    // Monday: Night 60 + 30, Late 30. Tuesday: Night 60 + 30, Early 30.
    const json = summarize([
      graphEvent({ id: 'night', start: '2026-11-16T22:00', end: '2026-11-17T02:00' }),
      graphEvent({ id: 'late', start: '2026-11-16T23:00', end: '2026-11-17T00:00' }),
      graphEvent({ id: 'early', start: '2026-11-17T01:00', end: '2026-11-17T02:00' }),
    ]);
    expect(byId(json, 'night').hours).toBe(3);
    expect(byId(json, 'late').hours).toBe(0.5);
    expect(byId(json, 'early').hours).toBe(0.5);
    expect(json.totals.overlapHours).toBe(2);
  });
});

describe('tag resolution', () => {
  it('matches a category to a task category or code, trimmed and case-insensitive', () => {
    const json = summarize([
      graphEvent({
        id: 'cat',
        start: '2026-11-16T09:00',
        end: '2026-11-16T10:00',
        categories: ['  centaure mail '],
      }),
      graphEvent({
        id: 'code',
        start: '2026-11-16T10:00',
        end: '2026-11-16T11:00',
        categories: ['Rouge', 'strat'],
      }),
    ]);
    expect(byId(json, 'cat')).toMatchObject({
      task: 'MAIL',
      tagSource: 'category',
      quadrant: 'I-U+',
      ambiguous: false,
    });
    expect(byId(json, 'code')).toMatchObject({
      task: 'STRAT',
      tagSource: 'category',
      ambiguous: false,
    });
  });

  it('categories matching two tasks: the first in the event order wins, flagged ambiguous', () => {
    const json = summarize([
      graphEvent({
        id: 'amb',
        start: '2026-11-16T09:00',
        end: '2026-11-16T10:00',
        categories: ['Centaure VEIL', 'Centaure STRAT'],
      }),
      graphEvent({
        id: 'same',
        start: '2026-11-16T10:00',
        end: '2026-11-16T11:00',
        categories: ['Centaure VEIL', 'VEIL'],
      }),
    ]);
    expect(byId(json, 'amb')).toMatchObject({ task: 'VEIL', ambiguous: true });
    expect(byId(json, 'same')).toMatchObject({ task: 'VEIL', ambiguous: false });
  });

  it('a category beats a subject prefix', () => {
    const json = summarize([
      graphEvent({
        id: 'both',
        subject: '[MAIL] Revue',
        start: '2026-11-16T09:00',
        end: '2026-11-16T10:00',
        categories: ['Centaure OPE'],
      }),
    ]);
    expect(byId(json, 'both')).toMatchObject({ task: 'OPE', tagSource: 'category' });
  });

  it.each([
    ['[STRAT] Plan 2027', 'STRAT'],
    ['[strat] plan', 'STRAT'],
    ['  [Veil] Salon', 'VEIL'],
  ])('subject %j tags %s', (subject, code) => {
    const json = summarize([
      graphEvent({ id: 'x', subject, start: '2026-11-16T09:00', end: '2026-11-16T10:00' }),
    ]);
    expect(byId(json, 'x')).toMatchObject({ task: code, tagSource: 'subject' });
  });

  it.each(['Plan [STRAT]', '[XYZ] Inconnu', 'STRAT sans crochets', '[ STRAT ] espaces'])(
    'subject %j stays untagged and counts as untagged time',
    (subject) => {
      const json = summarize([
        graphEvent({ id: 'x', subject, start: '2026-11-16T09:00', end: '2026-11-16T10:00' }),
      ]);
      expect(byId(json, 'x')).toMatchObject({ task: null, tagSource: null, quadrant: null });
      expect(json.totals).toMatchObject({ untaggedHours: 1, taggedHours: 0, importantShare: 0 });
    },
  );
});

describe('quadrant override from the add-in custom property', () => {
  it('moves the event, not the task', () => {
    // ADM is I-U-; this occurrence was marked I+U+ from the sidebar.
    const json = summarize([
      graphEvent({
        id: 'o',
        start: '2026-11-16T09:00',
        end: '2026-11-16T11:00',
        categories: ['Centaure ADM'],
        quadrantOverride: 'I+U+',
      }),
      graphEvent({
        id: 'n',
        start: '2026-11-17T09:00',
        end: '2026-11-17T10:00',
        categories: ['Centaure ADM'],
      }),
    ]);
    expect(byId(json, 'o').quadrant).toBe('I+U+');
    expect(json.quadrants).toEqual({ 'I+U+': 2, 'I-U+': 0, 'I+U-': 0, 'I-U-': 1 });
    expect(task(json, 'ADM')).toMatchObject({ quadrant: 'I-U-', actualHours: 3 });
    // (2 h I+U+) / 3 h tagged
    expect(json.totals.importantShare).toBe(0.67);
  });

  it('ignores an override with an unknown quadrant or broken JSON, and on untagged events', () => {
    const json = summarize([
      graphEvent({
        id: 'bad',
        start: '2026-11-16T09:00',
        end: '2026-11-16T10:00',
        categories: ['Centaure ADM'],
        quadrantOverride: 'I++',
      }),
      graphEvent({
        id: 'untagged',
        start: '2026-11-16T10:00',
        end: '2026-11-16T11:00',
        quadrantOverride: 'I+U+',
      }),
    ]);
    expect(byId(json, 'bad').quadrant).toBe('I-U-');
    expect(byId(json, 'untagged').quadrant).toBeNull();
  });
});

describe('private events', () => {
  it('count like any other but their subject is blank', () => {
    const json = summarize([
      graphEvent({
        id: 'p',
        subject: 'Entretien annuel Julie',
        sensitivity: 'private',
        start: '2026-11-16T09:00',
        end: '2026-11-16T10:00',
        categories: ['Centaure MGT'],
      }),
      graphEvent({
        id: 'c',
        subject: 'Dossier confidentiel',
        sensitivity: 'confidential',
        start: '2026-11-16T10:00',
        end: '2026-11-16T11:00',
      }),
      graphEvent({
        id: 'n',
        subject: 'Point équipe',
        sensitivity: 'personal',
        start: '2026-11-16T11:00',
        end: '2026-11-16T12:00',
      }),
    ]);
    expect(byId(json, 'p')).toMatchObject({ subject: '', task: 'MGT', hours: 1 });
    expect(byId(json, 'c').subject).toBe('');
    expect(byId(json, 'n').subject).toBe('Point équipe');
    expect(JSON.stringify(json)).not.toMatch(/Entretien|confidentiel/);
  });
});

describe('figures', () => {
  it('rounds hours half away from zero from exact minutes, and delta = actual − planned', () => {
    // 7.5 min = 0.125 h → 0.13; MAIL planned 5 h → delta −4.87.
    const json = summarize([
      graphEvent({
        id: 'a',
        start: '2026-11-16T09:00',
        end: '2026-11-16T09:15',
        categories: ['Centaure MAIL'],
      }),
      graphEvent({
        id: 'b',
        start: '2026-11-16T09:00',
        end: '2026-11-16T09:15',
        categories: ['Centaure MAIL'],
      }),
      graphEvent({ id: 'c', start: '2026-11-16T10:00', end: '2026-11-16T10:07' }),
    ]);
    expect(byId(json, 'a').hours).toBe(0.13);
    expect(task(json, 'MAIL')).toMatchObject({ actualHours: 0.25, deltaHours: -4.75, events: 2 });
    // 7 minutes = 0.1166… h
    expect(json.totals.untaggedHours).toBe(0.12);
  });

  it('lists every catalog task in catalog order, zeros included', () => {
    const json = summarize([]);
    expect(json.tasks.map((t) => t.code)).toEqual([
      'MAIL',
      'REU',
      'ADM',
      'VEIL',
      'OPE',
      'MGT',
      'STRAT',
      'CRISE',
    ]);
    expect(json.tasks.every((t) => t.actualHours === 0 && t.deltaHours === -t.plannedHours)).toBe(
      true,
    );
    expect(json.totals).toEqual({
      countedHours: 0,
      taggedHours: 0,
      untaggedHours: 0,
      overlapHours: 0,
      importantShare: 0,
    });
  });
});
