import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { TEST_OUTPUT, openView, paneForEachTest } from './support/pane-harness';

// Issue 16, point 11: the pane's words as a French director reads them (docs/glossary.md).
// The demo week is 2026-W47 (src/emulator/seeds/demo.ts); the pane opens on it.
jest.setTimeout(180_000);

const openPane = paneForEachTest();

const pane = (page: Page) => page.locator('#pane');

const narrow = (page: Page) => page.setViewportSize({ width: 320, height: 900 });

describe('one vocabulary (Chromium, 320 px)', () => {
  it('says "semaine 47" in Generate’s messages, and the year for a week of 2027', async () => {
    const session = await openPane({ lang: 'fr', theme: 'dark' });
    const { page } = session;
    await narrow(page);
    await openView(page, 'Générer');
    await pane(page).getByRole('button', { name: 'Générer le classeur de suivi' }).click();
    await pane(page).getByText('Classeur Centaure.xlsx créé avec la semaine 47.').waitFor();
    await pane(page).screenshot({ path: join(TEST_OUTPUT, 'words-generate-fr-dark-320.png') });

    // 2026 has 53 ISO weeks (it starts on a Thursday): seven weeks after W47 is 2027-W01.
    for (let click = 0; click < 7; click += 1) {
      await pane(page).getByRole('button', { name: 'Semaine suivante' }).click();
    }
    await pane(page)
      .getByRole('heading', { name: /Semaine 1\b/ })
      .waitFor();
    await pane(page).getByRole('button', { name: 'Générer le classeur de suivi' }).click();
    await pane(page).getByText('Semaine 1 de 2027 mise à jour dans Centaure.xlsx.').waitFor();
    await pane(page).screenshot({ path: join(TEST_OUTPUT, 'words-generate-2027-fr-dark-320.png') });
    await expect(pane(page).textContent()).resolves.not.toMatch(/\d{4}-W\d{2}/);
  });

  it('says "Week 47" in English and never the ISO code', async () => {
    const session = await openPane({ lang: 'en', theme: 'light' });
    const { page } = session;
    await narrow(page);
    await openView(page, 'Generate');
    await pane(page).getByRole('button', { name: 'Generate the tracking workbook' }).click();
    await pane(page).getByText('Workbook Centaure.xlsx created with week 47.').waitFor();
    await pane(page).getByRole('button', { name: 'Generate the tracking workbook' }).click();
    await pane(page).getByText('Week 47 updated in Centaure.xlsx.').waitFor();
    await expect(pane(page).textContent()).resolves.not.toMatch(/\d{4}-W\d{2}/);
    await pane(page).screenshot({ path: join(TEST_OUTPUT, 'words-generate-en-light-320.png') });
  });

  it.each([
    ['fr', 'Équipe', 'lire et modifier les fichiers auxquels vous avez accès', 'light'],
    ['en', 'Team', 'read and change the files you can open', 'dark'],
  ] as const)(
    'says in plain words, with no permission name, what joining a team lets Centaure do (%s)',
    async (lang, team, plain, theme) => {
      const session = await openPane({ lang, theme });
      const { page } = session;
      await narrow(page);
      await openView(page, team);
      const notice = pane(page).locator('#team-privacy');
      await notice.waitFor();
      const text = (await notice.textContent()) ?? '';
      expect(text).toContain(plain);
      // A Graph permission reads like `Files.ReadWrite.All`, `User.Read`, `Calendars.Read`.
      expect(text).not.toMatch(/\b[A-Z][A-Za-z]+\.(Read|ReadWrite|ReadBasic)\b/);
      await notice.scrollIntoViewIfNeeded();
      await pane(page).screenshot({
        path: join(TEST_OUTPUT, `words-team-notice-${lang}-${theme}-320.png`),
      });
    },
  );

  it.each([
    [
      'fr',
      /Tâches/,
      'Modifier',
      'Heures prévues par semaine',
      'Enregistrer le catalogue',
      'Catalogue enregistré.',
      '7,5',
      'dark',
    ],
    [
      'en',
      /Tasks/,
      'Edit',
      'Planned hours per week',
      'Save the catalog',
      'Catalog saved.',
      '7.5',
      'light',
    ],
  ] as const)(
    'gives planned hours back as typed after saving and reopening (%s)',
    async (lang, tasks, edit, planned, save, saved, typed, theme) => {
      const session = await openPane({ lang, theme });
      const { page } = session;
      await narrow(page);
      await openView(page, tasks);
      await pane(page)
        .getByRole('button', { name: `${edit} MGT` })
        .click();
      await pane(page).getByLabel(planned).fill(typed);
      await pane(page).getByRole('button', { name: save }).click();
      await pane(page).getByText(saved).waitFor();

      await page.reload();
      await openView(page, tasks);
      await pane(page)
        .getByRole('button', { name: `${edit} MGT` })
        .click();
      await expect(pane(page).getByLabel(planned).inputValue()).resolves.toBe(typed);
      await pane(page).getByLabel(planned).scrollIntoViewIfNeeded();
      await pane(page).screenshot({
        path: join(TEST_OUTPUT, `words-planned-hours-${lang}-${theme}-320.png`),
      });
    },
  );

  it('gives the all-day hours of the Settings back as typed in French', async () => {
    const session = await openPane({ lang: 'fr', theme: 'light' });
    const { page } = session;
    await narrow(page);
    await openView(page, /Réglages/);
    await pane(page)
      .getByLabel(/Heures comptées/)
      .fill('7,5');
    await pane(page).getByRole('button', { name: 'Enregistrer les réglages' }).click();
    await pane(page).getByText('Réglages enregistrés.').waitFor();

    await page.reload();
    await openView(page, /Réglages/);
    await expect(
      pane(page)
        .getByLabel(/Heures comptées/)
        .inputValue(),
    ).resolves.toBe('7,5');
  });

  it('saves a task given only a French label, and English shows the French label', async () => {
    const session = await openPane({ lang: 'fr', theme: 'light' });
    const { page } = session;
    await narrow(page);
    await openView(page, 'Tâches');
    await pane(page).getByRole('button', { name: 'Ajouter une tâche' }).click();
    await pane(page).getByLabel('Code').fill('FORM');
    await pane(page).getByLabel('Libellé en français').fill('Formation');
    await pane(page).getByLabel('Catégorie Outlook').fill('Centaure FORM');
    await pane(page).getByRole('button', { name: 'Enregistrer le catalogue' }).click();
    await pane(page).getByText('Catalogue enregistré.').waitFor();

    await page.reload();
    await openView(page, 'Tâches');
    await pane(page).getByRole('button', { name: 'Modifier FORM' }).click();
    await expect(pane(page).getByLabel('Libellé en anglais').inputValue()).resolves.toBe(
      'Formation',
    );
    // What happens to an empty English label is said under it.
    const hint = pane(page)
      .getByText('Facultatif : laissé vide, le libellé en français sert aussi en anglais.')
      .last();
    await hint.waitFor();
    await hint.scrollIntoViewIfNeeded();
    await pane(page).screenshot({ path: join(TEST_OUTPUT, 'words-french-only-fr-light-320.png') });
  });

  it.each([
    ['fr', 'Résultats', 'light'],
    ['en', 'Results', 'dark'],
  ] as const)(
    'writes every negative figure with the minus sign U+2212, never a hyphen (%s)',
    async (lang, results, theme) => {
      const session = await openPane({ lang, theme });
      const { page } = session;
      await narrow(page);
      await openView(page, results);
      const change = pane(page).locator('[data-gain="MAIL"] [data-figure="change"]');
      await change.waitFor();
      // MAIL's change is a fall (test/taskpane/method-views.test.ts works it out).
      await expect(change.textContent()).resolves.toMatch(/^\u2212/);
      // A hyphen right before a figure, anywhere in the view (codes like I-U+ are not figures).
      await expect(pane(page).textContent()).resolves.not.toMatch(/(^|[^\p{L}\p{N}])-\d/u);
      await pane(page).screenshot({
        path: join(TEST_OUTPUT, `words-results-minus-${lang}-${theme}-320.png`),
      });
    },
  );
});
