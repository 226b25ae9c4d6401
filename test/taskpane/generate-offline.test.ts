import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { TEST_OUTPUT, openView, paneForEachTest } from './support/pane-harness';

// Generate with no network: said at once, in the user's words, and the week kept for later.
jest.setTimeout(120_000);

const openPane = paneForEachTest();

const pane = (page: Page) => page.locator('#pane');

/** Anything a user must never read: an address, a host, Graph's or the mailbox's jargon. */
const JARGON = /https?:|127\.0\.0\.1|localhost|Graph|mailbox|boîte aux lettres|fetch|HTTP/i;

describe('Generate offline (Chromium, 320 px)', () => {
  it.each([
    [
      'en',
      'Generate',
      'Generate the tracking workbook',
      'No connection: the week will be written at the next try.',
      'Reading the week — failed',
      'Try week 47 again',
      'Workbook Centaure.xlsx created with week 47.',
    ],
    [
      'fr',
      'Générer',
      'Générer le classeur de suivi',
      'Pas de connexion : la semaine sera écrite au prochain essai.',
      'Lecture de la semaine — échec',
      'Réessayer la semaine 47',
      'Classeur Centaure.xlsx créé avec la semaine 47.',
    ],
  ] as const)(
    'says there is no connection, marks the step and writes the kept week once back online (%s)',
    async (lang, tab, generate, offline, failedStep, retry, done) => {
      // French in the dark theme, English in the light one: both looked at.
      const session = await openPane({ lang, theme: lang === 'fr' ? 'dark' : 'light' });
      const { page, context } = session;
      await page.setViewportSize({ width: 320, height: 900 });
      await openView(page, tab);
      await context.setOffline(true);
      await pane(page).getByRole('button', { name: generate }).click();
      await pane(page).getByText(offline).waitFor();
      await expect(pane(page).locator('[data-step="read"]').textContent()).resolves.toBe(
        failedStep,
      );
      await expect(pane(page).textContent()).resolves.not.toMatch(JARGON);
      await pane(page).screenshot({
        path: join(
          TEST_OUTPUT,
          `generate-offline-${lang}-${lang === 'fr' ? 'dark' : 'light'}-320.png`,
        ),
      });

      await context.setOffline(false);
      await pane(page).getByRole('button', { name: retry }).click();
      await pane(page).getByText(done).waitFor();
    },
  );
});
