import { upsertWeekThroughExcelApi } from '../../src/workbook/excel-api-upsert';
import { writeWeekToWorkbook } from '../../src/workbook/write-week';
import { editTable } from './support/edit-table';
import { readTablesWithExcelJs } from './support/exceljs-reader';
import { InProcessExcel } from './support/in-process-excel';
import { smallWeek, smallWeekEvents, summarizeFor } from './support/weeks';

// The dashboard sums by week with SUMIFS, which compares text without case: a week label
// re-typed `2026-w47` is the week 2026-W47 there, so it must be here too, or it counts twice.

const WEEK_TABLES = ['WeeklyTasks', 'Events', 'WeeklyQuadrants'];

/** W46 and W47, then every W47 label re-typed in lower case, as a user may in Excel. */
async function retypedInLowerCase(): Promise<Uint8Array> {
  const first = await writeWeekToWorkbook(
    null,
    summarizeFor(smallWeekEvents('2026-11-09'), '2026-W46'),
    {
      language: 'en',
    },
  );
  let bytes = (await writeWeekToWorkbook(first.bytes, smallWeek(), { language: 'en' })).bytes;
  for (const table of WEEK_TABLES) {
    bytes = await editTable(bytes, table, (value, _, column) =>
      column === 0 && value === '2026-W47' ? '2026-w47' : undefined,
    );
  }
  return bytes;
}

async function weeksIn(bytes: Uint8Array) {
  const tables = await readTablesWithExcelJs(bytes);
  return Object.fromEntries(
    WEEK_TABLES.map((name) => [name, tables[name].rows.map((row) => row[0])]),
  );
}

const expected = {
  // W46 then W47: 3 tasks, 5 events and one quadrants row each.
  WeeklyTasks: [...Array(3).fill('2026-W46'), ...Array(3).fill('2026-W47')],
  Events: [...Array(5).fill('2026-W46'), ...Array(5).fill('2026-W47')],
  WeeklyQuadrants: ['2026-W46', '2026-W47'],
};

describe('week labels are matched as Excel matches them, without case', () => {
  it('rewriting the file replaces the rows of a week re-typed 2026-w47', async () => {
    const written = await writeWeekToWorkbook(await retypedInLowerCase(), smallWeek(), {
      language: 'en',
    });

    expect(await weeksIn(written.bytes)).toEqual(expected);
  });

  it('so does writing through the Excel REST API', async () => {
    const excel = new InProcessExcel(await retypedInLowerCase());

    await upsertWeekThroughExcelApi(excel, smallWeek(), 'en');

    expect(await weeksIn(excel.bytes)).toEqual(expected);
  });
});
