import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { WeekSummary } from '../src/core/week-summary';
import { writeWeekToWorkbook } from '../src/workbook/write-week';
import type { Bench, BenchResult } from './measure';
import { timeMedian } from './measure';
import { isoWeeksOf2026, syntheticWeekSummary } from './synthetic-events';

const EVENTS_PER_WEEK = 60;
const run = promisify(execFile);

/** A tracking workbook holding 2026-W01 to W52, 60 events a week. */
async function yearWorkbook(): Promise<Uint8Array> {
  let bytes: Uint8Array | null = null;
  for (const [i, isoWeek] of isoWeeksOf2026(52).entries()) {
    const summary = synthetic({ isoWeek, events: EVENTS_PER_WEEK, seed: i + 1 });
    bytes = (await writeWeekToWorkbook(bytes, summary, { language: 'fr' })).bytes;
  }
  return bytes!;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const kilobytes = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

interface SyntheticWeek {
  isoWeek: string;
  events: number;
  seed: number;
}

const synthetic = ({ isoWeek, events, seed }: SyntheticWeek): WeekSummary =>
  syntheticWeekSummary(isoWeek, events, seed);

/** Peak memory of one write, measured in a process that does nothing else. */
async function peakMemoryOfOneWrite(base: Uint8Array, week: SyntheticWeek): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'centaure-bench-'));
  try {
    const file = join(dir, 'year.xlsx');
    writeFileSync(file, base);
    const args = [file, week.isoWeek, String(week.events), String(week.seed)];
    const { stdout } = await run(process.execPath, [join(__dirname, 'write-once.js'), ...args]);
    const { rssBeforeBytes, peakRssBytes } = JSON.parse(stdout) as Record<string, number>;
    return `${megabytes(peakRssBytes)} (${megabytes(rssBeforeBytes)} before the write)`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Times writing a week into the year workbook, with peak memory and sizes. */
async function measureWrite(
  base: Uint8Array,
  week: SyntheticWeek,
  runs: number,
): Promise<BenchResult> {
  const summary = synthetic(week);
  let written = base;
  const timing = await timeMedian(runs, async () => {
    written = (await writeWeekToWorkbook(base, summary, { language: 'fr' })).bytes;
  });
  return {
    ...timing,
    details: {
      'file before': kilobytes(base.byteLength),
      'file after': kilobytes(written.byteLength),
      'peak RSS of one write in its own process': await peakMemoryOfOneWrite(base, week),
    },
  };
}

let year: Promise<Uint8Array> | null = null;
const yearOnce = () => (year ??= yearWorkbook());

export const workbookBenches: Bench[] = [
  {
    name: 'workbook: add week 53 to a 52-week × 60-event workbook',
    run: async () =>
      measureWrite(
        await yearOnce(),
        { isoWeek: '2026-W53', events: EVENTS_PER_WEEK, seed: 53 },
        15,
      ),
  },
  {
    name: 'workbook: regenerate week 26 (45 events) in the same workbook',
    run: async () =>
      measureWrite(await yearOnce(), { isoWeek: '2026-W26', events: 45, seed: 2600 }, 15),
  },
];
