import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { parseIsoWeek } from '../../../src/core/week';
import type { GraphEmulator } from '../../../src/emulator';
import { startGraphEmulator } from '../../../src/emulator';
import { startTaskpaneServer, type TaskpaneServer } from '../../../src/demo/taskpane-server';
import { launchHeadlessChromium } from '../../support/headless-chromium';
import { ROAMING_KEYS } from '../../../src/core/addin';

// CENTAURE_WEB_ROOT runs the browser tests against another build (an older one, to see a new
// test fail before its fix without rebuilding).
export const WEB_ROOT = process.env.CENTAURE_WEB_ROOT ?? resolve(__dirname, '../../../dist/web');
export const DEMO_WEEK = '2026-W47';
export const TEST_OUTPUT = resolve(__dirname, '../../../test-output');

/** Headless Chromium for the pane's tests, once the taskpane is built. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(join(WEB_ROOT, 'demo.html'))) {
    throw new Error(
      `${WEB_ROOT} has no build: run \`npm test\` (it builds the taskpane) or \`npm run build\``,
    );
  }
  return launchHeadlessChromium();
}

/** The pane's language and theme. */
export interface PaneQuery {
  lang: 'fr' | 'en';
  theme?: 'light' | 'dark';
  /** More of the page's query, e.g. `&diagnostics`. */
  extra?: string;
  /**
   * Opens the pane as a new user (nothing stored: the first-run card shows). By default the
   * user has been greeted already, as on every day but the first.
   */
  firstRun?: boolean;
}

/** Where the demo keeps what the first run marked (its settings' localStorage prefix + key). */
export const DEMO_FIRST_RUN_ITEM = `centaure.demo.${ROAMING_KEYS.firstRun}`;

/** A fresh demo mailbox behind the demo server, and a fresh browser context on it. */
export interface PaneSession {
  emulator: GraphEmulator;
  server: TaskpaneServer;
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

export async function openPane(browser: Browser, query: PaneQuery): Promise<PaneSession> {
  const emulator = await startGraphEmulator({ seed: 'demo', week: parseIsoWeek(DEMO_WEEK) });
  const server = await startTaskpaneServer({
    emulator,
    webRoot: WEB_ROOT,
    port: 0,
    week: DEMO_WEEK,
    timeZone: 'Europe/Paris',
  });
  const context = await browser.newContext({
    viewport: { width: 900, height: 700 },
    timezoneId: 'Europe/Paris',
    locale: query.lang === 'fr' ? 'fr-FR' : 'en-GB',
    acceptDownloads: true,
  });
  if (query.firstRun !== true) {
    // A string: the tests are compiled without the DOM's types; this runs in the page.
    await context.addInitScript(
      `localStorage.setItem(${JSON.stringify(DEMO_FIRST_RUN_ITEM)}, '"done"')`,
    );
  }
  const page = await context.newPage();
  await page.goto(
    `${server.url}/demo.html?lang=${query.lang}&theme=${query.theme ?? 'light'}${query.extra ?? ''}`,
  );
  await page.locator('#pane [role="tabpanel"]').waitFor();
  return {
    emulator,
    server,
    context,
    page,
    close: async () => {
      await context.close();
      await server.close();
      await emulator.close();
    },
  };
}

/**
 * One browser for a test file's tests and a fresh pane for each: returns what opens the
 * test's pane, closed after the test; the browser closes after the file.
 */
export function paneForEachTest(): (query: PaneQuery) => Promise<PaneSession> {
  let browser: Browser | undefined;
  let session: PaneSession | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });
  return async (query) => {
    if (browser === undefined) throw new Error('the browser did not start');
    session = await openPane(browser, query);
    return session;
  };
}

/** The daily views are tabs; the others are in the "More" menu (its tab is `#tab-more`). */
export const MORE_TAB = '#pane #tab-more';

/** The focused element's text, read in the page. */
const focusedText = (page: Page) =>
  page.evaluate<string>("document.activeElement?.textContent ?? ''");

/**
 * Moves along the tab bar with the arrow keys, as a keyboard user does, to the tab named
 * `name`; a view of the "More" menu: to "More", Enter, then down the menu to its item
 * (Enter then opens the view either way).
 */
export async function arrowToTab(page: Page, name: RegExp, maxPresses = 12): Promise<void> {
  for (let press = 0; press < maxPresses; press += 1) {
    await page.keyboard.press('ArrowRight');
    const focused = await focusedText(page);
    if (name.test(focused)) return;
    const onMore = await page.evaluate<boolean>("document.activeElement?.id === 'tab-more'");
    if (onMore) {
      await page.keyboard.press('Enter');
      await page.locator('[role="menu"]').waitFor();
      for (let down = 0; down < 8; down += 1) {
        if (name.test(await focusedText(page))) return;
        await page.keyboard.press('ArrowDown');
      }
      throw new Error(`no item matching ${String(name)} in the "More" menu`);
    }
  }
  throw new Error(`no tab matching ${String(name)} within ${maxPresses} arrow presses`);
}

/** From the first tab, arrows to the view named `name` and opens it with Enter: the keyboard user's way in. */
export async function keyboardToTab(page: Page, name: RegExp): Promise<void> {
  // The "More" tab is remade once its menu's code is there (just after the first render):
  // arrowing through the bar before that would lose the focus with the old tab.
  await page.locator('#tab-more[data-menu-ready="true"]').waitFor();
  await page.locator('#tab-tag').focus();
  await arrowToTab(page, name);
  await page.keyboard.press('Enter');
}

/**
 * Opens the view named `name` with the mouse: its tab, or "More" then its menu item (the
 * views that are not daily; the "More" tab takes the shown one's name).
 */
export async function openView(page: Page, name: string | RegExp): Promise<void> {
  const pane = page.locator('#pane');
  const tab = pane.getByRole('tab', { name, exact: typeof name === 'string' });
  if ((await tab.count()) > 0 && (await tab.getAttribute('id')) !== 'tab-more') {
    await tab.click();
    return;
  }
  // As for the keyboard: a click while the tab is remade with its menu (a loaded CI machine)
  // can land half on the old tab, half on the new one, and open nothing.
  await page.locator('#tab-more[data-menu-ready="true"]').waitFor();
  await page.locator(MORE_TAB).click();
  await page.getByRole('menuitemradio', { name, exact: typeof name === 'string' }).click();
}

/** The settings the demo pane saved (in the browser's localStorage), as JSON. */
export async function storedDemoSettings(page: Page): Promise<Record<string, unknown>> {
  type Storage = { getItem(key: string): string | null };
  const stored = await page.evaluate(() =>
    (globalThis as unknown as { localStorage: Storage }).localStorage.getItem(
      'centaure.demo.centaure.settings',
    ),
  );
  return JSON.parse(stored ?? '{}') as Record<string, unknown>;
}

/** Presses Tab (or `key`) until the focused element's accessible text matches, as a keyboard user would. */
export async function tabTo(
  page: Page,
  name: RegExp,
  maxPresses = 120,
  key: 'Tab' | 'Shift+Tab' = 'Tab',
): Promise<void> {
  for (let press = 0; press < maxPresses; press += 1) {
    await page.keyboard.press(key);
    // A string: the tests are compiled without the DOM's types; this runs in the page. Focus
    // on the page's body (Tab pressed while a view was still loading) is no match: the body's
    // text holds every button's, and matched the one sought while it did not have the focus.
    const focused = await page.evaluate<string>(
      "document.activeElement === null || document.activeElement === document.body ? '' : `${document.activeElement.getAttribute('aria-label') ?? ''} ${document.activeElement.textContent ?? ''}`",
    );
    if (name.test(focused)) return;
  }
  throw new Error(
    `no focusable element matching ${String(name)} within ${maxPresses} ${key} presses`,
  );
}

/** Presses Tab until the focused field's label matches: a text field has no text of its own. */
export async function tabToField(page: Page, label: RegExp, key = 'Tab'): Promise<void> {
  for (let press = 0; press < 60; press += 1) {
    await page.keyboard.press(key);
    const labels = await page.evaluate(() => {
      type Field = { labels?: ArrayLike<{ textContent: string | null }> | null };
      const active = (globalThis as unknown as { document: { activeElement: Field | null } })
        .document.activeElement;
      return Array.from(active?.labels ?? []).map((l) => l.textContent ?? '');
    });
    if (labels.some((text) => label.test(text))) return;
  }
  throw new Error(`no field labelled ${String(label)} within 60 Tab presses`);
}

/**
 * Types an ISO date (YYYY-MM-DD) into the focused date field, its first part focused, as a
 * keyboard user does: in the order the field shows its parts, which follows the browser's own
 * language (Debian's headless Chromium shows month/day/year whatever the page's), found by
 * typing 1 February 2000 first.
 */
export async function typeDate(page: Page, iso: string): Promise<void> {
  await page.keyboard.type('01022000');
  const probe = await page.evaluate<string>("document.activeElement?.value ?? ''");
  if (probe !== '2000-02-01' && probe !== '2000-01-02') {
    throw new Error(`the focused field is not a date field at its first part (read "${probe}")`);
  }
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  const [year, month, day] = iso.split('-');
  await page.keyboard.type(probe === '2000-02-01' ? day + month + year : month + day + year);
  const typed = await page.evaluate<string>("document.activeElement?.value ?? ''");
  if (typed !== iso) throw new Error(`typed ${iso} into a date field, which reads "${typed}"`);
}

/**
 * Answers an action's question (asked in place of its button, see components/confirm-button.tsx)
 * with the button named `answer`: the action's name, or Cancel / Annuler.
 */
export async function confirmIn(page: Page, question: string, answer: string): Promise<void> {
  const asked = page.locator('#pane').getByRole('group', { name: question, exact: true });
  await asked.getByRole('button', { name: answer, exact: true }).click();
  await asked.waitFor({ state: 'detached' });
}
