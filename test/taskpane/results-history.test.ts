import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { TEST_OUTPUT, openView, paneForEachTest } from './support/pane-harness';

// The demo mailbox's 12 weeks (W36–W47) and their MAIL and ADM hours are stated in
// src/emulator/seeds/demo.ts and checked in test/contract/demo-seed.test.ts.
jest.setTimeout(180_000);

const openPane = paneForEachTest();

const pane = (page: Page) => page.locator('#pane');

describe('Results keep their history after the first Generate (Chromium, 320 px)', () => {
  it('shows the MAIL and ADM gains of the demo weeks out of the box, the workbook’s one week completed from the calendar', async () => {
    const session = await openPane({ lang: 'en' });
    const { page } = session;
    await page.setViewportSize({ width: 320, height: 900 });
    await openView(page, 'Generate');
    await pane(page).getByRole('button', { name: 'Generate the tracking workbook' }).click();
    await pane(page).getByText('Workbook Centaure.xlsx created with week 47.').waitFor();

    await openView(page, 'Results');
    const mail = pane(page).locator('[data-gain="MAIL"]');
    await mail.waitFor();
    // The workbook holds W47 only; W36–W46 are counted from the calendar.
    await pane(page)
      .getByText('From your tracking workbook (1 week) and your calendar (11 weeks).')
      .waitFor();
    // MAIL (AI since 12 October, W42): (5 + 5.5 + 5 + 4.5 + 5 + 5.5) / 6 = 5.08 h before,
    // (3.5 + 3.5 + 3 + 3 + 3 + 2.5) / 6 = 3.08 h after.
    await expect(mail.locator('[data-figure="hours"]').textContent()).resolves.toBe(
      '5.08\u00a0h → 3.08\u00a0h a week',
    );
    await expect(mail.getByText('6 weeks before, 6 after').count()).resolves.toBe(1);
    // ADM (AI since 26 October, W44): 8 weeks at 4.19 h, then 4 at 2.63 h.
    const adm = pane(page).locator('[data-gain="ADM"]');
    await expect(adm.locator('[data-figure="hours"]').textContent()).resolves.toBe(
      '4.19\u00a0h → 2.63\u00a0h a week',
    );
    await expect(adm.getByText('8 weeks before, 4 after').count()).resolves.toBe(1);
    await expect(
      pane(page).locator('[data-testid="trend-chart"] [data-week]').count(),
    ).resolves.toBe(12);
    await pane(page).screenshot({ path: join(TEST_OUTPUT, 'results-after-generate-en-320.png') });
  });

  it('works out where to start from the 4 weeks it names, the workbook’s week and 3 from the calendar', async () => {
    const session = await openPane({ lang: 'en' });
    const { page } = session;
    await page.setViewportSize({ width: 320, height: 900 });
    await openView(page, 'Generate');
    await pane(page).getByRole('button', { name: 'Generate the tracking workbook' }).click();
    await pane(page).getByText('Workbook Centaure.xlsx created with week 47.').waitFor();

    await openView(page, 'Tasks');
    await pane(page).getByRole('button', { name: 'Work it out from the last 4 weeks' }).click();
    const veil = pane(page).locator('[data-start="VEIL"]');
    await veil.waitFor();
    // VEIL: 1 h of competitor watch each week W44–W46, 9.13 h in W47 (the trade show):
    // (1 + 1 + 1 + 9.13) / 4 = 3.03 h; assist saves 15 %: 0.45 h.
    await expect(veil.textContent()).resolves.toContain(
      '3.03\u00a0h a week over 4 weeks: up to 0.45\u00a0h freed (−15%)',
    );
  });
});
