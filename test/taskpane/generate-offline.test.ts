import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { TEST_OUTPUT, paneForEachTest } from './support/pane-harness';

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
      'Generate the tracking sheet',
      'No connection: the week will be written at the next try.',
      'Reading the week — failed',
      'Try 2026-W47 again',
      'Workbook Centaure.xlsx created with week 2026-W47.',
    ],
    [
      'fr',
      'Générer',
      'Générer la feuille de suivi',
      'Pas de connexion : la semaine sera écrite au prochain essai.',
      'Lecture de la semaine — échec',
      'Réessayer 2026-W47',
      'Classeur Centaure.xlsx créé avec la semaine 2026-W47.',
    ],
  ] as const)(
    'says there is no connection, marks the step and writes the kept week once back online (%s)',
    async (lang, tab, generate, offline, failedStep, retry, done) => {
      const session = await openPane({ lang });
      const { page, context } = session;
      await page.setViewportSize({ width: 320, height: 900 });
      await pane(page).getByRole('tab', { name: tab }).click();
      await context.setOffline(true);
      await pane(page).getByRole('button', { name: generate }).click();
      await pane(page).getByText(offline).waitFor();
      await expect(pane(page).locator('[data-step="read"]').textContent()).resolves.toBe(
        failedStep,
      );
      await expect(pane(page).textContent()).resolves.not.toMatch(JARGON);
      await pane(page).screenshot({ path: join(TEST_OUTPUT, `generate-offline-${lang}-320.png`) });

      await context.setOffline(false);
      await pane(page).getByRole('button', { name: retry }).click();
      await pane(page).getByText(done).waitFor();
    },
  );
});
