import { launchEventBenches } from './launch-event-bench';
import type { Bench } from './measure';
import { pullBenches } from './pull-bench';
import { suggestionBenches } from './suggestions-bench';
import { summarizeBenches } from './summarize-bench';
import { bundleSizeLines, taskpaneBenches } from './taskpane-bench';
import { tagWeekBenches } from './tag-week-bench';
import { teamBenches } from './team-bench';
import { workbookBenches } from './workbook-bench';

const benches: Bench[] = [
  ...summarizeBenches,
  ...pullBenches,
  ...workbookBenches,
  ...launchEventBenches,
  ...teamBenches,
  ...tagWeekBenches,
  ...suggestionBenches,
  ...taskpaneBenches,
];

async function runAll(): Promise<void> {
  console.log(`node ${process.version}, ${process.platform} ${process.arch}`);
  for (const line of bundleSizeLines()) console.log(line);
  // `npm run bench -- team` runs the benches whose name contains "team".
  const only = process.argv[2];
  for (const bench of benches.filter((b) => only === undefined || b.name.includes(only))) {
    const result = await bench.run();
    const details = Object.entries(result.details ?? {})
      .map(([key, value]) => `${key} ${value}`)
      .join(', ');
    const median = `${result.medianMs.toFixed(1)} ms`.padStart(11);
    console.log(
      `${bench.name.padEnd(62)} median ${median} (${result.runs} runs)${details ? `  ${details}` : ''}`,
    );
    for (const line of result.lines ?? []) console.log(line);
  }
}

void runAll();
