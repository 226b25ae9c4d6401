import type { Event as GraphEvent } from '@microsoft/microsoft-graph-types';
import { DateTime } from 'luxon';
import { parseCatalog, type Catalog } from '../../../src/core/catalog';
import { summarizeWeek } from '../../../src/core/summarize';
import { parseIsoWeek } from '../../../src/core/week';
import type { WeekSummary } from '../../../src/core/week-summary';
import { syntheticWeekSummary } from '../../../bench/synthetic-events';
import { graphEvent } from '../../support/graph-event';

/** Three tasks, so that every expected figure below can be worked out by hand. */
export const SMALL_CATALOG: Catalog = parseCatalog([
  {
    code: 'MAIL',
    label: { fr: 'Courriels', en: 'Email' },
    quadrant: 'I-U+',
    plannedHours: 5,
    aiPotential: 'assist',
    decision: 'assisted',
  },
  {
    code: 'STRAT',
    label: { fr: 'Stratégie', en: 'Strategy' },
    quadrant: 'I+U-',
    plannedHours: 6,
    aiSince: '2026-11-09',
  },
  { code: 'MGT', label: { fr: 'Management', en: 'Management' }, quadrant: 'I+U+', plannedHours: 2 },
]);

/**
 * 2026-W47 (Monday 16 November, Paris, UTC+1):
 * - a: Mon 09:00–10:30 MAIL; b: Mon 10:00–11:00 [STRAT]. They overlap 10:00–10:30, shared
 *   equally: a = 60 + 15 = 75 min = 1.25 h, b = 15 + 30 = 45 min = 0.75 h; overlap 0.5 h.
 * - c: Tue 14:00–16:00 MGT, private: 2 h, subject never written.
 * - d: Wed 09:00–10:00 untagged: 1 h.
 * - e: Thu 09:00–10:00 MAIL, cancelled: excluded, 0 h.
 * Counted 5 h, tagged 4 h, untagged 1 h; I+U+ 2, I-U+ 1.25, I+U- 0.75, I-U- 0;
 * important share (2 + 0.75) / 4 = 0.6875 → 0.69.
 */
export function smallWeekEvents(monday = '2026-11-16'): GraphEvent[] {
  const day = (n: number) => DateTime.fromISO(monday).plus({ days: n }).toISODate() ?? '';
  return [
    graphEvent({
      id: 'a',
      subject: 'Emails',
      start: `${day(0)}T09:00`,
      end: `${day(0)}T10:30`,
      categories: ['MAIL'],
    }),
    graphEvent({
      id: 'b',
      subject: '[STRAT] Plan 2027',
      start: `${day(0)}T10:00`,
      end: `${day(0)}T11:00`,
    }),
    graphEvent({
      id: 'c',
      subject: 'Secret review',
      start: `${day(1)}T14:00`,
      end: `${day(1)}T16:00`,
      categories: ['MGT'],
      sensitivity: 'private',
    }),
    graphEvent({ id: 'd', subject: 'Lunch', start: `${day(2)}T09:00`, end: `${day(2)}T10:00` }),
    graphEvent({
      id: 'e',
      subject: 'Inbox zero',
      start: `${day(3)}T09:00`,
      end: `${day(3)}T10:00`,
      categories: ['MAIL'],
      cancelled: true,
    }),
  ];
}

export function summarizeFor(
  events: unknown[],
  week: string,
  catalog: Catalog = SMALL_CATALOG,
): WeekSummary {
  return summarizeWeek(events, { week: parseIsoWeek(week), timeZone: 'Europe/Paris', catalog });
}

export function smallWeek(): WeekSummary {
  return summarizeFor(smallWeekEvents(), '2026-W47');
}

/** The ISO weeks of 2026, W01 first. */
export function weeksOf2026(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `2026-W${String(i + 1).padStart(2, '0')}`);
}

/** A busy synthetic week (default catalog), the same for the same week and seed. */
export const busyWeek = syntheticWeekSummary;

/** Excel's serial number of a date, worked by hand: 2026-11-16 is 46342. */
export const SERIAL_2026_11_16 = 46342;
