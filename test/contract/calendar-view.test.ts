import { calendarViewPath, parisEvent, type WireEvent } from './support/events';
import { graphFetch, graphGetAll } from './support/graph-fetch';
import { useEmulator } from './support/use-emulator';

const emulator = useEmulator();

async function view(
  start: string,
  end: string,
  headers: Record<string, string> = {},
  extra = '',
): Promise<WireEvent[]> {
  const { items } = await graphGetAll(emulator(), calendarViewPath(start, end, extra), headers);
  return items as unknown as WireEvent[];
}

describe('calendarView: which events a window returns', () => {
  beforeAll(() => {
    const mailbox = emulator().mailbox;
    // Window of the test: Monday 23 November 2026, 09:00 to 10:00 in Paris (08:00Z to 09:00Z).
    mailbox.addEvent(parisEvent('ends at the window start', '2026-11-23', '08:00', '09:00'));
    mailbox.addEvent(parisEvent('overlaps the start', '2026-11-23', '08:30', '09:15'));
    mailbox.addEvent(parisEvent('starts a minute before the end', '2026-11-23', '09:59', '10:30'));
    mailbox.addEvent(parisEvent('starts at the window end', '2026-11-23', '10:00', '11:00'));
    mailbox.addEvent(parisEvent('zero length at the start', '2026-11-23', '09:00', '09:00'));
    mailbox.addEvent(parisEvent('zero length at the end', '2026-11-23', '10:00', '10:00'));
    mailbox.addEvent(parisEvent('spans the window', '2026-11-23', '08:00', '11:00'));
  });

  it('returns the events that overlap it (start < end of window, end > start of window), by start', async () => {
    const events = await view('2026-11-23T09:00:00+01:00', '2026-11-23T10:00:00+01:00');
    expect(events.map((event) => event.subject)).toEqual([
      'spans the window',
      'overlaps the start',
      'zero length at the start',
      'starts a minute before the end',
    ]);
  });

  it('reads a window without an offset as UTC', async () => {
    const events = await view('2026-11-23T08:00:00', '2026-11-23T09:00:00');
    expect(events).toHaveLength(4);
  });

  it('answers 400 ErrorInvalidParameter without a window', async () => {
    const reply = await graphFetch(
      emulator(),
      '/v1.0/me/calendarView?startDateTime=2026-11-23T08:00:00Z',
    );
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({ error: { code: 'ErrorInvalidParameter' } });
  });
});

describe('calendarView: time zones', () => {
  const window = ['2026-11-30T00:00:00Z', '2026-12-07T00:00:00Z'] as const;
  beforeAll(() => {
    const mailbox = emulator().mailbox;
    mailbox.addEvent(parisEvent('Paris meeting', '2026-11-30', '09:30', '10:00'));
    mailbox.addEvent({
      subject: 'All-day Wednesday',
      start: { dateTime: '2026-12-02T00:00:00.0000000', timeZone: 'Romance Standard Time' },
      end: { dateTime: '2026-12-03T00:00:00.0000000', timeZone: 'Romance Standard Time' },
      isAllDay: true,
    });
  });

  it('writes dateTimes in UTC without a preference, with seven fractional digits', async () => {
    const [meeting] = await view(...window);
    expect(meeting.start).toEqual({ dateTime: '2026-11-30T08:30:00.0000000', timeZone: 'UTC' });
    expect(meeting.end).toEqual({ dateTime: '2026-11-30T09:00:00.0000000', timeZone: 'UTC' });
    expect(meeting.originalStartTimeZone).toBe('Romance Standard Time');
  });

  it.each([
    ['Romance Standard Time', '2026-11-30T09:30:00.0000000'],
    ['Europe/Paris', '2026-11-30T09:30:00.0000000'],
    ['America/New_York', '2026-11-30T03:30:00.0000000'],
    ['Tokyo Standard Time', '2026-11-30T17:30:00.0000000'],
  ])(
    'honours Prefer: outlook.timezone="%s" and says so in Preference-Applied',
    async (zone, local) => {
      const reply = await graphFetch(emulator(), calendarViewPath(...window), {
        headers: { Prefer: `outlook.timezone="${zone}"` },
      });
      expect(reply.headers.get('preference-applied')).toBe(`outlook.timezone="${zone}"`);
      const [meeting] = (reply.body as { value: WireEvent[] }).value;
      expect(meeting.start).toEqual({ dateTime: local, timeZone: zone });
    },
  );

  it('ignores an unknown zone: UTC, and no Preference-Applied', async () => {
    const reply = await graphFetch(emulator(), calendarViewPath(...window), {
      headers: { Prefer: 'outlook.timezone="Mars/Olympus_Mons"' },
    });
    expect(reply.headers.get('preference-applied')).toBeNull();
    expect((reply.body as { value: WireEvent[] }).value[0].start.timeZone).toBe('UTC');
  });

  it('keeps all-day events on their dates in any zone, placed in the mailbox zone for the window', async () => {
    const inUtc = await view(...window);
    const allDay = inUtc.find((event) => event.isAllDay === true);
    expect(allDay?.start).toEqual({ dateTime: '2026-12-02T00:00:00.0000000', timeZone: 'UTC' });
    expect(allDay?.end).toEqual({ dateTime: '2026-12-03T00:00:00.0000000', timeZone: 'UTC' });
    // Wednesday in Paris runs from Tuesday 23:00Z to Wednesday 23:00Z.
    expect(await view('2026-12-01T22:00:00Z', '2026-12-01T23:00:00Z')).toEqual([]);
    const lateWednesday = await view('2026-12-02T22:30:00Z', '2026-12-02T23:30:00Z');
    expect(lateWednesday.map((event) => event.subject)).toEqual(['All-day Wednesday']);
  });
});

describe('calendarView: paging', () => {
  const window = ['2027-01-04T00:00:00Z', '2027-01-05T00:00:00Z'] as const;
  beforeAll(() => {
    // 25 events of 10 minutes from 08:00Z on Monday 4 January 2027.
    for (let n = 0; n < 25; n += 1) {
      const minutes = 8 * 60 + n * 10;
      const at = (m: number) =>
        `2027-01-04T${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}:00`;
      emulator().mailbox.addEvent({
        subject: `Event ${String(n + 1).padStart(2, '0')}`,
        start: { dateTime: at(minutes), timeZone: 'UTC' },
        end: { dateTime: at(minutes + 10), timeZone: 'UTC' },
      });
    }
  });

  async function pageSizes(extra: string, headers: Record<string, string> = {}): Promise<number[]> {
    const sizes: number[] = [];
    let next: string | undefined = calendarViewPath(...window, extra);
    while (next !== undefined) {
      const reply = await graphFetch(emulator(), next, { headers });
      const page = reply.body as { value: unknown[]; '@odata.nextLink'?: string };
      sizes.push(page.value.length);
      next = page['@odata.nextLink'];
    }
    return sizes;
  }

  it('pages by 10 by default, with an absolute nextLink to the emulator', async () => {
    expect(await pageSizes('')).toEqual([10, 10, 5]);
    const first = await graphFetch(emulator(), calendarViewPath(...window));
    const nextLink = (first.body as { '@odata.nextLink': string })['@odata.nextLink'];
    expect(nextLink.startsWith(`${emulator().url}/v1.0/me/calendarView?`)).toBe(true);
    expect(new URL(nextLink).searchParams.get('$skip')).toBe('10');
  });

  it('takes the page size from $top', async () => {
    expect(await pageSizes('&$top=7')).toEqual([7, 7, 7, 4]);
  });

  it('takes it from Prefer: odata.maxpagesize, and says so', async () => {
    expect(await pageSizes('', { Prefer: 'odata.maxpagesize=12' })).toEqual([12, 12, 1]);
    const reply = await graphFetch(emulator(), calendarViewPath(...window), {
      headers: { Prefer: 'outlook.timezone="Europe/Paris", odata.maxpagesize=12' },
    });
    expect(reply.headers.get('preference-applied')).toBe(
      'outlook.timezone="Europe/Paris", odata.maxpagesize=12',
    );
  });

  it('returns every event once, in start order, across pages; one round trip per page', async () => {
    const { items, pages } = await graphGetAll(emulator(), calendarViewPath(...window, '&$top=4'));
    expect(pages).toBe(7);
    expect(items.map((item) => item.subject)).toEqual(
      Array.from({ length: 25 }, (_, n) => `Event ${String(n + 1).padStart(2, '0')}`),
    );
    expect(emulator().requests.roundTrips()).toHaveLength(7);
  });

  it('keeps $select in the nextLink and returns only id, the etag and the selected fields', async () => {
    const { items } = await graphGetAll(
      emulator(),
      calendarViewPath(...window, '&$select=subject,start&$top=20'),
    );
    expect(items).toHaveLength(25);
    for (const item of items)
      expect(Object.keys(item)).toEqual(['@odata.etag', 'id', 'subject', 'start']);
    const reply = await graphFetch(
      emulator(),
      calendarViewPath(...window, '&$select=subject,start'),
    );
    expect((reply.body as Record<string, string>)['@odata.context']).toMatch(
      /\/calendarView\(subject,start\)$/,
    );
  });

  it('rejects $top=0', async () => {
    const reply = await graphFetch(emulator(), calendarViewPath(...window, '&$top=0'));
    expect(reply.status).toBe(400);
  });
});

describe('calendarView: page size cap', () => {
  it('caps $top and odata.maxpagesize at 1000, the documented maximum', async () => {
    for (let n = 0; n < 1005; n += 1) {
      emulator().mailbox.addEvent({
        subject: `Bulk ${n}`,
        start: { dateTime: '2027-02-01T10:00:00', timeZone: 'UTC' },
        end: { dateTime: '2027-02-01T10:30:00', timeZone: 'UTC' },
      });
    }
    const window = ['2027-02-01T00:00:00Z', '2027-02-02T00:00:00Z'] as const;
    const byTop = await graphFetch(
      emulator(),
      calendarViewPath(...window, '&$top=5000&$select=subject'),
    );
    expect((byTop.body as { value: unknown[] }).value).toHaveLength(1000);
    const byPrefer = await graphFetch(emulator(), calendarViewPath(...window, '&$select=subject'), {
      headers: { Prefer: 'odata.maxpagesize=2000' },
    });
    expect((byPrefer.body as { value: unknown[] }).value).toHaveLength(1000);
    expect(byPrefer.headers.get('preference-applied')).toBe('odata.maxpagesize=1000');
  });
});

describe('calendarView: extended properties', () => {
  const OVERRIDE =
    'String {00020329-0000-0000-C000-000000000046} Name cecp-c82467d4-2a51-46fa-bd47-41687ebb5dc1';
  const OTHER = 'String {00020329-0000-0000-C000-000000000046} Name cecp-another-add-in';
  const window = ['2027-03-01T00:00:00Z', '2027-03-02T00:00:00Z'] as const;
  beforeAll(() => {
    emulator().mailbox.addEvent(
      parisEvent('Overridden', '2027-03-01', '09:00', '10:00', {
        singleValueExtendedProperties: [
          { id: OVERRIDE, value: '{"quadrant":"I+U+"}' },
          { id: OTHER, value: '{"colour":"red"}' },
        ],
      }),
    );
    emulator().mailbox.addEvent(parisEvent('Plain', '2027-03-01', '11:00', '12:00'));
  });

  it('returns only the properties the $expand filter names, and none on events without them', async () => {
    const expand = `&$expand=${encodeURIComponent(`singleValueExtendedProperties($filter=id eq '${OVERRIDE}')`)}`;
    const [overridden, plain] = await view(...window, {}, expand);
    expect(overridden.singleValueExtendedProperties).toEqual([
      {
        id: expect.stringMatching(
          /^String \{00020329-0000-0000-c000-000000000046\} Name cecp-c82467d4/i,
        ),
        value: '{"quadrant":"I+U+"}',
      },
    ]);
    expect(plain).not.toHaveProperty('singleValueExtendedProperties');
  });

  it('returns none without $expand', async () => {
    const [overridden] = await view(...window);
    expect(overridden).not.toHaveProperty('singleValueExtendedProperties');
  });
});
