import fc from 'fast-check';
import type { Event as GraphEvent } from '@microsoft/microsoft-graph-types';
import { DateTime } from 'luxon';
import { summarizeWeek } from '../../src/core/summarize';
import { summaryToJson } from '../../src/core/summary-json';
import { parseIsoWeek, weekWindow } from '../../src/core/week';
import type { ExclusionReason } from '../../src/core/week-summary';
import { EXCLUSION_REASONS } from '../../src/core/week-summary';

// Weeks chosen to include both Paris DST changes and a New York one.
const WEEKS = [
  { week: '2026-W47', zone: 'Europe/Paris' },
  { week: '2026-W13', zone: 'Europe/Paris' },
  { week: '2026-W43', zone: 'Romance Standard Time' },
  { week: '2026-W45', zone: 'America/New_York' },
  { week: '2026-W47', zone: 'UTC' },
];
const CATEGORIES = [
  'Centaure MAIL',
  'STRAT',
  'centaure reu',
  'Rouge',
  'Centaure CRISE',
  'Centaure ADM',
];
const MINUTE = 60_000;

const scenario = fc.record({
  where: fc.constantFrom(...WEEKS),
  events: fc.array(
    fc.record({
      // Minutes from 1 day before the week's Monday, so some events straddle its edges.
      offset: fc.integer({ min: 0, max: 9 * 24 * 60 }),
      duration: fc.oneof(
        fc.integer({ min: 0, max: 240 }),
        fc.integer({ min: 0, max: 3 * 24 * 60 }),
      ),
      allDay: fc.integer({ min: 0, max: 9 }).map((n) => n < 3),
      allDayLength: fc.integer({ min: 1, max: 4 }),
      categories: fc.subarray(CATEGORIES, { maxLength: 2 }),
      subjectCode: fc.constantFrom('', '[VEIL] ', '[mgt] ', '[ZZZ] '),
      cancelled: fc.boolean(),
      declined: fc.boolean(),
      free: fc.boolean(),
    }),
    { maxLength: 40 },
  ),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function toGraph(s: Scenario): GraphEvent[] {
  const window = weekWindow(
    parseIsoWeek(s.where.week),
    s.where.zone === 'Romance Standard Time' ? 'Europe/Paris' : s.where.zone,
  );
  const origin = window.start.minus({ days: 1 }).toMillis();
  return s.events.map((e, i) => {
    const start = DateTime.fromMillis(origin + e.offset * MINUTE, { zone: 'UTC' });
    const rare = (flag: boolean) => flag && i % 4 === 0;
    const base: GraphEvent = {
      id: `e${i}`,
      subject: `${e.subjectCode}Meeting ${i}`,
      categories: e.categories,
      isCancelled: rare(e.cancelled),
      responseStatus: { response: rare(e.declined) ? 'declined' : 'accepted' },
      showAs: rare(e.free) ? 'free' : 'busy',
    };
    if (e.allDay) {
      const day = start.toISODate() ?? '';
      const end = start.plus({ days: e.allDayLength }).toISODate() ?? '';
      return {
        ...base,
        isAllDay: true,
        start: { dateTime: `${day}T00:00:00`, timeZone: 'UTC' },
        end: { dateTime: `${end}T00:00:00`, timeZone: 'UTC' },
      };
    }
    const end = start.plus({ minutes: e.duration });
    const wire = (d: DateTime) => d.toFormat("yyyy-LL-dd'T'HH:mm:ss.SSS'0000'");
    return {
      ...base,
      start: { dateTime: wire(start), timeZone: 'UTC' },
      end: { dateTime: wire(end), timeZone: 'UTC' },
    };
  });
}

function run(
  s: Scenario,
  events = toGraph(s),
  exclusions: readonly ExclusionReason[] = EXCLUSION_REASONS,
) {
  return summarizeWeek(events, {
    week: parseIsoWeek(s.where.week),
    timeZone: s.where.zone,
    exclusions,
  });
}

/** An oracle independent of the engine: walk the week minute by minute. */
function minuteByMinute(s: Scenario) {
  const summary = run(s);
  const { start, end } = summary.window;
  const first = start.toMillis() / MINUTE;
  const last = end.toMillis() / MINUTE;
  const timed = summary.events.filter((c) => c.excluded === null && c.event.span.kind === 'timed');
  const expected = new Map<string, number>(timed.map((c) => [c.event.id, 0]));
  let busy = 0;
  for (let minute = first; minute < last; minute += 1) {
    const active = timed.filter((c) => {
      const span = c.event.span as { start: number; end: number };
      return Math.floor(span.start / MINUTE) <= minute && minute < Math.floor(span.end / MINUTE);
    });
    if (active.length > 0) busy += 1;
    for (const c of active)
      expected.set(c.event.id, (expected.get(c.event.id) ?? 0) + 1 / active.length);
  }
  return { summary, expected, busy };
}

const close = (a: number, b: number) => Math.abs(a - b) < 1e-6;

describe('counting invariants (property-based)', () => {
  it('each event gets exactly its minute-by-minute share of overlapped time', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { summary, expected } = minuteByMinute(s);
        for (const counted of summary.events) {
          if (expected.has(counted.event.id)) {
            expect(close(counted.minutes, expected.get(counted.event.id) ?? NaN)).toBe(true);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('tagged + untagged = counted = union of busy time + tagged all-day hours', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { summary, busy } = minuteByMinute(s);
        const allDay = summary.events
          .filter((c) => c.excluded === null && c.event.span.kind === 'allDay')
          .reduce((sum, c) => sum + c.minutes, 0);
        expect(close(summary.taggedMinutes + summary.untaggedMinutes, summary.countedMinutes)).toBe(
          true,
        );
        expect(close(summary.countedMinutes, busy + allDay)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('no day holds more timed time than the day is long (24 h, or 23/25 h on DST days)', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const summary = run(s);
        summary.days.forEach((day, i) => {
          const length = summary.window.start
            .plus({ days: i + 1 })
            .diff(summary.window.start.plus({ days: i }), 'minutes').minutes;
          expect(day.timedMinutes).toBeLessThanOrEqual(length);
          expect(length).toBeLessThanOrEqual(25 * 60);
        });
      }),
    );
  });

  it('the task hours add up to the tagged hours, and so do the quadrants', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const summary = run(s);
        const byTask = summary.tasks.reduce((sum, t) => sum + t.minutes, 0);
        const byQuadrant = Object.values(summary.quadrantMinutes).reduce((sum, m) => sum + m, 0);
        expect(close(byTask, summary.taggedMinutes)).toBe(true);
        expect(close(byQuadrant, summary.taggedMinutes)).toBe(true);
      }),
    );
  });

  it('the result does not depend on input order', () => {
    fc.assert(
      fc.property(scenario, fc.func(fc.integer()), (s, rank) => {
        const events = toGraph(s);
        const shuffled = [...events].sort((a, b) => rank(a.id) - rank(b.id));
        expect(summaryToJson(run(s, shuffled))).toEqual(summaryToJson(run(s, events)));
      }),
    );
  });

  it('the printed figures are finite numbers with at most 2 decimals', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const json = summaryToJson(run(s));
        const numbers = [
          ...Object.values(json.totals),
          ...Object.values(json.quadrants),
          ...json.tasks.flatMap((t) => [t.actualHours, t.deltaHours]),
          ...json.events.map((e) => e.hours),
        ];
        for (const n of numbers) {
          expect(Number.isFinite(n)).toBe(true);
          expect(close(Math.round(n * 100), n * 100)).toBe(true);
        }
        expect(json.totals.importantShare).toBeGreaterThanOrEqual(0);
        expect(json.totals.importantShare).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('switching an exclusion rule off never lowers the counted time, and only that rule stops excluding', () => {
    fc.assert(
      fc.property(scenario, fc.subarray([...EXCLUSION_REASONS]), (s, applied) => {
        const events = toGraph(s);
        const all = run(s, events);
        const some = run(s, events, applied);
        expect(some.countedMinutes).toBeGreaterThanOrEqual(all.countedMinutes - 1e-6);
        expect(close(some.taggedMinutes + some.untaggedMinutes, some.countedMinutes)).toBe(true);
        for (const counted of some.events) {
          if (counted.excluded !== null) expect(applied).toContain(counted.excluded);
          else expect(counted.minutes).toBeGreaterThanOrEqual(0);
        }
        // An event left out under the default rules stays out exactly when its reason still applies.
        all.events.forEach((counted, i) => {
          const now = some.events[i];
          expect(now.event.id).toBe(counted.event.id);
          if (counted.excluded !== null && applied.includes(counted.excluded)) {
            expect(now.excluded).toBe(counted.excluded);
          }
        });
      }),
      { numRuns: 60 },
    );
  });
});
