import fc from 'fast-check';
import { upsertWeekThroughExcelApi } from '../../src/workbook/excel-api-upsert';
import { writeWeekToWorkbook } from '../../src/workbook/write-week';
import { syntheticWeekSummary } from '../../bench/synthetic-events';
import { readTablesWithExcelJs } from './support/exceljs-reader';
import { InProcessExcel } from './support/in-process-excel';

const WEEKS = ['2026-W44', '2026-W45', '2026-W46', '2026-W47'];

/** One generation of a week: which week, and a version of its events. */
const generation = fc.record({
  week: fc.constantFrom(...WEEKS),
  // Often none: a week without events leaves a table emptied, a case of its own.
  events: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 8 })),
  seed: fc.integer({ min: 1, max: 1000 }),
});

const summaryOf = ({ week, events, seed }: Generation) => syntheticWeekSummary(week, events, seed);

type Generation = { week: string; events: number; seed: number };

async function fileAfter(generations: readonly Generation[]): Promise<Uint8Array> {
  let bytes: Uint8Array | null = null;
  for (const g of generations)
    bytes = (await writeWeekToWorkbook(bytes, summaryOf(g), { language: 'en' })).bytes;
  return bytes!;
}

const written = async (generations: readonly Generation[]) =>
  readTablesWithExcelJs(await fileAfter(generations));

describe('generating weeks in any order, any number of times', () => {
  it('leaves the tables of the last version of each week, in week order, as if written once', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(generation, { minLength: 1, maxLength: 5 }), async (history) => {
        const last = new Map(history.map((g) => [g.week, g]));
        const once = WEEKS.flatMap((week) => (last.has(week) ? [last.get(week)!] : []));
        const [merged, fresh] = await Promise.all([written(history), written(once)]);
        expect(merged).toEqual(fresh);
        // And not merely the same: one Events row per event of each week's last version.
        const events = once.reduce((sum, g) => sum + summaryOf(g).events.length, 0);
        const eventRows = merged.Events.rows.filter((row) => row[0] !== null);
        expect(eventRows).toHaveLength(events);
        expect(merged.WeeklyQuadrants.rows.map((row) => row[0])).toEqual(once.map((g) => g.week));
      }),
      { numRuns: 20 },
    );
  }, 120_000);

  it('gives the same tables through the Excel REST API (the file open in Excel) as in the file', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(generation, { minLength: 1, maxLength: 4 }),
        generation,
        async (history, next) => {
          const start = await fileAfter(history);
          const excel = new InProcessExcel(start);
          await upsertWeekThroughExcelApi(excel, summaryOf(next), 'en');
          const rewritten = await writeWeekToWorkbook(start, summaryOf(next), { language: 'en' });
          expect(await readTablesWithExcelJs(excel.bytes)).toEqual(
            await readTablesWithExcelJs(rewritten.bytes),
          );
        },
      ),
      { numRuns: 15 },
    );
  }, 120_000);
});
