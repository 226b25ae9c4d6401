import type { PatternedRecurrence } from '../../src/emulator';
import { calendarViewPath, parisEvent, type WireEvent } from './support/events';
import { graphFetch, graphGetAll } from './support/graph-fetch';
import { useEmulator } from './support/use-emulator';

const emulator = useEmulator();

function addSeries(
  subject: string,
  date: string,
  from: string,
  to: string,
  recurrence: PatternedRecurrence,
): string {
  return emulator().mailbox.addEvent(parisEvent(subject, date, from, to, { recurrence }));
}

async function occurrences(subject: string, start: string, end: string): Promise<WireEvent[]> {
  const { items } = await graphGetAll(emulator(), calendarViewPath(start, end), {
    Prefer: 'outlook.timezone="Europe/Paris", odata.maxpagesize=100',
  });
  return (items as unknown as WireEvent[]).filter((event) => event.subject === subject);
}

const datesOf = (events: WireEvent[]) => events.map((event) => event.start.dateTime.slice(0, 10));

describe('recurring series in calendarView', () => {
  it('daily every 2 days, 4 occurrences (numbered): 2, 4, 6 and 8 November', async () => {
    addSeries('daily', '2026-11-02', '09:00', '09:30', {
      pattern: { type: 'daily', interval: 2 },
      range: { type: 'numbered', startDate: '2026-11-02', numberOfOccurrences: 4 },
    });
    const found = await occurrences('daily', '2026-11-01T00:00:00Z', '2026-12-01T00:00:00Z');
    expect(datesOf(found)).toEqual(['2026-11-02', '2026-11-04', '2026-11-06', '2026-11-08']);
  });

  it('weekly on Monday and Wednesday every other week until 30 November (endDate, inclusive)', async () => {
    // Weeks start on Sunday: 1 Nov (yes), 8 Nov (no), 15 Nov (yes), 22 Nov (no), 29 Nov (yes, Monday only).
    addSeries('fortnightly', '2026-11-02', '14:00', '15:00', {
      pattern: {
        type: 'weekly',
        interval: 2,
        daysOfWeek: ['monday', 'wednesday'],
        firstDayOfWeek: 'sunday',
      },
      range: { type: 'endDate', startDate: '2026-11-02', endDate: '2026-11-30' },
    });
    const found = await occurrences('fortnightly', '2026-11-01T00:00:00Z', '2027-01-01T00:00:00Z');
    expect(datesOf(found)).toEqual([
      '2026-11-02',
      '2026-11-04',
      '2026-11-16',
      '2026-11-18',
      '2026-11-30',
    ]);
  });

  it('monthly on the 31st falls on the last day of shorter months (noEnd)', async () => {
    addSeries('month end', '2026-10-31', '10:00', '11:00', {
      pattern: { type: 'absoluteMonthly', interval: 1, dayOfMonth: 31 },
      range: { type: 'noEnd', startDate: '2026-10-31' },
    });
    const found = await occurrences('month end', '2026-10-01T00:00:00Z', '2027-02-01T00:00:00Z');
    expect(datesOf(found)).toEqual(['2026-10-31', '2026-11-30', '2026-12-31', '2027-01-31']);
  });

  it('monthly on the last Friday', async () => {
    addSeries('last friday', '2026-09-25', '16:00', '17:00', {
      pattern: { type: 'relativeMonthly', interval: 1, daysOfWeek: ['friday'], index: 'last' },
      range: { type: 'noEnd', startDate: '2026-09-25' },
    });
    const found = await occurrences('last friday', '2026-11-01T00:00:00Z', '2027-01-01T00:00:00Z');
    expect(datesOf(found)).toEqual(['2026-11-27', '2026-12-25']);
  });

  it('keeps the local time across the change to winter time (09:00 Paris is 07:00Z, then 08:00Z)', async () => {
    addSeries('across DST', '2026-10-19', '09:00', '09:30', {
      pattern: { type: 'weekly', interval: 1, daysOfWeek: ['monday'] },
      range: {
        type: 'numbered',
        startDate: '2026-10-19',
        numberOfOccurrences: 2,
        recurrenceTimeZone: 'Romance Standard Time',
      },
    });
    const { items } = await graphGetAll(
      emulator(),
      calendarViewPath('2026-10-19T00:00:00Z', '2026-10-27T00:00:00Z'),
    );
    const found = (items as unknown as WireEvent[]).filter(
      (event) => event.subject === 'across DST',
    );
    expect(found.map((event) => event.start.dateTime)).toEqual([
      '2026-10-19T07:00:00.0000000',
      '2026-10-26T08:00:00.0000000',
    ]);
  });

  describe('a weekly series with a moved and a deleted occurrence', () => {
    let masterId: string;
    beforeAll(() => {
      const mailbox = emulator().mailbox;
      masterId = addSeries('1:1', '2027-04-05', '16:30', '17:00', {
        pattern: {
          type: 'weekly',
          interval: 1,
          daysOfWeek: ['monday', 'tuesday', 'thursday'],
          firstDayOfWeek: 'monday',
        },
        range: { type: 'noEnd', startDate: '2027-04-05' },
      });
      mailbox.addException(masterId, '2027-04-13', {
        start: { dateTime: '2027-04-14T10:00:00', timeZone: 'Romance Standard Time' },
        end: { dateTime: '2027-04-14T10:30:00', timeZone: 'Romance Standard Time' },
      });
      mailbox.deleteOccurrence(masterId, '2027-04-15');
    });

    it('shows occurrences and the exception at its new time, never the master nor the deleted one', async () => {
      const found = await occurrences(
        '1:1',
        '2027-04-12T00:00:00+02:00',
        '2027-04-19T00:00:00+02:00',
      );
      expect(found.map((event) => [event.type, event.start.dateTime])).toEqual([
        ['occurrence', '2027-04-12T16:30:00.0000000'],
        ['exception', '2027-04-14T10:00:00.0000000'],
      ]);
      expect(found.every((event) => event.seriesMasterId === masterId)).toBe(true);
      expect(found.every((event) => event.recurrence === null)).toBe(true);
    });

    it('gives every instance its own id, stable from one request to the next, readable with GET', async () => {
      const first = await occurrences(
        '1:1',
        '2027-04-05T00:00:00+02:00',
        '2027-04-19T00:00:00+02:00',
      );
      const second = await occurrences(
        '1:1',
        '2027-04-05T00:00:00+02:00',
        '2027-04-19T00:00:00+02:00',
      );
      const ids = first.map((event) => event.id);
      expect(new Set([...ids, masterId]).size).toBe(ids.length + 1);
      expect(second.map((event) => event.id)).toEqual(ids);
      const occurrence = await graphFetch(
        emulator(),
        `/v1.0/me/events/${encodeURIComponent(ids[0])}`,
      );
      expect(occurrence.body).toMatchObject({
        id: ids[0],
        type: 'occurrence',
        seriesMasterId: masterId,
      });
      const master = await graphFetch(
        emulator(),
        `/v1.0/me/events/${encodeURIComponent(masterId)}`,
      );
      expect(master.body).toMatchObject({
        type: 'seriesMaster',
        recurrence: {
          pattern: { type: 'weekly' },
          range: { type: 'noEnd', startDate: '2027-04-05' },
        },
      });
    });

    it('answers 404 for the deleted occurrence', async () => {
      const deleted = emulator().mailbox.occurrenceId(masterId, '2027-04-15');
      const reply = await graphFetch(emulator(), `/v1.0/me/events/${encodeURIComponent(deleted)}`);
      expect(reply.status).toBe(404);
      expect(reply.body).toMatchObject({ error: { code: 'ErrorItemNotFound' } });
    });
  });
});
