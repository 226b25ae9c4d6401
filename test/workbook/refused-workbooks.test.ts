import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { WorkbookError } from '../../src/workbook/errors';
import { writeWeekToWorkbook } from '../../src/workbook/write-week';
import { smallWeek } from './support/weeks';

async function centaureWorkbook(): Promise<Uint8Array> {
  return (await writeWeekToWorkbook(null, smallWeek(), { language: 'en' })).bytes;
}

/** A copy of a workbook with one part rewritten. */
async function withPart(
  bytes: Uint8Array,
  part: string,
  edit: (xml: string) => string,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file(part)!.async('string');
  zip.file(part, edit(xml));
  return zip.generateAsync({ type: 'uint8array' });
}

async function tablePart(bytes: Uint8Array, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/tables\/.+\.xml$/.test(p))) {
    if (new RegExp(`<table [^>]*name="${name}"`).test(await zip.file(path)!.async('string')))
      return path;
  }
  throw new Error(`no table ${name}`);
}

/** Runs the writer and returns its refusal, checking that the input bytes were not touched. */
async function refusal(bytes: Uint8Array): Promise<WorkbookError> {
  const before = Buffer.from(bytes);
  const error = await writeWeekToWorkbook(bytes, smallWeek(), { language: 'en' }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(Buffer.from(bytes).equals(before)).toBe(true);
  expect(error).toBeInstanceOf(WorkbookError);
  return error as WorkbookError;
}

describe('workbooks Centaure refuses to write into, with a clear message', () => {
  it('bytes that are not a zip at all', async () => {
    const error = await refusal(new TextEncoder().encode('Subject,Start\nCODIR,09:00\n'));
    expect(error.code).toBe('workbook-not-xlsx');
    expect(error.in('fr')).toBe('Ce fichier n’est pas un classeur Excel (.xlsx) valide.');
    expect(error.in('en')).toBe('This file is not a valid Excel workbook (.xlsx).');
  });

  it('a zip that is not a spreadsheet', async () => {
    const zip = new JSZip();
    zip.file('notes.txt', 'hello');
    const error = await refusal(await zip.generateAsync({ type: 'uint8array' }));
    expect(error.code).toBe('workbook-not-xlsx');
  });

  it('an ordinary workbook without the Centaure tables', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Budget').getCell('A1').value = 42;
    const error = await refusal(new Uint8Array(await book.xlsx.writeBuffer()));
    expect(error.code).toBe('workbook-missing-table');
    expect(error.in('en')).toBe(
      'This workbook is not a Centaure tracking workbook: it lacks the tables WeeklyTasks, Events, WeeklyQuadrants, Catalog. It was left unchanged.',
    );
    expect(error.in('fr')).toContain(
      'il y manque les tableaux WeeklyTasks, Events, WeeklyQuadrants, Catalog',
    );
  });

  it('a tracking workbook where the user renamed a column Centaure writes', async () => {
    const bytes = await centaureWorkbook();
    const part = await tablePart(bytes, 'WeeklyTasks');
    const error = await refusal(
      await withPart(bytes, part, (xml) => xml.replace('name="Actual h"', 'name="Done h"')),
    );
    expect(error.code).toBe('workbook-missing-column');
    expect(error.in('en')).toBe(
      'Table WeeklyTasks no longer has a "Actual h" column: restore it (or its name) and try again. The workbook was left unchanged.',
    );
    expect(error.in('fr')).toContain('Le tableau WeeklyTasks n’a plus de colonne « Réel h »');
  });

  it('a table whose header row was turned off', async () => {
    const bytes = await centaureWorkbook();
    const part = await tablePart(bytes, 'Events');
    const error = await refusal(
      await withPart(bytes, part, (xml) => xml.replace('headerRowCount="1"', 'headerRowCount="0"')),
    );
    expect(error.code).toBe('workbook-unsupported-table');
    expect(error.in('fr')).toContain('Le tableau Events n’a plus de ligne d’en-tête');
  });

  it('a damaged sheet (its XML cut short)', async () => {
    const bytes = await centaureWorkbook();
    const error = await refusal(
      await withPart(bytes, 'xl/worksheets/sheet2.xml', (xml) =>
        xml.slice(0, Math.floor(xml.length / 2)),
      ),
    );
    expect(error.code).toBe('workbook-damaged');
    expect(error.in('en')).toMatch(
      /^The workbook is damaged: part xl\/worksheets\/sheet2\.xml cannot be read \(.+\)\.$/,
    );
  });

  it('a table whose range does not match its columns', async () => {
    const bytes = await centaureWorkbook();
    const part = await tablePart(bytes, 'Catalog');
    const error = await refusal(
      await withPart(bytes, part, (xml) => xml.replace(/ref="A1:J\d+"/, 'ref="A1:C4"')),
    );
    expect(error.code).toBe('workbook-damaged');
    expect(error.in('en')).toContain('table Catalog range and columns disagree');
  });
});
