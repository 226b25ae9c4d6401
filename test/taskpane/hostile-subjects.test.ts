import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { TEST_OUTPUT, paneForEachTest } from './support/pane-harness';

jest.setTimeout(180_000);

const openPane = paneForEachTest();
const pane = (page: Page) => page.locator('#pane');

// U+202E RIGHT-TO-LEFT OVERRIDE: without isolation, it reverses what follows the subject on
// its line (the time, the categories, the arrow of a retag line).
const HOSTILE = 'Budget \u202Egnp.exe';

/**
 * Whether every element showing `text` keeps it isolated from what is around it: the
 * innermost element holding it, or one of its ancestors up to the line, is `unicode-bidi:
 * isolate` (a `<bdi>`).
 */
async function isolatedEverywhere(page: Page, root: string, text: string): Promise<boolean[]> {
  // Run in the page (this file is compiled without the DOM's types).
  return page.evaluate<boolean[]>(`(() => {
    const found = [];
    const walker = document.createTreeWalker(document.querySelector(${JSON.stringify(root)}), NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      if (!(node.textContent ?? '').includes(${JSON.stringify(text)})) continue;
      const bidi = getComputedStyle(node.parentElement).unicodeBidi;
      found.push(['isolate', 'isolate-override', 'plaintext'].includes(bidi));
    }
    return found;
  })()`);
}

describe('right-to-left override characters in subjects', () => {
  it('are isolated wherever a subject is shown: the demo meeting list, the Tag view, the Week view', async () => {
    const session = await openPane({ lang: 'en' });
    const { page, emulator } = session;
    emulator.mailbox.addEvent({
      subject: HOSTILE,
      start: { dateTime: '2026-11-18T07:00:00', timeZone: 'UTC' },
      end: { dateTime: '2026-11-18T07:30:00', timeZone: 'UTC' },
    });
    // A write through the proxy makes the demo server read the week again.
    await page.evaluate(
      `fetch('/graph/v1.0/me/events', { method: 'POST', body: '{}' }).then(() => 0)`,
    );
    await page.reload();
    const list = page.getByRole('navigation');
    await list.getByText('gnp.exe', { exact: false }).waitFor();
    expect(await isolatedEverywhere(page, 'body', 'gnp.exe')).not.toContain(false);

    await list.getByRole('button', { name: /gnp\.exe/ }).click();
    await pane(page)
      .getByRole('heading', { name: /Budget/ })
      .waitFor();
    const inPane = await isolatedEverywhere(page, '#pane', 'gnp.exe');
    expect(inPane.length).toBeGreaterThan(0);
    expect(inPane).not.toContain(false);

    await pane(page).getByRole('tab', { name: 'Week' }).click();
    await pane(page).locator('[data-event]').getByText('gnp.exe', { exact: false }).waitFor();
    const inWeek = await isolatedEverywhere(page, '#pane', 'gnp.exe');
    expect(inWeek.length).toBeGreaterThan(0);
    expect(inWeek).not.toContain(false);
    await pane(page).screenshot({ path: join(TEST_OUTPUT, 'week-rtl-subject-en-light.png') });
  });
});
