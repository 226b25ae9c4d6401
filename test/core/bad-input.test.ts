import { errorThrownBy } from '../support/failure';
import { graphEventsFrom } from '../../src/core/normalize-graph-event';
import { graphEvent } from '../support/graph-event';
import { summarize } from '../support/summarize';

const ok = { start: '2026-11-16T09:00', end: '2026-11-16T10:00' };

describe('bad events give a one-line message naming the event', () => {
  it.each([
    [
      'missing start',
      { id: 'x1', subject: 'Revue', end: { dateTime: '2026-11-16T10:00:00', timeZone: 'UTC' } },
      'event #1, id x1, "Revue": missing "start"',
    ],
    [
      'missing end.dateTime',
      {
        id: 'x1',
        subject: 'Revue',
        start: { dateTime: '2026-11-16T10:00:00', timeZone: 'UTC' },
        end: { timeZone: 'UTC' },
      },
      'event #1, id x1, "Revue": missing "end.dateTime"',
    ],
    [
      'garbage date',
      {
        ...graphEvent({ ...ok, id: 'x1', subject: 'Revue' }),
        start: { dateTime: 'lundi 9h', timeZone: 'UTC' },
      },
      'event #1, id x1, "Revue": invalid date "lundi 9h" in "start"',
    ],
    [
      'end before start',
      graphEvent({
        id: 'x1',
        subject: 'Revue',
        start: '2026-11-16T10:00',
        end: '2026-11-16T09:00',
      }),
      'event #1, id x1, "Revue": end is before start',
    ],
    [
      'unknown zone',
      graphEvent({ ...ok, id: 'x1', subject: 'Revue', zone: 'Mars/Olympus' }),
      'event #1, id x1, "Revue": unknown time zone "Mars/Olympus" in "start"',
    ],
    [
      'missing id',
      { subject: 'Revue', start: { dateTime: '2026-11-16T10:00:00', timeZone: 'UTC' } },
      'event #1, "Revue": missing "id"',
    ],
    ['not an object', 42, 'event #1: an event must be a JSON object'],
    [
      'categories as one text',
      { ...graphEvent({ ...ok, id: 'x1', subject: 'Revue' }), categories: 'REU' },
      'event #1, id x1, "Revue": "categories" must be a list of texts, such as ["Centaure REU"]',
    ],
    [
      // Counted as a 24 h meeting it would be worse than refused.
      'isAllDay as text',
      { ...graphEvent({ ...ok, id: 'x1', subject: 'Salon' }), isAllDay: 'true' },
      'event #1, id x1, "Salon": "isAllDay" must be true or false, not "true"',
    ],
  ])('%s', (_case, raw, message) => {
    const error = errorThrownBy(() => summarize([raw]));
    expect(error.in('en')).toBe(message);
    expect(error.in('fr')).toMatch(/^événement #1/);
  });

  it('names the position of the bad event among good ones', () => {
    const events = [
      graphEvent(ok),
      graphEvent(ok),
      graphEvent({ ...ok, id: 'third', subject: 'Revue', end: '2026-11-16T08:00' }),
    ];
    expect(errorThrownBy(() => summarize(events)).in('en')).toBe(
      'event #3, id third, "Revue": end is before start',
    );
  });

  it('never quotes a private subject, and keeps control characters off the line', () => {
    const privateEvent = graphEvent({
      id: 'p',
      subject: 'Divorce',
      sensitivity: 'private',
      start: '2026-11-16T10:00',
      end: '2026-11-16T09:00',
    });
    expect(errorThrownBy(() => summarize([privateEvent])).in('en')).toBe(
      'event #1, id p: end is before start',
    );
    const noisy = graphEvent({
      id: 'n',
      subject: 'Ligne 1\nLigne 2\u0007\u001b[31m',
      start: '2026-11-16T10:00',
      end: '2026-11-16T09:00',
    });
    const message = errorThrownBy(() => summarize([noisy])).in('fr');
    // eslint-disable-next-line no-control-regex
    expect(message).not.toMatch(/[\u0000-\u001f]/);
    expect(message).toContain('« Ligne 1 Ligne 2 [31m »');
  });

  it('rejects the same event id twice', () => {
    expect(
      errorThrownBy(() =>
        summarize([graphEvent({ ...ok, id: 'd' }), graphEvent({ ...ok, id: 'd' })]),
      ).in('en'),
    ).toBe('event id d appears twice in the input');
  });

  it('rejects a document that is neither a calendarView response nor an array', () => {
    expect(errorThrownBy(() => graphEventsFrom({ events: [] })).in('en')).toMatch(
      /calendarView response/,
    );
  });

  it('rejects unknown zones and weeks in plain words', () => {
    expect(errorThrownBy(() => summarize([], '2026-W47', 'Paris')).in('en')).toMatch(
      /^Unknown time zone: "Paris"/,
    );
    expect(errorThrownBy(() => summarize([], '2026-W54')).in('fr')).toBe(
      'La semaine 2026-W54 n’existe pas : les semaines ISO de 2026 vont de W01 à W53.',
    );
    expect(errorThrownBy(() => summarize([], 'W47')).in('fr')).toBe(
      'Semaine invalide : « W47 » (format attendu : 2026-W47).',
    );
    expect(errorThrownBy(() => summarize([], '2026-47')).in('en')).toMatch(/^Invalid week/);
  });
});

describe('odd but valid events are counted without a crash or a NaN', () => {
  it('a 10,000-character subject with control characters', () => {
    const subject = `[OPE] ${'x'.repeat(9_990)}\u0000\t\r\n`;
    const json = summarize([graphEvent({ ...ok, id: 'long', subject })]);
    expect(json.events[0]).toMatchObject({ task: 'OPE', hours: 1 });
    expect(json.events[0].subject).toHaveLength(subject.length);
  });

  it('missing optional fields: no subject, categories, showAs, response or zone name', () => {
    const bare = {
      id: 'bare',
      start: { dateTime: '2026-11-16T08:00:00.0000000' },
      end: { dateTime: '2026-11-16T09:00:00.0000000' },
    };
    const json = summarize([bare]);
    expect(json.events[0]).toMatchObject({ subject: '', hours: 1, task: null, excluded: null });
    expect(json.events[0].start).toBe('2026-11-16T09:00:00+01:00');
  });

  it('a zero-length event inside the week is listed with 0 hours', () => {
    const json = summarize([
      graphEvent({ id: 'z', start: '2026-11-16T09:00', end: '2026-11-16T09:00' }),
    ]);
    expect(json.events[0]).toMatchObject({ id: 'z', hours: 0, excluded: null });
    expect(Object.values(json.totals).every(Number.isFinite)).toBe(true);
  });

  it('seconds and fractions are dropped to whole minutes', () => {
    const event = graphEvent({ ...ok, id: 's' });
    event.start = { dateTime: '2026-11-16T09:00:59.9990000', timeZone: 'Europe/Paris' };
    event.end = { dateTime: '2026-11-16T09:30:10.0000000', timeZone: 'Europe/Paris' };
    const [counted] = summarize([event]).events;
    expect(counted.hours).toBe(0.5);
    expect([counted.start, counted.end]).toEqual([
      '2026-11-16T09:00:00+01:00',
      '2026-11-16T09:30:00+01:00',
    ]);
  });

  it('reads Graph’s enum values whatever their case', () => {
    const json = summarize([
      { ...graphEvent({ ...ok, id: 'd' }), responseStatus: { response: 'Declined' } },
      {
        ...graphEvent({ start: '2026-11-16T11:00', end: '2026-11-16T12:00', id: 'f' }),
        showAs: 'FREE',
      },
    ]);
    expect(json.events.map((e) => e.excluded)).toEqual(['declined', 'free']);
  });
});
