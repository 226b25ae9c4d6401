import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { TEST_OUTPUT, openView, paneForEachTest } from './support/pane-harness';

// Issue 16, points 12, 13 and 15: the pane says the quadrants' and tasks' names, not only their
// codes; the Week view's grid has the method's colours; the trend chart reads alone.
jest.setTimeout(180_000);

const openPane = paneForEachTest();
const pane = (page: Page) => page.locator('#pane');

const QUADRANT_NAMES = {
  fr: {
    'I+U+': 'Important et urgent',
    'I+U-': 'Important, pas urgent',
    'I-U+': 'Urgent, pas important',
    'I-U-': 'Ni urgent ni important',
  },
  en: {
    'I+U+': 'Important and urgent',
    'I+U-': 'Important, not urgent',
    'I-U+': 'Urgent, not important',
    'I-U-': 'Neither urgent nor important',
  },
} as const;

interface CellColours {
  quadrant: string;
  background: string;
  /** The lowest contrast ratio between the cell's background and any of its texts. */
  lowestContrast: number;
}

/**
 * Each grid cell's computed background and the contrast of its texts (WCAG 2 relative
 * luminance), and the pane's neutral grey (the cells' old, shared background).
 */
async function gridColours(page: Page): Promise<{ neutral: string; cells: CellColours[] }> {
  return page.evaluate(`(() => {
    const rgb = (colour) => colour.match(/[\\d.]+/g).slice(0, 3).map(Number);
    const luminance = (colour) => {
      const [r, g, b] = rgb(colour).map((v) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const contrast = (a, b) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi + 0.05) / (lo + 0.05);
    };
    const pane = document.querySelector('#pane');
    const probe = document.createElement('div');
    probe.style.backgroundColor = 'var(--colorNeutralBackground3)';
    pane.appendChild(probe);
    const neutral = getComputedStyle(probe).backgroundColor;
    probe.remove();
    const cells = [...pane.querySelectorAll('td[data-quadrant]')].map((cell) => {
      const background = getComputedStyle(cell).backgroundColor;
      const texts = [...cell.querySelectorAll('*')].filter((el) => el.textContent.trim() !== '');
      return {
        quadrant: cell.getAttribute('data-quadrant'),
        background,
        lowestContrast: Math.min(
          contrast(getComputedStyle(cell).color, background),
          ...texts.map((el) => contrast(getComputedStyle(el).color, background)),
        ),
      };
    });
    return { neutral, cells };
  })()`);
}

describe('names, not only codes, and the grid in the method’s colours (Chromium, 320 px)', () => {
  it.each([
    { lang: 'fr' as const, theme: 'light' as const, week: 'Semaine' },
    { lang: 'en' as const, theme: 'dark' as const, week: 'Week' },
  ])(
    'opens the Week view and reads each quadrant by its name, in its own readable colour ($lang, $theme)',
    async ({ lang, theme, week }) => {
      const { page } = await openPane({ lang, theme });
      await page.setViewportSize({ width: 320, height: 800 });
      await openView(page, week);
      await pane(page).locator('[data-total="counted"]').waitFor();

      for (const [quadrant, name] of Object.entries(QUADRANT_NAMES[lang])) {
        const cell = pane(page).locator(`td[data-quadrant="${quadrant}"]`);
        // The name in text next to the code: colour is never the only sign.
        await expect(cell.textContent()).resolves.toContain(name);
        await expect(cell.textContent()).resolves.toContain(quadrant);
        await expect(cell.getByText(name).isVisible()).resolves.toBe(true);
      }
      const { neutral, cells } = await gridColours(page);
      expect(cells.map((c) => c.quadrant)).toEqual(['I+U+', 'I+U-', 'I-U+', 'I-U-']);
      // Four colours, none of them the neutral grey every cell had.
      expect(new Set(cells.map((c) => c.background)).size).toBe(4);
      for (const cell of cells) {
        expect(cell.background).not.toBe(neutral);
        // WCAG AA for normal text.
        expect(cell.lowestContrast).toBeGreaterThanOrEqual(4.5);
      }
      await pane(page).screenshot({
        path: join(TEST_OUTPUT, `week-grid-colours-${lang}-${theme}-320.png`),
      });
    },
  );

  it.each([
    { lang: 'fr' as const, week: 'Semaine', mail: 'Emails internes et externes' },
    { lang: 'en' as const, week: 'Week', mail: 'Internal and external email' },
  ])(
    'reads each task’s label next to its code in the planned-and-actual bars, inside the 320 px pane ($lang)',
    async ({ lang, week, mail }) => {
      const { page } = await openPane({ lang });
      await page.setViewportSize({ width: 320, height: 800 });
      await openView(page, week);
      await pane(page).locator('[data-total="counted"]').waitFor();
      const row = pane(page).locator('tr[data-task="MAIL"]');
      await expect(row.locator('th').textContent()).resolves.toContain('MAIL');
      const label = row.getByText(mail);
      await expect(label.isVisible()).resolves.toBe(true);
      // The longest label (REU's) stays inside the pane: wrapped or cut with an ellipsis.
      const paneBox = await pane(page).boundingBox();
      for (const code of ['MAIL', 'REU', 'ADM', 'STRAT']) {
        const header = pane(page).locator(`tr[data-task="${code}"] th`);
        const box = await header.boundingBox();
        expect(box).not.toBeNull();
        expect(box!.x + box!.width).toBeLessThanOrEqual(paneBox!.x + paneBox!.width);
        // The test's types have no DOM: the element as far as this check reads it.
        type Box = { scrollWidth: number; clientWidth: number };
        const overflows = await header.evaluate(
          (el) => (el as unknown as Box).scrollWidth > (el as unknown as Box).clientWidth + 1,
        );
        expect(overflows).toBe(false);
      }
      await row.locator('xpath=ancestor::table').screenshot({
        path: join(TEST_OUTPUT, `week-task-names-${lang}-320.png`),
      });
    },
  );

  it.each([
    {
      lang: 'en' as const,
      theme: 'light' as const,
      results: 'Results',
      mail: 'AI adopted on 12 October 2026: MAIL · Internal and external email',
      adm: 'AI adopted on 26 October 2026: ADM · Administration: reporting, approvals, budget',
    },
    {
      lang: 'fr' as const,
      theme: 'dark' as const,
      results: 'Résultats',
      mail: 'IA adoptée le 12 octobre 2026 : MAIL · Emails internes et externes',
      adm: 'IA adoptée le 26 octobre 2026 : ADM · Administratif : reporting, validations, suivi budgétaire',
    },
  ])(
    'opens Results and reads the trend chart alone: hours on the axis, the AI adoption dates marked, names in the legend ($lang, $theme)',
    async ({ lang, theme, results, mail, adm }) => {
      const { page } = await openPane({ lang, theme });
      await page.setViewportSize({ width: 320, height: 900 });
      await openView(page, results);
      const chart = pane(page).locator('[data-testid="trend-chart"]');
      await chart.waitFor();

      // The left axis says its unit: every tick is a number of hours.
      const ticks = await chart.locator('[data-axis="hours"] text').allTextContents();
      expect(ticks.length).toBeGreaterThanOrEqual(3);
      for (const tick of ticks) expect(tick).toMatch(/^\d+\u00a0h$/);

      // The demo catalog's AI dates: MAIL on Monday 12 October 2026 (W42), ADM on Monday
      // 26 October 2026 (W44). Each marker is named for a screen reader and stands where its
      // week's bar begins: after the week before's bar, at or before its own.
      for (const [code, name, week, before] of [
        ['MAIL', mail, '2026-W42', '2026-W41'],
        ['ADM', adm, '2026-W44', '2026-W43'],
      ] as const) {
        const marker = pane(page).getByRole('img', { name, exact: true });
        await expect(marker.getAttribute('data-ai-marker')).resolves.toBe(code);
        await expect(marker.getAttribute('data-marker-week')).resolves.toBe(week);
        const line = (await marker.boundingBox())!;
        const previous = (await chart
          .locator(`[data-week="${before}"] rect`)
          .first()
          .boundingBox())!;
        const own = (await chart.locator(`[data-week="${week}"] rect`).first().boundingBox())!;
        const middle = line.x + line.width / 2;
        expect(middle).toBeGreaterThan(previous.x + previous.width);
        expect(middle).toBeLessThanOrEqual(own.x + 0.5);
      }

      // The legend names the quadrants and the tasks whose AI date is marked.
      const legend = pane(page).locator('[data-testid="trend-legend"]');
      const legendText = (await legend.textContent()) ?? '';
      for (const name of Object.values(QUADRANT_NAMES[lang])) expect(legendText).toContain(name);
      expect(legendText).toContain(mail.slice(mail.indexOf('MAIL')));
      expect(legendText).toContain(adm.slice(adm.indexOf('ADM')));
      const legendBox = (await legend.boundingBox())!;
      const paneBox = (await pane(page).boundingBox())!;
      expect(legendBox.x + legendBox.width).toBeLessThanOrEqual(paneBox.x + paneBox.width);

      await pane(page)
        .locator('figure')
        .screenshot({ path: join(TEST_OUTPUT, `results-trend-${lang}-${theme}-320.png`) });
    },
  );
});
