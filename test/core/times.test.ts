import { errorThrownBy } from '../support/failure';
import { graphEvent } from '../support/graph-event';
import { summarize } from '../support/summarize';

const messageOf = (run: () => unknown) => errorThrownBy(run).in('en');

const event = (start: unknown, end: unknown) => ({
  ...graphEvent({ id: 't', subject: 'Revue', start: '2026-11-16T09:00', end: '2026-11-16T10:00' }),
  start,
  end,
});
const paris = (dateTime: string) => ({ dateTime, timeZone: 'Europe/Paris' });

describe('times Exchange would not give, decided one way each', () => {
  it('an offset in dateTime that agrees with timeZone is that instant', () => {
    const agreeing = event(paris('2026-11-16T09:00:00+01:00'), {
      dateTime: '2026-11-16T09:30:00Z',
      timeZone: 'UTC',
    });
    const [counted] = summarize([agreeing]).events;
    expect([counted.start, counted.end, counted.hours]).toEqual([
      '2026-11-16T09:00:00+01:00',
      '2026-11-16T10:30:00+01:00',
      1.5,
    ]);
  });

  it('an offset in dateTime that contradicts timeZone is refused, not silently preferred', () => {
    const contradicting = event(paris('2026-11-16T09:00:00+02:00'), paris('2026-11-16T10:00:00'));
    expect(messageOf(() => summarize([contradicting]))).toBe(
      'event #1, id t, "Revue": "start": the offset of "2026-11-16T09:00:00+02:00" contradicts the time zone "Europe/Paris" (+01:00 at that time); give the local time without offset',
    );
  });

  it('a local time skipped by the spring change is refused, not counted 0 h', () => {
    // Sunday 29 March 2026, Paris: 02:00 becomes 03:00.
    const skipped = event(paris('2026-03-29T02:00:00'), paris('2026-03-29T03:00:00'));
    expect(messageOf(() => summarize([skipped], '2026-W13'))).toBe(
      'event #1, id t, "Revue": "start": 2026-03-29T02:00:00 does not exist in Europe/Paris (the clocks go forward at that time)',
    );
    // Around the change, real time is counted: 01:00 to 03:30 is 1.5 h.
    const around = event(paris('2026-03-29T01:00:00'), paris('2026-03-29T03:30:00'));
    expect(summarize([around], '2026-W13').events[0].hours).toBe(1.5);
  });

  it('a local time the autumn change repeats is standard time, its second occurrence', () => {
    // Sunday 25 October 2026, Paris: 03:00 becomes 02:00; 02:30 is read at +01:00, as Windows does.
    const repeated = event(paris('2026-10-25T02:30:00'), paris('2026-10-25T03:30:00'));
    const [counted] = summarize([repeated], '2026-W43').events;
    expect([counted.start, counted.hours]).toEqual(['2026-10-25T02:30:00+01:00', 1]);
  });

  it.each([
    ['a number', 3, '3'],
    ['null', null, 'null'],
    ['an object', { name: 'UTC' }, '{"name":"UTC"}'],
  ])('a timeZone that is %s is refused, not read as UTC', (_, timeZone, shown) => {
    const odd = event({ dateTime: '2026-11-16T09:00:00', timeZone }, paris('2026-11-16T10:00:00'));
    expect(messageOf(() => summarize([odd]))).toBe(
      `event #1, id t, "Revue": "start.timeZone" must be a zone name such as "Europe/Paris" or "UTC", not ${shown}`,
    );
  });

  it('an end seconds before the start is an end before the start', () => {
    const backwards = event(paris('2026-11-16T09:00:30'), paris('2026-11-16T09:00:10'));
    expect(messageOf(() => summarize([backwards]))).toBe(
      'event #1, id t, "Revue": end is before start',
    );
  });
});
