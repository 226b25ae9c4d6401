import { summarizeWeek } from '../src/core/summarize';
import { summaryToJson } from '../src/core/summary-json';
import { parseIsoWeek } from '../src/core/week';
import type { Bench } from './measure';
import { timeMedian } from './measure';
import { isoWeeksOf2026, syntheticWeekEvents } from './synthetic-events';

function summarize(events: unknown[], isoWeek: string): string {
  const summary = summarizeWeek(events, { week: parseIsoWeek(isoWeek), timeZone: 'Europe/Paris' });
  return JSON.stringify(summaryToJson(summary));
}

const oneWeek = syntheticWeekEvents('2026-W47', 500);
const year = isoWeeksOf2026(52).map((week, i) => ({
  week,
  events: syntheticWeekEvents(week, 300, i + 1),
}));
const yearInOneFile = year.flatMap((w) => w.events);

export const summarizeBenches: Bench[] = [
  {
    name: 'summarize 1 week × 500 events',
    run: () => timeMedian(30, () => summarize(oneWeek, '2026-W47')),
  },
  {
    name: 'summarize 52 weeks × 300 events (52 calls)',
    run: () => timeMedian(5, () => year.forEach(({ week, events }) => summarize(events, week))),
  },
  {
    name: 'summarize 1 week out of a 52 × 300 = 15,600-event file',
    run: () => timeMedian(10, () => summarize(yearInOneFile, '2026-W26')),
  },
];
