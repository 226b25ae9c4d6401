import { readFileSync } from 'node:fs';
import { writeWeekToWorkbook } from '../src/workbook/write-week';
import { syntheticWeekSummary } from './synthetic-events';

/**
 * One write of a synthetic week into a workbook file, alone in its process, so that the
 * process's peak memory is that of the write. Usage: write-once.js FILE WEEK EVENTS SEED.
 * Prints {"rssBeforeBytes": …, "peakRssBytes": …}.
 */
async function writeOnce(): Promise<void> {
  const [file, isoWeek, events, seed] = process.argv.slice(2);
  const base = readFileSync(file);
  const summary = syntheticWeekSummary(isoWeek, Number(events), Number(seed));
  const rssBeforeBytes = process.memoryUsage().rss;
  await writeWeekToWorkbook(base, summary, { language: 'fr' });
  const peakRssBytes = process.resourceUsage().maxRSS * 1024;
  process.stdout.write(JSON.stringify({ rssBeforeBytes, peakRssBytes }));
}

void writeOnce();
