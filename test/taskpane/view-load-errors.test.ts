import { join } from 'node:path';
import type { Page, Route } from 'playwright-core';
import { TEST_OUTPUT, paneForEachTest } from './support/pane-harness';

// A view whose code cannot be downloaded never blanks the pane: a plain message and a retry.
jest.setTimeout(120_000);

const openPane = paneForEachTest();

const pane = (page: Page) => page.locator('#pane');

/** The script chunks the pane loads on demand (the page's own bundles are loaded by then). */
const CHUNKS = /\/\d+\.[0-9a-f]+\.js$/;

describe('a view that cannot be downloaded (Chromium, 320 px)', () => {
  it('says so in plain words when the network drops, and the retry loads the view', async () => {
    const session = await openPane({ lang: 'fr' });
    const { page } = session;
    await page.setViewportSize({ width: 320, height: 900 });
    const drop = (route: Route) => route.abort('internetdisconnected');
    await page.route(CHUNKS, drop);
    await pane(page).getByRole('tab', { name: 'Semaine' }).click();
    await pane(page)
      .getByText(
        'Cette partie de Centaure n’a pas pu être chargée. Vérifiez la connexion, puis réessayez.',
      )
      .waitFor();
    await expect(pane(page).textContent()).resolves.not.toMatch(/Loading chunk|https?:/);
    await pane(page).screenshot({ path: join(TEST_OUTPUT, 'view-load-error-fr-320.png') });
    // The rest of the pane still works.
    await pane(page).getByRole('tab', { name: 'Étiqueter' }).click();
    await pane(page).getByText('Autre tâche').waitFor();
    await pane(page).getByRole('tab', { name: 'Semaine' }).click();

    await page.unroute(CHUNKS, drop);
    await pane(page).getByRole('button', { name: 'Réessayer' }).click();
    await pane(page).locator('[data-total="counted"]').waitFor();
  });

  it('handles a view gone from the server (a new deployment) the same way', async () => {
    const session = await openPane({ lang: 'en' });
    const { page } = session;
    await page.setViewportSize({ width: 320, height: 900 });
    const gone = (route: Route) => route.fulfill({ status: 404, body: 'Not found' });
    await page.route(CHUNKS, gone);
    await pane(page).getByRole('tab', { name: 'Results' }).click();
    await pane(page)
      .getByText('This part of Centaure could not be loaded. Check the connection, then try again.')
      .waitFor();
    await expect(pane(page).textContent()).resolves.not.toMatch(/Loading chunk|https?:/);
    await page.unroute(CHUNKS, gone);
    await pane(page).getByRole('button', { name: 'Try again' }).click();
    await pane(page).locator('[data-gain="MAIL"], [data-testid="trend-chart"]').first().waitFor();
  });
});
