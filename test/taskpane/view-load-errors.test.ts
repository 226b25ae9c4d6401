import { join } from 'node:path';
import type { Page, Route } from 'playwright-core';
import { MORE_TAB, TEST_OUTPUT, openView, paneForEachTest } from './support/pane-harness';

// A view whose code cannot be downloaded never blanks the pane: a plain message and a retry.
jest.setTimeout(120_000);

const openPane = paneForEachTest();

const pane = (page: Page) => page.locator('#pane');

/** The script chunks the pane loads on demand (the page's own bundles are loaded by then). */
const CHUNKS = /\/\d+\.[0-9a-f]+\.js$/;

describe('a view that cannot be downloaded (Chromium, 320 px)', () => {
  it('says so in plain words when the network drops, and the retry loads the view', async () => {
    const session = await openPane({ lang: 'fr', theme: 'dark' });
    const { page } = session;
    await page.setViewportSize({ width: 320, height: 900 });
    const drop = (route: Route) => route.abort('internetdisconnected');
    await page.locator(MORE_TAB).waitFor();
    await page.route(CHUNKS, drop);
    await openView(page, 'Semaine');
    await pane(page)
      .getByText(
        'Cette partie de Centaure n’a pas pu s’afficher. Vérifiez votre connexion, puis réessayez.',
      )
      .waitFor();
    await expect(pane(page).textContent()).resolves.not.toMatch(/Loading chunk|https?:/);
    await pane(page).screenshot({ path: join(TEST_OUTPUT, 'view-load-error-fr-dark-320.png') });
    // The rest of the pane still works.
    await openView(page, 'Étiqueter');
    await pane(page).getByText('Autre tâche').waitFor();
    await openView(page, 'Semaine');

    await page.unroute(CHUNKS, drop);
    await pane(page).getByRole('button', { name: 'Réessayer' }).click();
    await pane(page).locator('[data-total="counted"]').waitFor();
  });

  it('handles a view gone from the server (a new deployment) the same way', async () => {
    const session = await openPane({ lang: 'en' });
    const { page } = session;
    await page.setViewportSize({ width: 320, height: 900 });
    const gone = (route: Route) => route.fulfill({ status: 404, body: 'Not found' });
    // The "More" menu's own code loads after the first render: there before the deployment.
    await page.locator('#tab-more[data-menu-ready="true"]').waitFor();
    await page.route(CHUNKS, gone);
    await openView(page, 'Results');
    await pane(page)
      .getByText('This part of Centaure could not be shown. Check your connection, then try again.')
      .waitFor();
    await expect(pane(page).textContent()).resolves.not.toMatch(/Loading chunk|https?:/);
    await page.unroute(CHUNKS, gone);
    await pane(page).getByRole('button', { name: 'Try again' }).click();
    await pane(page).locator('[data-gain="MAIL"], [data-testid="trend-chart"]').first().waitFor();
  });
});
