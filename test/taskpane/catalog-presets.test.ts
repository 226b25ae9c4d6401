import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { TEST_OUTPUT, paneForEachTest } from './support/pane-harness';

// Journeys on the Tasks view's starting catalogs: no false alarm when nothing is lost.
jest.setTimeout(120_000);

const openPane = paneForEachTest();

const pane = (page: Page) => page.locator('#pane');

describe('starting catalogs in the Tasks view (Chromium, 320 px)', () => {
  it('saves a preset or the default catalog that keeps every code without saying meetings lose their task', async () => {
    const session = await openPane({ lang: 'en' });
    const { page } = session;
    await page.setViewportSize({ width: 320, height: 900 });
    await pane(page).getByRole('tab', { name: 'Tasks' }).click();
    const role = pane(page).getByLabel('Starting catalog');
    // The demo's catalog has the default tasks (MAIL … CRISE): the matching role is shown.
    await expect(role.inputValue()).resolves.toBe('marketingManager');

    // The manager's preset is the default catalog: the same eight codes, nothing lost.
    await pane(page).getByRole('button', { name: 'Start from this catalog' }).click();
    await pane(page).getByRole('button', { name: 'Save the catalog' }).click();
    await pane(page).getByText('Catalog saved.').waitFor();
    await expect(
      pane(page)
        .getByText(/would lose their task|becomes? untagged/)
        .count(),
    ).resolves.toBe(0);

    await pane(page).getByRole('button', { name: 'Restore the default catalog' }).click();
    await pane(page).getByRole('button', { name: 'Save the catalog' }).click();
    await pane(page).getByText('Catalog saved.').waitFor();
    await expect(
      pane(page)
        .getByText(/would lose their task|becomes? untagged/)
        .count(),
    ).resolves.toBe(0);
    await pane(page).screenshot({ path: join(TEST_OUTPUT, 'tasks-preset-saved-en-320.png') });
  });

  it('starts the role list on no role when the catalog matches none', async () => {
    const session = await openPane({ lang: 'fr' });
    const { page } = session;
    await page.setViewportSize({ width: 320, height: 900 });
    await pane(page).getByRole('tab', { name: 'Tâches' }).click();
    // A ninth task, FORM: no role's catalog has these nine codes.
    await pane(page).getByRole('button', { name: 'Ajouter une tâche' }).click();
    await pane(page).getByLabel('Code').fill('FORM');
    await pane(page).getByLabel('Libellé en français').fill('Formation');
    await pane(page).getByLabel('Libellé en anglais').fill('Training');
    await pane(page).getByLabel('Catégorie Outlook').fill('Centaure FORM');
    await pane(page).getByRole('button', { name: 'Enregistrer le catalogue' }).click();
    await pane(page).getByText('Catalogue enregistré.').waitFor();

    await page.reload();
    await pane(page).getByRole('tab', { name: 'Tâches' }).click();
    const role = pane(page).getByLabel('Catalogue de départ');
    await role.waitFor();
    await expect(role.inputValue()).resolves.toBe('');
    await expect(
      pane(page).getByRole('button', { name: 'Partir de ce catalogue' }).isDisabled(),
    ).resolves.toBe(true);
    await pane(page).screenshot({ path: join(TEST_OUTPUT, 'tasks-no-role-fr-320.png') });
  });
});
