import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { TEST_OUTPUT, openView, paneForEachTest } from './support/pane-harness';

// Issue 16, point 9: the first time the pane opens, it says what Centaure does and why, asks
// the user's role, and goes; then never again.
jest.setTimeout(180_000);

const openPane = paneForEachTest();

const pane = (page: Page) => page.locator('#pane');

const CARD = {
  fr: {
    title: 'Bienvenue dans Centaure',
    role: 'Votre rôle',
    go: 'Commencer',
    director: 'Directeur ou directrice marketing',
  },
  en: {
    title: 'Welcome to Centaure',
    role: 'Your role',
    go: 'Get started',
    director: 'Marketing director',
  },
} as const;

const card = (page: Page, lang: 'fr' | 'en') =>
  pane(page).getByRole('region', { name: CARD[lang].title });

describe('the first run (Chromium, 320 px)', () => {
  it('greets a new user, takes their role’s tasks, and never shows again, even after a reload', async () => {
    const { page } = await openPane({ lang: 'fr', firstRun: true });
    await page.setViewportSize({ width: 320, height: 900 });
    const greeting = card(page, 'fr');
    await greeting.waitFor();
    // Three lines on what it does and why.
    await expect(greeting.getByRole('listitem').count()).resolves.toBe(3);
    await expect(greeting.textContent()).resolves.toContain('classeur de suivi');
    // The demo's catalog has the manager's eight tasks: that role is shown, the user may change it.
    const role = greeting.getByLabel(CARD.fr.role);
    await expect(role.inputValue()).resolves.toBe('marketingManager');
    await pane(page).screenshot({ path: join(TEST_OUTPUT, 'first-run-fr-light-320.png') });

    await role.selectOption({ label: CARD.fr.director });
    await greeting.getByRole('button', { name: CARD.fr.go }).click();
    await greeting.waitFor({ state: 'detached' });
    // The meeting is there, under where the card was.
    await pane(page).getByRole('heading', { level: 2 }).first().waitFor();

    // The director's starting catalog: BUDG is one of its tasks, CRISE is not.
    await openView(page, 'Tâches');
    await pane(page).locator('li[data-task-row="BUDG"]').waitFor();
    await expect(pane(page).locator('li[data-task-row="CRISE"]').count()).resolves.toBe(0);

    await page.reload();
    await pane(page).locator('[data-first-run="none"]').waitFor({ state: 'attached' });
    await expect(card(page, 'fr').count()).resolves.toBe(0);
  });

  it.each([
    ['en', 'light'],
    ['en', 'dark'],
    ['fr', 'dark'],
  ] as const)(
    'keeps the catalog when the role is left as it is, and goes (%s, %s)',
    async (lang, theme) => {
      const { page } = await openPane({ lang, theme, firstRun: true });
      await page.setViewportSize({ width: 320, height: 900 });
      const greeting = card(page, lang);
      await greeting.waitFor();
      await pane(page).screenshot({
        path: join(TEST_OUTPUT, `first-run-${lang}-${theme}-320.png`),
      });
      // Nothing runs off the pane's edge at 320 px.
      type Box = { scrollWidth: number; clientWidth: number };
      const overflow = await greeting.evaluate(
        (element: unknown) => (element as Box).scrollWidth > (element as Box).clientWidth,
      );
      expect(overflow).toBe(false);
      await greeting.getByRole('button', { name: CARD[lang].go }).click();
      await greeting.waitFor({ state: 'detached' });
      await page.reload();
      await pane(page).locator('[data-first-run="none"]').waitFor({ state: 'attached' });
      await expect(card(page, lang).count()).resolves.toBe(0);
    },
  );

  it.each(['fr', 'en'] as const)(
    'names every role in full in the role list at 320 px (%s)',
    async (lang) => {
      const { page } = await openPane({ lang, firstRun: true });
      await page.setViewportSize({ width: 320, height: 900 });
      const role = card(page, lang).getByLabel(CARD[lang].role);
      await role.waitFor();
      // A closed list shows its choice on one line, cut where the box ends: each role's name,
      // in the list's own font, must fit between its paddings (the chevron sits in the right one).
      const cut = await role.evaluate((element: unknown) => {
        type Select = {
          options: ArrayLike<{ text: string }>;
          clientWidth: number;
          ownerDocument: { createElement(tag: 'canvas'): unknown };
        };
        type Canvas = {
          getContext(kind: '2d'): { font: string; measureText(text: string): { width: number } };
        };
        type Styles = {
          getComputedStyle(e: unknown): { font: string; paddingLeft: string; paddingRight: string };
        };
        const select = element as Select;
        const style = (globalThis as unknown as Styles).getComputedStyle(element);
        const room =
          select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        const pen = (select.ownerDocument.createElement('canvas') as Canvas).getContext('2d');
        pen.font = style.font;
        return Array.from(select.options)
          .map((option) => option.text)
          .filter((text) => pen.measureText(text).width > room);
      });
      expect(cut).toEqual([]);
    },
  );

  it('is there with the meeting from the first paint: the meeting never moves down under the user', async () => {
    const { page } = await openPane({ lang: 'en', firstRun: true });
    // Where the meeting's subject was when it first appeared (before that frame was painted).
    await page.addInitScript(`
      new MutationObserver((_records, observer) => {
        const subject = document.getElementById('tag-subject');
        if (subject === null) return;
        window.__subjectFirstTop = subject.getBoundingClientRect().top;
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    `);
    // Still a new user: the card has not been dismissed.
    await page.reload();
    await card(page, 'en').waitFor();
    await page.waitForTimeout(500);
    const first = await page.evaluate<number>('window.__subjectFirstTop');
    const now = await pane(page)
      .locator('#tag-subject')
      .evaluate(
        (element: unknown) =>
          (element as { getBoundingClientRect(): { top: number } }).getBoundingClientRect().top,
      );
    expect(now).toBe(first);
  });

  it('is not shown on a day the user was greeted already (the harness’s default)', async () => {
    const { page } = await openPane({ lang: 'en' });
    await pane(page).locator('[data-first-run="none"]').waitFor({ state: 'attached' });
    await expect(card(page, 'en').count()).resolves.toBe(0);
  });

  it('tells what to do on an untagged meeting with no suggestion, in one sentence', async () => {
    const { page } = await openPane({ lang: 'en' });
    await page.setViewportSize({ width: 320, height: 900 });
    await page.getByRole('button', { name: /Appel imprimeur/ }).click();
    await pane(page).getByRole('heading', { name: 'Appel imprimeur — devis catalogue' }).waitFor();
    await pane(page).getByText('No suggestion for this meeting: pick a task below.').waitFor();
    await pane(page).screenshot({ path: join(TEST_OUTPUT, 'tag-no-suggestion-en-light-320.png') });
  });
});
