import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  TEST_OUTPUT,
  keyboardToTab,
  openView,
  paneForEachTest,
  tabTo,
  tabToField,
} from './support/pane-harness';

jest.setTimeout(180_000);

const openPane = paneForEachTest();

const pane = (page: Page) => page.locator('#pane');

// The daily three, then "More", which takes the name of the view of its menu that is shown.
const TABS = {
  en: ['Tag', 'Week', 'Generate', 'More ▾'],
  fr: ['Étiqueter', 'Semaine', 'Générer', 'Plus ▾'],
  enSettings: ['Tag', 'Week', 'Generate', 'Settings ▾'],
  frSettings: ['Étiqueter', 'Semaine', 'Générer', 'Réglages ▾'],
};

const tabLabels = (page: Page) => pane(page).getByRole('tab').allInnerTexts();

/** The `lang` the pane declares, on its outermost element. */
const paneLang = (page: Page) => page.locator('#pane > [lang]').getAttribute('lang');

/** From the focused Settings form: moves the language select by `key`, then saves, by keyboard. */
async function saveLanguage(page: Page, label: RegExp, key: string, save: RegExp): Promise<void> {
  await tabToField(page, label);
  await page.keyboard.press(key);
  await tabTo(page, save);
  await page.keyboard.press('Enter');
}

describe('the language chosen in Settings', () => {
  it('switches the whole pane at once, stays after a reload, and goes back to the host’s', async () => {
    const session = await openPane({ lang: 'en' });
    const { page } = session;
    await page.setViewportSize({ width: 320, height: 900 });
    await expect(tabLabels(page)).resolves.toEqual(TABS.en);

    await keyboardToTab(page, /Settings/);
    await pane(page).getByRole('heading', { name: 'Settings' }).waitFor();
    // The select lists the host's language, then Français, then English.
    await saveLanguage(page, /^Language$/, 'ArrowDown', /Save settings/);

    await pane(page).getByText('Réglages enregistrés.').waitFor();
    await expect(tabLabels(page)).resolves.toEqual(TABS.frSettings);
    await expect(paneLang(page)).resolves.toBe('fr');
    // Still on Settings, now in French.
    await expect(
      pane(page).getByRole('tab', { name: 'Réglages', selected: true }).count(),
    ).resolves.toBe(1);
    await pane(page).getByRole('heading', { name: 'Réglages' }).waitFor();
    await expect(pane(page).getByRole('combobox', { name: 'Langue' }).inputValue()).resolves.toBe(
      'fr',
    );
    const overflow = await page.evaluate<number>(
      '(() => { const p = document.querySelector(\'#pane [role="tabpanel"]\'); return p.scrollWidth - p.clientWidth; })()',
    );
    expect(overflow).toBe(0);
    await pane(page).getByText('Réglages enregistrés.').scrollIntoViewIfNeeded();
    await pane(page).screenshot({ path: join(TEST_OUTPUT, 'settings-language-fr-320.png') });

    // Other views count and date in French too: the demo week's 290 untagged minutes.
    await pane(page).getByRole('tab', { name: 'Semaine' }).click();
    await expect(pane(page).locator('[data-total="untagged"]').textContent()).resolves.toBe(
      '4,83\u00a0h',
    );

    // A fresh load starts in French, without an English tab bar first.
    await page.addInitScript(`
      window.englishTabShown = false;
      new MutationObserver(() => {
        const tabs = [...document.querySelectorAll('#pane [role="tab"]')];
        if (tabs.some((tab) => tab.textContent.trim() === 'Tag')) window.englishTabShown = true;
      }).observe(document, { childList: true, subtree: true, characterData: true });
    `);
    await page.reload();
    await pane(page).locator('[role="tabpanel"]').waitFor();
    await expect(tabLabels(page)).resolves.toEqual(TABS.fr);
    await expect(paneLang(page)).resolves.toBe('fr');
    await expect(page.evaluate<boolean>('window.englishTabShown')).resolves.toBe(false);

    await openView(page, 'Réglages');
    await pane(page).getByRole('heading', { name: 'Réglages' }).waitFor();
    await saveLanguage(page, /^Langue$/, 'ArrowUp', /Enregistrer les réglages/);
    await pane(page).getByText('Settings saved.').waitFor();
    await expect(tabLabels(page)).resolves.toEqual(TABS.enSettings);
    await expect(paneLang(page)).resolves.toBe('en');
    await expect(
      pane(page).getByRole('tab', { name: 'Settings', selected: true }).count(),
    ).resolves.toBe(1);
  });
});
