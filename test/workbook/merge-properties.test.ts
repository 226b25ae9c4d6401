import fc from 'fast-check';
import { summarizeWeek } from '../../src/core/summarize';
import { parseIsoWeek } from '../../src/core/week';
import { writeWeekToWorkbook } from '../../src/workbook/write-week';
import { syntheticWeekEvents } from '../bench/synthetic-events';
import { readTablesWithExcelJs } from './support/exceljs-reader';

const WEEKS = ['2026-W44', '2026-W45', '2026-W46', '2026-W47'];

/** One generation of a week: which week, and a version of its events. */
const generation = fc.record({
  week: fc.constantFrom(...WEEKS),
  events: fc.integer({ min: 0, max: 8 }),
  seed: fc.integer({ min: 1, max: 1000 }),
});

const summaryOf = ({ week, events, seed }: { week: string; events: number; seed: number }) =>
  summarizeWeek(syntheticWeekEvents(week, events, seed), {
    week: parseIsoWeek(week),
    timeZone: 'Europe/Paris',
  });

async function written(generations: readonly { week: string; events: number; seed: number }[]) {
  let bytes: Uint8Array | null = null;
  for (const g of generations)
    bytes = (await writeWeekToWorkbook(bytes, summaryOf(g), { language: 'en' })).bytes;
  return readTablesWithExcelJs(bytes!);
}

describe('generating weeks in any order, any number of times', () => {
  it('leaves the tables of the last version of each week, in week order, as if written once', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(generation, { minLength: 1, maxLength: 5 }), async (history) => {
        const last = new Map(history.map((g) => [g.week, g]));
        const once = WEEKS.flatMap((week) => (last.has(week) ? [last.get(week)!] : []));
        const [merged, fresh] = await Promise.all([written(history), written(once)]);
        expect(merged).toEqual(fresh);
      }),
      { numRuns: 20 },
    );
  }, 120_000);
});
