import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { TEST_OUTPUT, openView, paneForEachTest } from './support/pane-harness';

// Issue 16, point 14: messages belong to what they are about and never run off a 320 px pane.
jest.setTimeout(180_000);

const openPane = paneForEachTest();

const pane = (page: Page) => page.locator('#pane');

/** The widths of an element: what it shows and what its content needs. */
async function widths(locator: Locator): Promise<{ scroll: number; client: number }> {
  type Box = { scrollWidth: number; clientWidth: number };
  return locator.evaluate((element: unknown) => ({
    scroll: (element as Box).scrollWidth,
    client: (element as Box).clientWidth,
  }));
}

describe('messages in the pane (Chromium, 320 px)', () => {
  it('drops the Week view’s message when another week is shown', async () => {
    const { page } = await openPane({ lang: 'en' });
    await page.setViewportSize({ width: 320, height: 900 });
    await openView(page, 'Week');
    const accept = pane(page).getByRole('button', { name: /^Accept suggestions \([1-9]/ });
    await accept.click();
    const told = pane(page).getByText(/^\d+ events? tagged\.$/);
    await told.waitFor();
    await pane(page).screenshot({ path: join(TEST_OUTPUT, 'messages-week-tagged-en-320.png') });

    // Week 48 of the demo: the message said what happened in week 47.
    await pane(page).getByRole('button', { name: 'Next week' }).click();
    await pane(page)
      .getByRole('heading', { name: /Week 48/ })
      .waitFor();
    await pane(page).locator('button[aria-label="Next week"]:not([disabled])').waitFor();
    await expect(told.count()).resolves.toBe(0);
    await expect(pane(page).getByRole('status').count()).resolves.toBe(0);
  });

  it('wraps a message with a long file name inside the 320 px pane, and drops it on another week', async () => {
    const { page } = await openPane({ lang: 'fr', theme: 'dark' });
    await page.setViewportSize({ width: 320, height: 900 });
    const file = 'Suivi_hebdomadaire_de_la_direction_marketing_version_finale_relue.xlsx';
    await openView(page, 'Réglages');
    await pane(page).getByLabel('Classeur de suivi dans OneDrive').fill(`/Centaure/${file}`);
    await pane(page).getByRole('button', { name: 'Enregistrer les réglages' }).click();
    await pane(page).getByText('Réglages enregistrés.').waitFor();

    await openView(page, 'Générer');
    await pane(page).getByRole('button', { name: 'Générer le classeur de suivi' }).click();
    const message = pane(page).getByText(`Classeur ${file} créé avec la semaine`, {
      exact: false,
    });
    await message.waitFor();
    const bar = pane(page).getByRole('status').filter({ hasText: file });
    // Nothing scrolls sideways: neither the message, nor its bar, nor the view.
    for (const element of [message, bar, pane(page).getByRole('tabpanel')]) {
      const { scroll, client } = await widths(element);
      expect(scroll).toBeLessThanOrEqual(client);
    }
    // The whole file name is there, on more than one line.
    await expect(message.textContent()).resolves.toContain(file);
    const lineHeight = await message.evaluate((element) => {
      type Styles = { getComputedStyle(e: unknown): { lineHeight: string } };
      return parseFloat((globalThis as unknown as Styles).getComputedStyle(element).lineHeight);
    });
    const { height } = (await message.boundingBox()) ?? { height: 0 };
    expect(height).toBeGreaterThan(lineHeight * 1.5);
    await pane(page).screenshot({ path: join(TEST_OUTPUT, 'messages-long-name-fr-dark-320.png') });

    await pane(page).getByRole('button', { name: 'Semaine précédente' }).click();
    await pane(page)
      .getByRole('heading', { name: /Semaine 46/ })
      .waitFor();
    await expect(message.count()).resolves.toBe(0);
  });
});
