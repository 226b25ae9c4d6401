import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { TEST_OUTPUT, keyboardToTab, openView, paneForEachTest } from './support/pane-harness';

jest.setTimeout(120_000);

const openPane = paneForEachTest();
const pane = (page: Page) => page.locator('#pane');

/** The tabs' text and how many rows they take (distinct tops). */
async function tabRows(page: Page): Promise<{ names: string[]; rows: number }> {
  const tabs = pane(page).getByRole('tab');
  const names = (await tabs.allInnerTexts()).map((name) => name.replace(/\s+/g, ' ').trim());
  const tops = new Set<number>();
  for (const tab of await tabs.all()) {
    const box = await tab.boundingBox();
    if (box) tops.add(Math.round(box.y));
  }
  return { names, rows: tops.size };
}

describe('navigation on one row', () => {
  it('shows the daily three and "Plus" on one row at 320 and 450 px in French, the meeting first', async () => {
    const { page } = await openPane({ lang: 'fr' });
    await page.setViewportSize({ width: 320, height: 700 });
    // The pane opens on the meeting: the Tag view, its tab selected.
    await pane(page).getByRole('tab', { name: 'Étiqueter', selected: true }).waitFor();
    await expect(tabRows(page)).resolves.toEqual({
      names: ['Étiqueter', 'Semaine', 'Générer', 'Plus ▾'],
      rows: 1,
    });
    await pane(page).screenshot({ path: join(TEST_OUTPUT, 'nav-fr-light-320.png') });
    await page.setViewportSize({ width: 450, height: 700 });
    await expect(tabRows(page)).resolves.toMatchObject({ rows: 1 });
  });

  it('reaches Settings with the keyboard through "More", which then names it', async () => {
    const { page } = await openPane({ lang: 'en', theme: 'dark' });
    await page.setViewportSize({ width: 320, height: 700 });
    await keyboardToTab(page, /^Settings/);
    await pane(page)
      .getByRole('tabpanel', { name: /Settings/ })
      .getByRole('combobox')
      .first()
      .waitFor();
    await expect(tabRows(page)).resolves.toEqual({
      names: ['Tag', 'Week', 'Generate', 'Settings ▾'],
      rows: 1,
    });
    await pane(page)
      .getByRole('tab', { name: /Settings/, selected: true })
      .waitFor();
    await pane(page).screenshot({ path: join(TEST_OUTPUT, 'nav-settings-en-dark-320.png') });
    // Back to the week with the mouse: a daily tab; then Results through the menu.
    await openView(page, 'Week');
    await pane(page).locator('[data-total="counted"]').waitFor();
    await openView(page, 'Results');
    await pane(page)
      .getByRole('tab', { name: /Results/, selected: true })
      .waitFor();
  });
});
