import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CellData } from '../../src/workbook/layout';
import { runCli } from '../support/run-cli';
import { editTable } from './support/edit-table';
import { readTablesWithExcelJs } from './support/exceljs-reader';
import { workbookArgs } from './support/workbook-cli';
import { SMALL_CATALOG, smallWeekEvents } from './support/weeks';

const dir = mkdtempSync(join(tmpdir(), 'centaure-catalog-edits-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Types a value into the Catalog table (row and column from 0). */
async function editCatalog(path: string, row: number, column: number, value: CellData) {
  const edited = await editTable(readFileSync(path), 'Catalog', (_, r, c) =>
    r === row && c === column ? value : undefined,
  );
  writeFileSync(path, edited);
}

function files(catalog: object[]) {
  const events = join(dir, 'events.json');
  const catalogFile = join(dir, `catalog-${catalog.length}-${Date.now()}.json`);
  writeFileSync(events, JSON.stringify(smallWeekEvents()));
  writeFileSync(catalogFile, JSON.stringify(catalog));
  return { events, catalogFile };
}

const catalogJson = SMALL_CATALOG.map((task) => ({ ...task }));

async function workbook(out: string, week: string, catalog: object[] = catalogJson) {
  const { events, catalogFile } = files(catalog);
  return runCli(workbookArgs(out, week, events, '--catalog', catalogFile));
}

describe('hand edits to the Catalog sheet', () => {
  it('are never undone without a word: the run lists them and keeps the workbook as it was', async () => {
    const out = join(dir, 'Edited.xlsx');
    expect((await workbook(out, '2026-W46')).code).toBe(0);
    // MGT (third task) gets an "AI since" date of 2026-11-01 (serial 46327) typed in Excel.
    await editCatalog(out, 2, 7, 46327);

    const result = await workbook(out, '2026-W47');

    expect(result.code).toBe(0);
    const backup = readdirSync(dir).find((name) => name.startsWith('Edited.backup-'));
    expect(backup).toBeDefined();
    expect(result.stdout).toBe(
      [
        'The Catalog sheet was edited by hand; this run replaced it with the catalog given with --catalog (or the built-in one), which is where tasks are set:',
        '  MGT, AI since: 2026-11-01 → empty',
        `The workbook as it was is kept in ${join(dir, backup!)}.`,
        `Week 2026-W47 written to ${out} (updated).`,
        '',
      ].join('\n'),
    );
    const kept = await readTablesWithExcelJs(readFileSync(join(dir, backup!)));
    expect(kept.Catalog.rows[2][7]).toBe('2026-11-01T00:00:00.000Z');
  });

  it('are not confused with a changed catalog file: that change is simply written', async () => {
    const out = join(dir, 'Changed.xlsx');
    expect((await workbook(out, '2026-W46')).code).toBe(0);
    const changed = catalogJson.map((task) =>
      task.code === 'MGT' ? { ...task, aiSince: '2026-11-01' } : task,
    );

    const result = await workbook(out, '2026-W47', changed);

    expect(result.stdout).toBe(`Week 2026-W47 written to ${out} (updated).\n`);
    expect(readdirSync(dir).some((name) => name.startsWith('Changed.backup-'))).toBe(false);
    expect(existsSync(out)).toBe(true);
  });

  it('are not seen in a workbook made before the note and reason columns, run after run', async () => {
    // Version 0.1 has no "AI note" column: a note in the catalog cannot be an edit of it.
    const out = join(dir, 'Old.xlsx');
    writeFileSync(out, readFileSync(join(__dirname, '../fixtures/workbook-0.1-2026-W47.xlsx')));
    const noted = catalogJson.map((task) =>
      task.code === 'MAIL' ? { ...task, aiNote: 'Réponses types' } : task,
    );
    const backups = () => readdirSync(dir).filter((name) => name.startsWith('Old.backup-'));
    // The first run replaces the 0.1 workbook's built-in catalog with this one (reported, kept).
    expect((await workbook(out, '2026-W48', noted)).code).toBe(0);
    const kept = backups();

    const again = await workbook(out, '2026-W48', noted);

    expect(again.stdout).toBe(`Week 2026-W48 written to ${out} (updated).\n`);
    expect(backups()).toEqual(kept);
  });
});
