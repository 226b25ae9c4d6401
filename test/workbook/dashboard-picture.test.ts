import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { writeTwelveWeeks } from '../../src/demo/demo-history';
import { launchHeadlessChromium } from '../support/headless-chromium';
import { exportHtmlWithLibreOffice } from './support/independent-readers';

// The README's picture of the dashboard (docs/images/dashboard.png, `npm run screenshots`):
// the demo's twelve weeks as LibreOffice recalculates and draws them, captured in Chromium.
jest.setTimeout(300_000);

const TEST_OUTPUT = join(__dirname, '../../test-output');
const dir = mkdtempSync(join(tmpdir(), 'centaure-dashboard-picture-'));
let browser: Browser;

beforeAll(async () => {
  browser = await launchHeadlessChromium();
});
afterAll(async () => {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
});

it("shows the demo's week, its chart and the gain the demo prints, and is captured", async () => {
  await writeTwelveWeeks('2026-W47', 'Europe/Paris', dir, 'en');
  const [html] = await exportHtmlWithLibreOffice([join(dir, 'Centaure.xlsx')]);
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  await page.goto(pathToFileURL(html).href);
  // The first table of the export is the first sheet, the dashboard.
  const dashboard = page.locator('table').first();
  const rows = (await dashboard.locator('tr').allInnerTexts()).map((row) =>
    row.replace(/\s+/g, ' ').trim(),
  );
  expect(rows.some((row) => row.startsWith('Week 2026-W47'))).toBe(true);
  // The AI block: the gain `npm run demo` prints (docs/method.md, "The demo's twelve weeks").
  const aiRow = (code: string) =>
    rows.filter((row) => row.includes(`${code} `) && row.includes('/2026'));
  expect(aiRow('MAIL').join('\n')).toMatch(/MAIL .* 10\/12\/2026 5\.08 3\.08 -2\.00 -39\.4% 6 6/);
  expect(aiRow('ADM').join('\n')).toMatch(/ADM .* 10\/26\/2026 4\.19 2\.63 -1\.56 -37\.2% 8 4/);
  // The chart is drawn: an image LibreOffice rendered, loaded by the page.
  const chartWidth = await dashboard
    .locator('img')
    .first()
    .evaluate((image) => (image as unknown as { naturalWidth: number }).naturalWidth);
  expect(chartWidth).toBeGreaterThan(0);
  await dashboard.screenshot({ path: join(TEST_OUTPUT, 'dashboard-en.png') });
  await page.close();
});
