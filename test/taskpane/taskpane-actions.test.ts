import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { SummaryJson } from '../../src/core/summary-json';
import { formatsFor } from '../../src/taskpane/i18n/format';
import { editTable } from '../workbook/support/edit-table';
import { readTablesWithExcelJs } from '../workbook/support/exceljs-reader';
import {
  DEMO_WEEK,
  TEST_OUTPUT,
  paneForEachTest,
  type PaneSession,
  tabTo,
} from './support/pane-harness';

// The demo week's figures and events are worked out by hand in test/contract/demo-seed.test.ts.
jest.setTimeout(120_000);

const openPane = paneForEachTest();

const pane = (page: Page) => page.locator('#pane');

async function showWeek(page: Page, tab: RegExp): Promise<void> {
  await pane(page).getByRole('tab', { name: tab }).click();
  await pane(page).locator('[data-total="counted"]').waitFor();
}

describe('the taskpane in Chromium (demo mode)', () => {
  it('opens a meeting, accepts its suggestion, shows the category and overrides the quadrant', async () => {
    const session = await openPane({ lang: 'en' });
    const { page, emulator } = session;
    await page.getByRole('button', { name: /Point juridique CGV/ }).click();
    await pane(page).getByRole('heading', { name: 'Point juridique CGV' }).waitFor();
    // "point" is a keyword of REU in the default rules.
    await pane(page).getByText('keyword "point"').waitFor();
    await pane(page).screenshot({ path: join(TEST_OUTPUT, 'tag-suggestion-en-light.png') });
    await pane(page).getByRole('button', { name: /^REU/ }).click();
    await pane(page).getByText('Meeting tagged REU.').waitFor();
    expect(await pane(page).getByTestId('current-task').textContent()).toBe('REU');
    await page.getByRole('button', { name: /Point juridique CGV · Centaure REU/ }).waitFor();
    const stored = emulator.mailbox
      .storedEvents()
      .find((event) => event.data.subject === 'Point juridique CGV');
    expect(stored?.data.categories).toEqual(['Centaure REU']);

    // REU is I+U-; this occurrence is overridden to I+U+ (the add-in's custom property).
    await pane(page).getByLabel('Quadrant for this meeting').selectOption('I+U+');
    await pane(page).getByText('Quadrant saved for this meeting.').waitFor();
    await pane(page).getByTestId('current-quadrant').filter({ hasText: 'I+U+' }).waitFor();
    const overridden = emulator.mailbox
      .storedEvents()
      .find((event) => event.data.subject === 'Point juridique CGV');
    expect(
      overridden?.data.singleValueExtendedProperties.map((property) => property.value),
    ).toEqual(['{"quadrant":"I+U+"}']);
  });

  it('bulk-tags three events in the Week view and the grid gains their hours', async () => {
    const session = await openPane({ lang: 'en' });
    const { page } = session;
    await showWeek(page, /Week/);
    const cell = (quadrant: string) => pane(page).locator(`[data-quadrant="${quadrant}"]`);
    await expect(cell('I-U-').textContent()).resolves.toBe(
      'Neither urgent nor importantI-U-2.50\u00a0h7%',
    );
    // Lunch with Sophie 12:30–13:30 (1 h), printer call 10:00–10:30 (0.5 h) and the team
    // afterwork 18:30–20:00 (1.5 h): none overlaps another event, so ADM (I-U-) gains 3 h,
    // tagged time 33.92 + 3 = 36.92 h, untagged 4.83 − 3 = 1.83 h; 5.50 / 36.92 = 15 %.
    for (const subject of [
      'Déjeuner avec Sophie (DRH)',
      'Appel imprimeur — devis catalogue',
      'Afterwork équipe marketing',
    ]) {
      await pane(page).getByRole('checkbox', { name: subject }).check();
    }
    await pane(page).getByLabel('Task for the selection').selectOption('ADM');
    await pane(page).getByRole('button', { name: 'Tag selection (3)' }).click();
    await pane(page).getByText('3 events tagged.').waitFor();
    await expect(cell('I-U-').textContent()).resolves.toBe(
      'Neither urgent nor importantI-U-5.50\u00a0h15%',
    );
    await expect(pane(page).locator('[data-total="tagged"]').textContent()).resolves.toBe(
      '36.92\u00a0h',
    );
    await expect(pane(page).locator('[data-total="untagged"]').textContent()).resolves.toBe(
      '1.83\u00a0h',
    );
    // Per task, the time as people say it: 5.50 h is 5 h 30 min.
    await expect(pane(page).locator('[data-task="ADM"] [data-actual]').textContent()).resolves.toBe(
      '5\u00a0h\u00a030\u00a0min',
    );
    // The meeting open in the pane was one of them: the Tag view shows its new task.
    await pane(page).getByRole('tab', { name: 'Tag' }).click();
    await pane(page).getByTestId('current-task').filter({ hasText: 'ADM' }).waitFor();
    await page
      .getByRole('button', { name: /Déjeuner avec Sophie \(DRH\) · Centaure ADM/ })
      .waitFor();
  });

  it('generates the workbook into OneDrive and offers it for download', async () => {
    const session = await openPane({ lang: 'en' });
    const { page, emulator } = session;
    await pane(page).getByRole('tab', { name: 'Generate' }).click();
    await pane(page).getByRole('button', { name: 'Generate the tracking workbook' }).click();
    await pane(page).getByText('Workbook Centaure.xlsx created with week 47.').waitFor();
    expect(emulator.drive.getFile('/Centaure/Centaure.xlsx')).toBeDefined();
    await pane(page).screenshot({ path: join(TEST_OUTPUT, 'generate-done-en-light.png') });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      pane(page).getByRole('link', { name: 'Open the workbook in Excel' }).click(),
    ]);
    const tables = await readTablesWithExcelJs(readFileSync(await download.path()));
    const stratRow = tables.WeeklyTasks.rows.find(
      (row) => row[0] === DEMO_WEEK && row[2] === 'STRAT',
    );
    // STRAT: 6 h planned, 9.58 h actual in the demo week.
    expect(stratRow).toEqual(expect.arrayContaining([6, 9.58]));
  });

  it('says which hand edits of the Catalog sheet a generation replaced, and where the copy is', async () => {
    const session = await openPane({ lang: 'fr' });
    const { page, emulator } = session;
    await page.setViewportSize({ width: 320, height: 800 });
    const generate = () =>
      pane(page).getByRole('button', { name: 'Générer le classeur de suivi' }).click();
    await pane(page).getByRole('tab', { name: 'Générer' }).click();
    await generate();
    await pane(page).getByText('Classeur Centaure.xlsx créé avec la semaine 47.').waitFor();
    // In Excel, the user types 7 over MAIL's 5 planned hours (first row, fourth column).
    const path = '/Centaure/Centaure.xlsx';
    const edited = await editTable(emulator.drive.getFile(path)!, 'Catalog', (_, row, column) =>
      row === 0 && column === 3 ? 7 : undefined,
    );
    emulator.drive.putFile(path, Buffer.from(edited));

    await generate();
    const edits = pane(page).getByTestId('catalog-edits');
    await edits.waitFor();
    await expect(edits.locator('li').allTextContents()).resolves.toEqual([
      'MAIL, Prévu h par semaine : 7 → 5',
    ]);
    await pane(page)
      .getByText(
        /Une copie du classeur d’origine a été gardée : Centaure\.backup-\d{8}-\d{6}\.xlsx\./,
      )
      .waitFor();
    await pane(page).screenshot({ path: join(TEST_OUTPUT, 'generate-catalog-edits-fr-320.png') });
  });

  it('tags and generates from the keyboard alone', async () => {
    const session = await openPane({ lang: 'fr' });
    const { page, emulator } = session;
    // The demo opens the first untagged meeting: lunch with Sophie, which has no suggestion.
    await pane(page).getByRole('heading', { name: 'Déjeuner avec Sophie (DRH)' }).waitFor();
    await tabTo(page, /Choisir une tâche/);
    await page.keyboard.press('End'); // The last task of the catalog: CRISE.
    await tabTo(page, /^ ?Étiqueter$/);
    await page.keyboard.press('Enter');
    await pane(page).getByText('Réunion étiquetée CRISE.').waitFor();
    const lunch = emulator.mailbox
      .storedEvents()
      .find((event) => event.data.subject === 'Déjeuner avec Sophie (DRH)');
    expect(lunch?.data.categories).toEqual(['Centaure CRISE']);

    await page.locator('#tab-tag').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await tabTo(page, /Générer le classeur de suivi/);
    // Fluent draws its focus ring on the element it marks as focused from the keyboard.
    // It marks it on its own turn after the focus moves: wait for it (2 s at most) rather than race it.
    const marked = await page
      .waitForFunction(
        "document.activeElement?.hasAttribute('data-fui-focus-visible') === true",
        undefined,
        {
          timeout: 2000,
        },
      )
      .then(
        () => true,
        () => false,
      );
    expect(marked).toBe(true);
    await pane(page).screenshot({ path: join(TEST_OUTPUT, 'keyboard-focus-generate-fr.png') });
    await page.keyboard.press('Enter');
    await pane(page).getByText('Classeur Centaure.xlsx créé avec la semaine 47.').waitFor();
  });

  it.each(['en', 'fr'] as const)(
    'shows the figures centaure summarize prints for the same week (%s)',
    async (lang) => {
      const session = await openPane({ lang });
      const { page } = session;
      const expected = await summarizeWithCli(session);
      await showWeek(page, lang === 'fr' ? /Semaine/ : /Week/);
      const hours = (value: number) =>
        `${value.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}\u00a0h`;
      const text = (selector: string) => pane(page).locator(selector).textContent();
      await expect(text('[data-total="counted"]')).resolves.toBe(
        hours(expected.totals.countedHours),
      );
      await expect(text('[data-total="tagged"]')).resolves.toBe(hours(expected.totals.taggedHours));
      await expect(text('[data-total="untagged"]')).resolves.toBe(
        hours(expected.totals.untaggedHours),
      );
      await expect(text('[data-total="overlap"]')).resolves.toBe(
        hours(expected.totals.overlapHours),
      );
      for (const [quadrant, value] of Object.entries(expected.quadrants)) {
        await expect(text(`[data-quadrant="${quadrant}"]`)).resolves.toContain(hours(value));
      }
      for (const task of expected.tasks) {
        // Per task the pane says the same figure as a duration (9.13 h → 9 h 08).
        await expect(text(`[data-task="${task.code}"] [data-actual]`)).resolves.toBe(
          formatsFor(lang).duration(task.actualHours),
        );
      }
      // The decimal separator is the language's: 38,75 in French, 38.75 in English.
      await expect(text('[data-total="counted"]')).resolves.toBe(
        lang === 'fr' ? '38,75\u00a0h' : '38.75\u00a0h',
      );
    },
  );
});

const ROOT = resolve(__dirname, '../..');

function centaure(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((done, fail) => {
    execFile(
      process.execPath,
      [join(ROOT, 'bin/centaure.js'), ...args],
      { env: { ...process.env, ...env } },
      (error, stdout, stderr) => (error ? fail(new Error(stderr)) : done(stdout)),
    );
  });
}

/** `centaure pull` then `centaure summarize` on the mailbox the page shows. */
async function summarizeWithCli({ emulator }: PaneSession): Promise<SummaryJson> {
  const dir = mkdtempSync(join(tmpdir(), 'centaure-pane-'));
  try {
    const file = join(dir, 'week.json');
    const week = ['--week', DEMO_WEEK, '--tz', 'Europe/Paris'];
    await centaure(['pull', ...week, '--graph-url', emulator.url, '--out', file], {
      NODE_EXTRA_CA_CERTS: emulator.caFile,
      CENTAURE_GRAPH_TOKEN: emulator.token,
    });
    return JSON.parse(await centaure(['summarize', '--events', file, ...week], {})) as SummaryJson;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
