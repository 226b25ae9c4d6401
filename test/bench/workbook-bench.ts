import { summarizeWeek } from '../../src/core/summarize';
import { parseIsoWeek } from '../../src/core/week';
import type { WeekSummary } from '../../src/core/week-summary';
import { writeWeekToWorkbook } from '../../src/workbook/write-week';
import type { Bench, BenchResult } from './measure';
import { timeMedian } from './measure';
import { isoWeeksOf2026, syntheticWeekEvents } from './synthetic-events';

const EVENTS_PER_WEEK = 60;

function week(isoWeek: string, seed: number): WeekSummary {
  return summarizeWeek(syntheticWeekEvents(isoWeek, EVENTS_PER_WEEK, seed), {
    week: parseIsoWeek(isoWeek),
    timeZone: 'Europe/Paris',
  });
}

/** A tracking workbook holding 2026-W01 to W52, 60 events a week. */
async function yearWorkbook(): Promise<Uint8Array> {
  let bytes: Uint8Array | null = null;
  for (const [i, isoWeek] of isoWeeksOf2026(52).entries()) {
    bytes = (await writeWeekToWorkbook(bytes, week(isoWeek, i + 1), { language: 'fr' })).bytes;
  }
  return bytes!;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const kilobytes = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

/** Times writing `summary` into the year workbook, with memory and sizes. */
async function measureWrite(
  base: Uint8Array,
  summary: WeekSummary,
  runs: number,
): Promise<BenchResult> {
  let written = base;
  let peakHeap = 0;
  const timing = await timeMedian(runs, async () => {
    written = (await writeWeekToWorkbook(base, summary, { language: 'fr' })).bytes;
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  });
  return {
    ...timing,
    details: {
      'file before': kilobytes(base.byteLength),
      'file after': kilobytes(written.byteLength),
      // Sampled right after each write, so garbage not yet collected is included.
      'heap used after a write (max)': megabytes(peakHeap),
      // maxRSS is the process peak so far, in KiB: building the year is included.
      'process max RSS': megabytes(process.resourceUsage().maxRSS * 1024),
    },
  };
}

let year: Promise<Uint8Array> | null = null;
const yearOnce = () => (year ??= yearWorkbook());

export const workbookBenches: Bench[] = [
  {
    name: 'workbook: add week 53 to a 52-week × 60-event workbook',
    run: async () => measureWrite(await yearOnce(), week('2026-W53', 53), 15),
  },
  {
    name: 'workbook: regenerate week 26 (45 events) in the same workbook',
    run: async () => {
      const summary = summarizeWeek(syntheticWeekEvents('2026-W26', 45, 2600), {
        week: parseIsoWeek('2026-W26'),
        timeZone: 'Europe/Paris',
      });
      return measureWrite(await yearOnce(), summary, 15);
    },
  },
];
