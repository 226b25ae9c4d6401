import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { TEST_OUTPUT, openView, paneForEachTest } from './support/pane-harness';

// Issue 16, point 14: messages belong to what they are about, never run off a 320 px pane, and
// what cannot be undone asks first.
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

  it('asks before leaving the team: Cancel keeps the membership, confirming leaves', async () => {
    const { page } = await openPane({ lang: 'en' });
    await page.setViewportSize({ width: 320, height: 900 });
    await openView(page, 'Team');
    await pane(page).getByRole('button', { name: 'Create the team workbook' }).click();
    const link = await pane(page)
      .getByRole('textbox', { name: 'Link to give your team' })
      .inputValue();
    await pane(page).getByRole('textbox', { name: 'Team workbook link' }).fill(link);
    await pane(page).getByRole('button', { name: 'Join the team' }).click();
    const leave = pane(page).getByRole('button', { name: 'Leave the team' });

    await leave.click();
    // Asked in place of the button, not in a modal dialog: the rest of the pane stays usable.
    const dialog = pane(page).getByRole('group', { name: 'Leave the team?' });
    await dialog.waitFor();
    await expect(dialog.textContent()).resolves.toContain(
      'Your totals will no longer go to the team workbook.',
    );
    await page.screenshot({
      path: join(TEST_OUTPUT, 'messages-leave-dialog-en-light-320.png'),
    });
    // Cancel has the focus, and Escape answers it.
    await expect(page.evaluate('document.activeElement?.textContent')).resolves.toBe('Cancel');
    // Where the focus is when the question leaves the page, before the next frame: back on the
    // button at once, never on the page's body in between (a screen reader would say so).
    await page.evaluate(`{
      const question = document.querySelector('#pane [role="group"][aria-labelledby]');
      window.__focusWhenAnswered = new Promise((answered) => {
        new MutationObserver((_records, observer) => {
          if (question.isConnected) return;
          observer.disconnect();
          answered(document.activeElement?.textContent ?? null);
        }).observe(document.getElementById('pane'), { childList: true, subtree: true });
      });
      // Not the promise: evaluate would wait for it.
      ('watching');
    }`);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect(page.evaluate('window.__focusWhenAnswered')).resolves.toBe('Leave the team');
    await expect(page.evaluate('document.activeElement?.textContent')).resolves.toBe(
      'Leave the team',
    );
    // Still in the team: the button is there, nothing was said, the link is still saved.
    await leave.waitFor();
    await expect(pane(page).getByText('You left the team', { exact: false }).count()).resolves.toBe(
      0,
    );
    await page.reload();
    await openView(page, 'Team');
    await leave.waitFor();

    await leave.click();
    await dialog.getByRole('button', { name: 'Leave the team' }).click();
    await dialog.waitFor({ state: 'detached' });
    await pane(page).getByText('You left the team: nothing more will be sent.').waitFor();
    await expect(leave.count()).resolves.toBe(0);
    // The pane is back for screen readers too: its tabs are there again.
    await expect(pane(page).getByRole('tab', { name: 'Generate' }).count()).resolves.toBe(1);
  });

  it('asks before deleting a task: Cancel keeps it, confirming takes it off the list', async () => {
    const { page } = await openPane({ lang: 'fr', theme: 'dark' });
    await page.setViewportSize({ width: 320, height: 900 });
    await openView(page, 'Tâches');
    const crisis = pane(page).locator('li[data-task-row="CRISE"]');
    await crisis.getByRole('button', { name: 'Supprimer CRISE' }).click();
    const dialog = pane(page).getByRole('group', { name: /^Supprimer la tâche CRISE/ });
    await dialog.waitFor();
    await page.screenshot({
      path: join(TEST_OUTPUT, 'messages-delete-dialog-fr-dark-320.png'),
    });
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect(crisis.count()).resolves.toBe(1);

    await crisis.getByRole('button', { name: 'Supprimer CRISE' }).click();
    await dialog.getByRole('button', { name: 'Supprimer' }).click();
    await dialog.waitFor({ state: 'detached' });
    await crisis.waitFor({ state: 'detached' });
    await expect(pane(page).getByRole('tab', { name: 'Générer' }).count()).resolves.toBe(1);
  });
});
