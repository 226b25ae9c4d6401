import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { createGraphClient, type GraphClient } from '../../src/graph/client';
import type { DriveStore } from '../../src/graph/drive';
import { GraphDriveStore } from '../../src/graph/graph-drive-store';
import { GraphExcelSession } from '../../src/usecases/graph-excel-session';
import type { OneDriveWorkbookDeps } from '../../src/usecases/save-week-to-onedrive';
import { saveWeekToOneDrive } from '../../src/usecases/save-week-to-onedrive';
import { WorkbookError } from '../../src/workbook/errors';
import { isCentaureWorkbook, writeWeekToWorkbook } from '../../src/workbook/write-week';
import { startGraphEmulator, type GraphEmulator } from '../../src/emulator';
import { registerExcelRoutes } from '../../src/emulator/routes/excel-workbook';
import { trustEmulatorCa } from '../../src/emulator/trust-ca';
import { graphEvent } from '../support/graph-event';
import { editTable } from './support/edit-table';
import { readTablesWithExcelJs } from './support/exceljs-reader';
import { smallWeek, smallWeekEvents, summarizeFor } from './support/weeks';

const PATH = '/Centaure/Centaure.xlsx';
const NOW = new Date('2026-11-22T14:30:05Z');
const w46 = () => summarizeFor(smallWeekEvents('2026-11-09'), '2026-W46');
const w47 = () => smallWeek();

let emulator: GraphEmulator;
let graph: GraphClient;
/** Work or school OneDrive (the Excel REST API works) unless a test says otherwise. */
const excel = { available: true };

beforeAll(async () => {
  emulator = await startGraphEmulator();
  trustEmulatorCa(emulator.caPem);
  registerExcelRoutes(emulator, excel);
  graph = createGraphClient({
    baseUrl: emulator.url,
    tokenProvider: { getAccessToken: async () => emulator.token },
  });
});
afterAll(() => emulator.close());
beforeEach(() => {
  emulator.faults.clear();
  emulator.requests.clear();
  excel.available = true;
  for (const path of [PATH]) if (emulator.drive.getFile(path)) emulator.drive.unlock(path);
});

function deps(drive: DriveStore = new GraphDriveStore(graph)): OneDriveWorkbookDeps {
  return { drive, openExcelSession: (file) => GraphExcelSession.open(graph, file) };
}

async function weeksInFile(path = PATH): Promise<string[]> {
  const tables = await readTablesWithExcelJs(emulator.drive.getFile(path)!);
  return tables.WeeklyQuadrants.rows.map((row) => String(row[0]));
}

function requestsMatching(pattern: RegExp): string[] {
  return emulator.requests
    .list()
    .map((r) => `${r.method} ${decodeURIComponent(r.url.split('?')[0])} ${r.status}`)
    .filter((line) => pattern.test(line));
}

describe('saving a week to OneDrive', () => {
  it('creates the folder and the workbook the first time', async () => {
    const outcome = await saveWeekToOneDrive(deps(), w47(), {
      language: 'fr',
      now: NOW,
      path: '/Suivi/Centaure.xlsx',
    });
    expect(outcome).toMatchObject({ kind: 'created', file: { name: 'Centaure.xlsx' } });
    const bytes = emulator.drive.getFile('/Suivi/Centaure.xlsx')!;
    expect(await isCentaureWorkbook(bytes)).toBe(true);
    expect((await readTablesWithExcelJs(bytes)).WeeklyTasks.sheet).toBe('Tâches hebdo');
  });

  it('updates it in place with If-Match, keeping the other weeks', async () => {
    emulator.drive.putFile(
      PATH,
      Buffer.from((await writeWeekToWorkbook(null, w46(), { language: 'en' })).bytes),
    );
    const outcome = await saveWeekToOneDrive(deps(), w47(), { language: 'en', now: NOW });
    expect(outcome).toMatchObject({ kind: 'updated', backup: null });
    expect(await weeksInFile()).toEqual(['2026-W46', '2026-W47']);
    const put = emulator.requests.list().find((r) => r.method === 'PUT');
    expect(put?.headers['if-match']).toMatch(/^"\{.+\},\d+"$/);
  });

  it('loses no week when two writers save at the same time: the second merges again after a 412', async () => {
    emulator.drive.putFile(
      PATH,
      Buffer.from((await writeWeekToWorkbook(null, w46(), { language: 'en' })).bytes),
    );
    const graphStore = new GraphDriveStore(graph);
    let interleaved = false;
    // Writer A pauses after its first download while writer B saves W48: A's upload is then stale.
    const writerA: DriveStore = {
      findByPath: (path) => graphStore.findByPath(path),
      resolveSharingLink: (url) => graphStore.resolveSharingLink(url),
      ensureFolder: (path) => graphStore.ensureFolder(path),
      createFile: (path, content) => graphStore.createFile(path, content),
      replaceFile: (file, content) => graphStore.replaceFile(file, content),
      download: async (file) => {
        const bytes = await graphStore.download(file);
        if (!interleaved) {
          interleaved = true;
          const w48 = summarizeFor(smallWeekEvents('2026-11-23'), '2026-W48');
          await expect(
            saveWeekToOneDrive(deps(), w48, { language: 'en', now: NOW }),
          ).resolves.toMatchObject({ kind: 'updated' });
        }
        return bytes;
      },
    };
    const outcome = await saveWeekToOneDrive(deps(writerA), w47(), { language: 'en', now: NOW });
    expect(outcome.kind).toBe('updated');
    expect(requestsMatching(/^PUT .*\/content 412$/)).toHaveLength(1);
    expect(await weeksInFile()).toEqual(['2026-W46', '2026-W47', '2026-W48']);
  });

  it('gives up after a few rounds when the file keeps changing, keeping the week for later', async () => {
    const original = Buffer.from(
      (await writeWeekToWorkbook(null, w46(), { language: 'en' })).bytes,
    );
    emulator.drive.putFile(PATH, original);
    emulator.faults.add({ method: 'PUT', path: /\/content$/, status: 412 });
    const outcome = await saveWeekToOneDrive(deps(), w47(), {
      language: 'en',
      now: NOW,
      maxAttempts: 3,
    });
    expect(outcome).toMatchObject({ kind: 'retryLater', reason: 'busy', week: '2026-W47' });
    expect(requestsMatching(/^PUT .*\/content 412$/)).toHaveLength(3);
    expect(emulator.drive.getFile(PATH)!.equals(original)).toBe(true);
  });

  it('writes into a workbook open in Excel through the Excel REST API, with the same result', async () => {
    const start = (await writeWeekToWorkbook(null, w46(), { language: 'en' })).bytes;
    emulator.drive.putFile(PATH, Buffer.from(start));
    emulator.drive.lock(PATH);
    const outcome = await saveWeekToOneDrive(deps(), w47(), { language: 'en', now: NOW });
    expect(outcome.kind).toBe('updatedInOpenWorkbook');
    const expected = (await writeWeekToWorkbook(start, w47(), { language: 'en' })).bytes;
    expect(await readTablesWithExcelJs(emulator.drive.getFile(PATH)!)).toEqual(
      await readTablesWithExcelJs(expected),
    );
    const item = /\/v1\.0\/(me\/drive|drives\/[^/]+)\/items\/[^/]+/;
    // W46 is in the file, W47 is new: rows are added at the end; only the catalog is replaced
    // (3 rows added in front, then the 3 old ones, now rows 5 to 7, deleted).
    expect(requestsMatching(/workbook/).map((line) => line.replace(item, '{item}'))).toEqual([
      'POST {item}/workbook/createSession 201',
      'GET {item}/workbook/tables/WeeklyTasks/range 200',
      'GET {item}/workbook/tables/Events/range 200',
      'GET {item}/workbook/tables/WeeklyQuadrants/range 200',
      'GET {item}/workbook/tables/Catalog/range 200',
      'POST {item}/workbook/tables/WeeklyTasks/rows/add 200',
      'POST {item}/workbook/tables/Events/rows/add 200',
      'POST {item}/workbook/tables/WeeklyQuadrants/rows/add 200',
      'POST {item}/workbook/tables/Catalog/rows/add 200',
      "POST {item}/workbook/worksheets/Catalog/range(address='A5:J7')/delete 204",
      'PATCH {item}/workbook/names/CentaureSelectedWeek/range 200',
      'POST {item}/workbook/closeSession 204',
    ]);
  });

  describe('an update of the open workbook that fails part-way', () => {
    const w47Moved = () =>
      summarizeFor(
        smallWeekEvents('2026-11-16').filter((e) => e.id !== 'd'),
        '2026-W47',
      );
    const addEventRows = { method: 'POST', path: /tables\/Events\/rows\/add$/, status: 400 };
    let start: Uint8Array;
    beforeEach(async () => {
      const first = await writeWeekToWorkbook(null, w46(), { language: 'en' });
      start = (await writeWeekToWorkbook(first.bytes, w47(), { language: 'en' })).bytes;
      emulator.drive.putFile(PATH, Buffer.from(start));
      emulator.drive.lock(PATH);
    });
    const asRewritten = async () =>
      readTablesWithExcelJs(
        (await writeWeekToWorkbook(start, w47Moved(), { language: 'en' })).bytes,
      );

    it('is run once more, which completes the week in every table', async () => {
      emulator.faults.add({ ...addEventRows, times: 1 });
      const outcome = await saveWeekToOneDrive(deps(), w47Moved(), { language: 'en', now: NOW });
      expect(outcome.kind).toBe('updatedInOpenWorkbook');
      expect(requestsMatching(/tables\/Events\/rows\/add/)).toEqual([
        expect.stringMatching(/ 400$/),
        expect.stringMatching(/ 200$/),
      ]);
      expect(await readTablesWithExcelJs(emulator.drive.getFile(PATH)!)).toEqual(
        await asRewritten(),
      );
    });

    it('is reported, with the week kept, when it fails again; the next save repairs it', async () => {
      emulator.faults.add(addEventRows);
      const outcome = await saveWeekToOneDrive(deps(), w47Moved(), { language: 'fr', now: NOW });
      expect(outcome).toMatchObject({
        kind: 'retryLater',
        reason: 'interrupted',
        week: '2026-W47',
      });
      if (outcome.kind !== 'retryLater') throw new Error('expected retryLater');
      expect(outcome.message.fr).toMatch(
        /^L’écriture de la semaine 47 dans le classeur ouvert Centaure\.xlsx a été interrompue \(.+\) : certains tableaux ne l’ont pas encore\. La semaine est conservée ; réessayez pour la compléter\.$/,
      );

      emulator.faults.clear();
      const retried = await saveWeekToOneDrive(deps(), w47Moved(), { language: 'fr', now: NOW });
      expect(retried.kind).toBe('updatedInOpenWorkbook');
      expect(await readTablesWithExcelJs(emulator.drive.getFile(PATH)!)).toEqual(
        await asRewritten(),
      );
    });

    it('passes the error on as it is when it failed before writing anything', async () => {
      emulator.faults.add({ method: 'GET', path: /tables\/WeeklyTasks\/range$/, status: 400 });
      await expect(
        saveWeekToOneDrive(deps(), w47Moved(), { language: 'en', now: NOW }),
      ).rejects.toMatchObject({ code: 'graph-failed' });
      expect(emulator.drive.getFile(PATH)!.equals(Buffer.from(start))).toBe(true);
    });
  });

  it('asks to close the file and keeps the week where the Excel REST API is not available', async () => {
    const original = Buffer.from(
      (await writeWeekToWorkbook(null, w46(), { language: 'en' })).bytes,
    );
    emulator.drive.putFile(PATH, original);
    emulator.drive.lock(PATH);
    excel.available = false;
    const outcome = await saveWeekToOneDrive(deps(), w47(), { language: 'fr', now: NOW });
    expect(outcome).toEqual({
      kind: 'retryLater',
      reason: 'open-in-excel',
      week: '2026-W47',
      message: {
        fr: 'Le classeur Centaure.xlsx est ouvert dans Excel et ne peut pas être modifié pour l’instant. Fermez-le puis réessayez : la semaine 47 est conservée.',
        en: 'The workbook Centaure.xlsx is open in Excel and cannot be changed right now. Close it and try again: week 47 is kept.',
      },
    });
    expect(emulator.drive.getFile(PATH)!.equals(original)).toBe(true);
  });

  it('keeps a dated copy of a workbook Centaure did not create before its first rewrite', async () => {
    const zip = await JSZip.loadAsync(
      (await writeWeekToWorkbook(null, w46(), { language: 'en' })).bytes,
    );
    zip.remove('docProps/custom.xml');
    const handmade = Buffer.from(await zip.generateAsync({ type: 'uint8array' }));
    emulator.drive.putFile(PATH, handmade);
    const outcome = await saveWeekToOneDrive(deps(), w47(), { language: 'en', now: NOW });
    expect(outcome).toMatchObject({
      kind: 'updated',
      backup: { name: 'Centaure.backup-20261122-143005.xlsx' },
    });
    expect(
      emulator.drive.getFile('/Centaure/Centaure.backup-20261122-143005.xlsx')!.equals(handmade),
    ).toBe(true);
    expect(await weeksInFile()).toEqual(['2026-W46', '2026-W47']);
  });

  it('keeps a dated copy, and says which, before replacing hand edits of the Catalog sheet', async () => {
    const written = (await writeWeekToWorkbook(null, w46(), { language: 'en' })).bytes;
    // The first task's planned hours (column 3) typed again by hand: 5 becomes 7.
    const edited = await editTable(written, 'Catalog', (_, row, column) =>
      row === 0 && column === 3 ? 7 : undefined,
    );
    emulator.drive.putFile(PATH, Buffer.from(edited));

    const outcome = await saveWeekToOneDrive(deps(), w47(), { language: 'en', now: NOW });

    expect(outcome).toMatchObject({
      kind: 'updated',
      // -2: the test before kept a copy at the same second.
      backup: { name: expect.stringMatching(/^Centaure\.backup-20261122-143005(-\d+)?\.xlsx$/) },
      catalogEdits: ['MAIL, Planned h per week: 7 → 5'],
    });
  });

  it('says which hand edits of the Catalog sheet it replaced in a workbook open in Excel', async () => {
    const written = (await writeWeekToWorkbook(null, w46(), { language: 'en' })).bytes;
    const edited = await editTable(written, 'Catalog', (_, row, column) =>
      row === 0 && column === 3 ? 7 : undefined,
    );
    emulator.drive.putFile(PATH, Buffer.from(edited));
    emulator.drive.lock(PATH);

    const outcome = await saveWeekToOneDrive(deps(), w47(), { language: 'en', now: NOW });

    expect(outcome).toMatchObject({
      kind: 'updatedInOpenWorkbook',
      backup: { name: expect.stringMatching(/^Centaure\.backup-20261122-143005(-\d+)?\.xlsx$/) },
      catalogEdits: ['MAIL, Planned h per week: 7 → 5'],
    });
  });

  it('refuses a file that is not a tracking workbook, and uploads nothing', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Budget').getCell('A1').value = 1200;
    const budget = Buffer.from(await book.xlsx.writeBuffer());
    emulator.drive.putFile(PATH, budget);
    await expect(
      saveWeekToOneDrive(deps(), w47(), { language: 'en', now: NOW }),
    ).rejects.toBeInstanceOf(WorkbookError);
    expect(requestsMatching(/^(PUT|POST) /)).toEqual([]);
    expect(emulator.drive.getFile(PATH)!.equals(budget)).toBe(true);
  });

  it('writes event text as text through the Excel REST API too', async () => {
    emulator.drive.putFile(
      PATH,
      Buffer.from((await writeWeekToWorkbook(null, w46(), { language: 'en' })).bytes),
    );
    emulator.drive.lock(PATH);
    const events = [
      graphEvent({
        subject: '=HYPERLINK("http://evil.example","x")',
        start: '2026-11-16T09:00',
        end: '2026-11-16T10:00',
      }),
      graphEvent({
        subject: "+cmd|'/c calc'!A1",
        start: '2026-11-16T10:00',
        end: '2026-11-16T11:00',
      }),
      graphEvent({ subject: '@SUM(A1)', start: '2026-11-16T11:00', end: '2026-11-16T12:00' }),
    ];
    await saveWeekToOneDrive(deps(), summarizeFor(events, '2026-W47'), {
      language: 'en',
      now: NOW,
    });
    const rows = (await readTablesWithExcelJs(emulator.drive.getFile(PATH)!)).Events.rows.filter(
      (r) => r[0] === '2026-W47',
    );
    expect(rows.map((r) => r[7])).toEqual([
      '=HYPERLINK("http://evil.example","x")',
      "+cmd|'/c calc'!A1",
      '@SUM(A1)',
    ]);
  });
});
