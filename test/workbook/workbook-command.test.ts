import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { graphEventsFrom } from '../../src/core/normalize-graph-event';
import { runCli } from '../support/run-cli';
import { summarize } from '../support/summarize';
import { readTablesWithExcelJs } from './support/exceljs-reader';
import { SAMPLE_EVENTS as SAMPLE, workbookArgs } from './support/workbook-cli';

const dir = mkdtempSync(join(tmpdir(), 'centaure-workbook-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const args = (out: string, week = '2026-W47') => workbookArgs(out, week);

describe('centaure workbook', () => {
  it('creates the workbook, then updates it, with the figures of centaure summarize', async () => {
    const out = join(dir, 'Centaure.xlsx');
    const created = await runCli(args(out));
    expect(created).toEqual({
      code: 0,
      stdout: `Week 2026-W47 written to ${out} (created).\n`,
      stderr: '',
    });
    const updated = await runCli(args(out, '2026-W46'), { language: 'fr' });
    expect(updated.stdout).toBe(`Semaine 2026-W46 écrite dans ${out} (mis à jour).\n`);

    const engine = summarize(graphEventsFrom(JSON.parse(readFileSync(SAMPLE, 'utf8'))));
    const quadrants = (await readTablesWithExcelJs(readFileSync(out))).WeeklyQuadrants.rows;
    expect(quadrants.map((r) => r[0])).toEqual(['2026-W46', '2026-W47']);
    expect(quadrants[1].slice(2)).toEqual([
      engine.quadrants['I+U+'],
      engine.quadrants['I-U+'],
      engine.quadrants['I+U-'],
      engine.quadrants['I-U-'],
      engine.totals.taggedHours,
      engine.totals.untaggedHours,
      engine.totals.countedHours,
      engine.totals.overlapHours,
      engine.totals.importantShare,
    ]);
    // Written through a temporary file renamed into place: nothing else is left behind.
    expect(readdirSync(dir).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('refuses a file that is not a workbook, in one line, and leaves it as it was', async () => {
    const out = join(dir, 'notes.xlsx');
    writeFileSync(out, 'not a spreadsheet');
    const result = await runCli(args(out), { language: 'fr' });
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: `centaure: ${out} : Ce fichier n’est pas un classeur Excel (.xlsx) valide.\n`,
    });
    expect(readFileSync(out, 'utf8')).toBe('not a spreadsheet');
  });

  it('refuses a workbook without the tracking tables and leaves it as it was', async () => {
    const out = join(dir, 'budget.xlsx');
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Budget').getCell('A1').value = 1200;
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    writeFileSync(out, bytes);
    const result = await runCli(args(out));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^centaure: .*budget\.xlsx: This workbook is not a Centaure tracking workbook: .*\n$/,
    );
    expect(readFileSync(out).equals(bytes)).toBe(true);
  });

  it('keeps a dated copy of a tracking workbook it did not create before rewriting it', async () => {
    const out = join(dir, 'Handmade.xlsx');
    await runCli(args(out));
    // The same tables, but no Centaure marker: as if built by hand or by another tool.
    const zip = await JSZip.loadAsync(readFileSync(out));
    zip.remove('docProps/custom.xml');
    const handmade = Buffer.from(await zip.generateAsync({ type: 'uint8array' }));
    writeFileSync(out, handmade);

    const result = await runCli(args(out, '2026-W48'), { now: '2026-11-22T14:30:05Z' });
    const backup = join(dir, 'Handmade.backup-20261122-143005.xlsx');
    expect(result.stdout).toBe(
      `Backup of the original workbook: ${backup}\nWeek 2026-W48 written to ${out} (updated).\n`,
    );
    expect(readFileSync(backup).equals(handmade)).toBe(true);
    // Now marked: the next run keeps no other copy.
    await runCli(args(out, '2026-W49'), { now: '2026-11-29T10:00:00Z' });
    expect(existsSync(join(dir, 'Handmade.backup-20261129-100000.xlsx'))).toBe(false);
  });

  it('writes only to an .xlsx file', async () => {
    const out = join(dir, 'Centaure.docx');
    const result = await runCli(args(out), { language: 'fr' });
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: `centaure: Le classeur doit avoir l’extension .xlsx : ${out}\n`,
    });
    expect(existsSync(out)).toBe(false);
  });

  it('says which option is missing', async () => {
    const result = await runCli(['workbook', '--events', SAMPLE]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("centaure: required option '--out <file.xlsx>' not specified\n");
  });
});
