import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { WorkbookError } from '../../src/workbook/errors';
import { isCentaureWorkbook, writeWeekToWorkbook } from '../../src/workbook/write-week';
import { readTablesWithExcelJs } from './support/exceljs-reader';
import { SMALL_CATALOG, smallWeek, smallWeekEvents, summarizeFor } from './support/weeks';

const NOV_16 = '2026-11-16T00:00:00.000Z';

describe('a new tracking workbook', () => {
  it('holds the week in the four tables, in the user language, as exceljs reads them', async () => {
    const written = await writeWeekToWorkbook(null, smallWeek(), { language: 'en' });
    expect(written).toMatchObject({ created: true, adopted: false, language: 'en' });
    const tables = await readTablesWithExcelJs(written.bytes);
    expect(Object.keys(tables).sort()).toEqual([
      'Catalog',
      'Events',
      'WeeklyQuadrants',
      'WeeklyTasks',
    ]);

    expect(tables.WeeklyTasks.sheet).toBe('Weekly tasks');
    expect(tables.WeeklyTasks.ref).toBe('A1:K4');
    expect(tables.WeeklyTasks.headers).toEqual([
      'Week',
      'Week start',
      'Code',
      'Task',
      'Quadrant',
      'Planned h',
      'Actual h',
      'Delta h',
      'Events',
      'AI potential',
      'Decision',
    ]);
    expect(tables.WeeklyTasks.rows).toEqual([
      ['2026-W47', NOV_16, 'MAIL', 'Email', 'I-U+', 5, 1.25, -3.75, 1, 'assist', 'assisted'],
      ['2026-W47', NOV_16, 'STRAT', 'Strategy', 'I+U-', 6, 0.75, -5.25, 1, 'none', 'keep'],
      ['2026-W47', NOV_16, 'MGT', 'Management', 'I+U+', 2, 2, 0, 1, 'none', 'keep'],
    ]);

    expect(tables.WeeklyQuadrants.rows).toEqual([
      ['2026-W47', NOV_16, 2, 1.25, 0.75, 0, 4, 1, 5, 0.5, 0.69],
    ]);

    expect(tables.Events.headers).toEqual([
      'Week',
      'Date',
      'Start',
      'End',
      'Hours',
      'Code',
      'Quadrant',
      'Subject',
      'Tag source',
      'Excluded reason',
    ]);
    expect(tables.Events.rows).toEqual([
      [
        '2026-W47',
        NOV_16,
        '2026-11-16T09:00:00.000Z',
        '2026-11-16T10:30:00.000Z',
        1.25,
        'MAIL',
        'I-U+',
        'Emails',
        'category',
        null,
      ],
      [
        '2026-W47',
        NOV_16,
        '2026-11-16T10:00:00.000Z',
        '2026-11-16T11:00:00.000Z',
        0.75,
        'STRAT',
        'I+U-',
        '[STRAT] Plan 2027',
        'subject',
        null,
      ],
      // Private: counted, subject blank.
      [
        '2026-W47',
        '2026-11-17T00:00:00.000Z',
        '2026-11-17T14:00:00.000Z',
        '2026-11-17T16:00:00.000Z',
        2,
        'MGT',
        'I+U+',
        null,
        'category',
        null,
      ],
      [
        '2026-W47',
        '2026-11-18T00:00:00.000Z',
        '2026-11-18T09:00:00.000Z',
        '2026-11-18T10:00:00.000Z',
        1,
        null,
        null,
        'Lunch',
        null,
        null,
      ],
      [
        '2026-W47',
        '2026-11-19T00:00:00.000Z',
        '2026-11-19T09:00:00.000Z',
        '2026-11-19T10:00:00.000Z',
        0,
        'MAIL',
        'I-U+',
        'Inbox zero',
        'category',
        'cancelled',
      ],
    ]);

    expect(tables.Catalog.rows).toEqual([
      ['MAIL', 'Email', 'I-U+', 5, 'MAIL', 'assist', 'assisted', null, null, null],
      [
        'STRAT',
        'Strategy',
        'I+U-',
        6,
        'STRAT',
        'none',
        'keep',
        '2026-11-09T00:00:00.000Z',
        null,
        null,
      ],
      ['MGT', 'Management', 'I+U+', 2, 'MGT', 'none', 'keep', null, null, null],
    ]);
    expect(await isCentaureWorkbook(written.bytes)).toBe(true);
  });

  it('writes French headers, sheet names and words for a French user', async () => {
    const written = await writeWeekToWorkbook(null, smallWeek(), { language: 'fr' });
    const tables = await readTablesWithExcelJs(written.bytes);
    expect(tables.WeeklyTasks.sheet).toBe('Tâches hebdo');
    expect(tables.WeeklyTasks.headers.slice(0, 8)).toEqual([
      'Semaine',
      'Début de semaine',
      'Code',
      'Tâche',
      'Quadrant',
      'Prévu h',
      'Réel h',
      'Écart h',
    ]);
    expect(tables.WeeklyTasks.rows[0].slice(9)).toEqual(['assistance', 'assisté']);
    expect(tables.Events.rows[4].slice(8)).toEqual(['catégorie', 'annulé']);
  });
});

describe('writing a week again', () => {
  it('is idempotent: the same week twice gives the same tables', async () => {
    const once = await writeWeekToWorkbook(null, smallWeek(), { language: 'en' });
    const twice = await writeWeekToWorkbook(once.bytes, smallWeek(), { language: 'en' });
    expect(twice).toMatchObject({ created: false, adopted: false });
    expect(await readTablesWithExcelJs(twice.bytes)).toEqual(
      await readTablesWithExcelJs(once.bytes),
    );
  });

  it('replaces exactly that week: other weeks stay, in week order, and ranges follow', async () => {
    const w47 = smallWeek();
    const w46 = summarizeFor(smallWeekEvents('2026-11-09'), '2026-W46');
    let bytes = (await writeWeekToWorkbook(null, w47, { language: 'en' })).bytes;
    bytes = (await writeWeekToWorkbook(bytes, w46, { language: 'en' })).bytes;
    // W47 again, now with one event fewer (the untagged lunch is gone).
    const w47Again = summarizeFor(
      smallWeekEvents().filter((e) => e.id !== 'd'),
      '2026-W47',
    );
    bytes = (await writeWeekToWorkbook(bytes, w47Again, { language: 'en' })).bytes;

    const tables = await readTablesWithExcelJs(bytes);
    expect(tables.WeeklyTasks.ref).toBe('A1:K7');
    expect(tables.WeeklyTasks.rows.map((r) => `${r[0]} ${r[2]}`)).toEqual([
      '2026-W46 MAIL',
      '2026-W46 STRAT',
      '2026-W46 MGT',
      '2026-W47 MAIL',
      '2026-W47 STRAT',
      '2026-W47 MGT',
    ]);
    expect(tables.WeeklyQuadrants.rows.map((r) => [r[0], r[8]])).toEqual([
      ['2026-W46', 5],
      // Without the 1 h lunch.
      ['2026-W47', 4],
    ]);
    expect(tables.Events.ref).toBe('A1:J10');
    expect(tables.Events.rows.map((r) => `${r[0]} ${r[7]}`)).toEqual([
      '2026-W46 Emails',
      '2026-W46 [STRAT] Plan 2027',
      '2026-W46 null',
      '2026-W46 Lunch',
      '2026-W46 Inbox zero',
      '2026-W47 Emails',
      '2026-W47 [STRAT] Plan 2027',
      '2026-W47 null',
      '2026-W47 Inbox zero',
    ]);
    expect(tables.WeeklyTasks.rows[3][1]).toBe(NOV_16);
  });

  it('leaves the input bytes untouched', async () => {
    const first = await writeWeekToWorkbook(null, smallWeek(), { language: 'en' });
    const copy = Uint8Array.from(first.bytes);
    await writeWeekToWorkbook(first.bytes, smallWeek(), { language: 'en' });
    expect(Buffer.from(first.bytes).equals(Buffer.from(copy))).toBe(true);
  });

  it('keeps writing in the workbook language, whatever the user language is now', async () => {
    const french = await writeWeekToWorkbook(null, smallWeek(), { language: 'fr' });
    const again = await writeWeekToWorkbook(french.bytes, smallWeek(), { language: 'en' });
    expect(again.language).toBe('fr');
    expect((await readTablesWithExcelJs(again.bytes)).WeeklyTasks.rows[0][3]).toBe('Courriels');
  });

  it('asks Excel to recalculate on open, and pivot tables on the data to refresh', async () => {
    const first = await writeWeekToWorkbook(null, smallWeek(), { language: 'en' });
    const zip = await JSZip.loadAsync(first.bytes);
    const pivotCache = 'xl/pivotCache/pivotCacheDefinition1.xml';
    zip.file(
      pivotCache,
      '<pivotCacheDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" refreshOnLoad="0"/>',
    );
    const again = await writeWeekToWorkbook(
      await zip.generateAsync({ type: 'uint8array' }),
      smallWeek(),
      { language: 'en' },
    );
    const result = await JSZip.loadAsync(again.bytes);
    expect(await result.file(pivotCache)!.async('string')).toContain('refreshOnLoad="1"');
    expect(await result.file('xl/workbook.xml')!.async('string')).toMatch(
      /<calcPr [^>]*fullCalcOnLoad="1"/,
    );
  });

  it('is a WorkbookError, never a crash, for bytes that are not a workbook', async () => {
    await expect(
      writeWeekToWorkbook(new Uint8Array([1, 2, 3]), smallWeek(), { language: 'en' }),
    ).rejects.toBeInstanceOf(WorkbookError);
  });
});

describe('steps 3 and 4 in the Catalog table', () => {
  const noted = SMALL_CATALOG.map((task) =>
    task.code === 'MAIL'
      ? {
          ...task,
          aiNote: 'Réponses types proposées par l’IA',
          decisionReason: '=Je relis chaque réponse',
        }
      : task,
  );

  it('a new workbook holds the AI note and the reason of the decision, as text', async () => {
    const summary = summarizeFor(smallWeekEvents(), '2026-W47', noted);
    const tables = await readTablesWithExcelJs(
      (await writeWeekToWorkbook(null, summary, { language: 'fr' })).bytes,
    );
    expect(tables.Catalog.headers.slice(8)).toEqual(['Note IA', 'Raison de la décision']);
    // Typed by a person: a leading "=" stays text, never a formula.
    expect(tables.Catalog.rows[0].slice(8)).toEqual([
      'Réponses types proposées par l’IA',
      '=Je relis chaque réponse',
    ]);
  });

  it('a workbook made before these columns existed is still written, its Catalog table as it was', async () => {
    const old = new Uint8Array(
      readFileSync(join(__dirname, '../fixtures/workbook-0.1-2026-W47.xlsx')),
    );
    const summary = summarizeFor(smallWeekEvents('2026-11-23'), '2026-W48', noted);
    const written = await writeWeekToWorkbook(old, summary, { language: 'en' });
    const tables = await readTablesWithExcelJs(written.bytes);
    expect(tables.Catalog.headers).toHaveLength(8);
    expect(tables.Catalog.rows.map((row) => row[0])).toEqual(['MAIL', 'STRAT', 'MGT']);
    expect(new Set(tables.WeeklyTasks.rows.map((row) => row[0]))).toEqual(
      new Set(['2026-W47', '2026-W48']),
    );
  });
});
