import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import {
  TEST_OUTPUT,
  arrowToTab,
  keyboardToTab,
  storedDemoSettings,
  paneForEachTest,
  tabTo,
  tabToField,
  typeDate,
} from './support/pane-harness';

// The demo mailbox's 12 weeks and their MAIL and ADM hours are stated in
// src/emulator/seeds/demo.ts and checked in test/contract/demo-seed.test.ts.
jest.setTimeout(180_000);

const openPane = paneForEachTest();

const pane = (page: Page) => page.locator('#pane');

async function openTab(page: Page, name: RegExp): Promise<void> {
  await pane(page).getByRole('tab', { name }).click();
}

async function editTask(page: Page, code: string): Promise<void> {
  await pane(page)
    .getByRole('button', { name: `Edit ${code}` })
    .click();
}

describe('the method in the taskpane (demo mode)', () => {
  it('records when AI was adopted, then shows the measured gain of the demo weeks', async () => {
    const session = await openPane({ lang: 'en' });
    const { page } = session;
    await openTab(page, /Tasks/);
    await editTask(page, 'MAIL');
    // A wrong code is refused, with the catalog's message next to the field.
    await pane(page).getByLabel('Code').fill('m');
    await pane(page).getByRole('button', { name: 'Save the catalog' }).click();
    await pane(page)
      .getByText('Catalog, task #1: code "M" must be 2 to 6 characters A-Z or 0-9')
      .waitFor();
    await pane(page).getByLabel('Code').fill('MAIL');
    await pane(page).getByLabel('AI adopted on').fill('2026-10-12');
    await pane(page).getByLabel('How AI could help').fill('Réponses types relues avant envoi');
    await pane(page).getByRole('button', { name: 'Close MAIL' }).click();
    await editTask(page, 'ADM');
    await pane(page).getByLabel('AI adopted on').fill('2026-10-26');
    await pane(page).getByRole('button', { name: 'Save the catalog' }).click();
    await pane(page).getByText('Catalog saved.').waitFor();

    await page.setViewportSize({ width: 320, height: 900 });
    await openTab(page, /Results/);
    const mail = pane(page).locator('[data-gain="MAIL"]');
    await mail.waitFor();
    await pane(page).screenshot({ path: join(TEST_OUTPUT, 'method-results-gain-en-320.png') });
    // MAIL: (5 + 5.5 + 5 + 4.5 + 5 + 5.5) / 6 = 5.08 h before, 18.5 / 6 = 3.08 h after.
    await expect(mail.locator('[data-figure="hours"]').textContent()).resolves.toBe(
      '5.08\u00a0h → 3.08\u00a0h a week',
    );
    await expect(mail.locator('[data-figure="change"]').textContent()).resolves.toBe(
      '\u22122.00\u00a0h (\u221239.4%)',
    );
    await expect(mail.locator('[data-figure="survey"]').textContent()).resolves.toBe(
      '39.4% less time: above that range.',
    );
    const adm = pane(page).locator('[data-gain="ADM"]');
    await expect(adm.locator('[data-figure="hours"]').textContent()).resolves.toBe(
      '4.19\u00a0h → 2.63\u00a0h a week',
    );
    await pane(page).getByText('Counted from your calendar (no tracking workbook yet).').waitFor();
    // Twelve weeks of bars, W36 to W47.
    await expect(
      pane(page).locator('[data-testid="trend-chart"] [data-week]').count(),
    ).resolves.toBe(12);
  });

  it('ranks where to start under the assumption the user sets', async () => {
    const session = await openPane({ lang: 'en' });
    const { page } = session;
    await openTab(page, /Tasks/);
    await pane(page).getByRole('button', { name: 'Work it out from the last 4 weeks' }).click();
    const first = pane(page).locator('[data-start]').first();
    await first.waitFor();
    // The demo's catalog has AI on MAIL and ADM already: they are not advised. Last 4 weeks
    // W44–W47: VEIL 1 h of competitor watch in each of W44–W46 and 9.13 h in W47 (the trade
    // show), (1 + 1 + 1 + 9.13) / 4 = 3.03 h; assist −15 % frees 0.45 h.
    const veil = pane(page).locator('[data-start="VEIL"]');
    await expect(veil.textContent()).resolves.toContain(
      '3.03\u00a0h a week over 4 weeks: up to 0.45\u00a0h freed (−15%)',
    );
    // At −10 %: 3.03 × 0.10 = 0.30 h.
    await pane(page).getByLabel('Assumed saving of assistance (%)').fill('10');
    await expect(veil.textContent()).resolves.toContain('up to 0.30\u00a0h freed (−10%)');
  });

  it('renames a task and retags the meetings already tagged, in one step', async () => {
    const session = await openPane({ lang: 'fr' });
    const { page, emulator } = session;
    await openTab(page, /Tâches/);
    await pane(page).getByRole('button', { name: 'Modifier MAIL' }).click();
    await pane(page).getByLabel('Code').fill('COUR');
    await pane(page).getByLabel('Catégorie Outlook').fill('Centaure COUR');
    await pane(page).getByRole('button', { name: 'Enregistrer le catalogue' }).click();
    const confirm = pane(page).getByRole('button', {
      name: /^Enregistrer et réétiqueter \d+ réunions$/,
    });
    await confirm.waitFor();
    const count = Number(/(\d+)/.exec((await confirm.textContent()) ?? '')?.[1]);
    await confirm.click();
    await pane(page).getByText(`Catalogue enregistré, ${count} réunions réétiquetées.`).waitFor();
    // From W36 (Monday 31 August) to 12 weeks after W47: no occurrence shows the old category.
    const shown = emulator.mailbox.instancesBetween(
      Date.parse('2026-08-31T00:00:00+02:00'),
      Date.parse('2027-02-15T00:00:00+01:00'),
    );
    expect(shown.filter((event) => event.data.categories.includes('Centaure MAIL'))).toEqual([]);
    expect(shown.filter((event) => event.data.categories.includes('Centaure COUR'))).toHaveLength(
      count,
    );
    await openTab(page, /Semaine/);
    await expect(
      pane(page).locator('[data-task="COUR"] [data-actual]').textContent(),
    ).resolves.toBe('2,50\u00a0h');
  });

  it('runs steps 1, 3, 4 and 5 from the keyboard alone, in French', async () => {
    const session = await openPane({ lang: 'fr' });
    const { page } = session;
    await keyboardToTab(page, /Tâches/);
    // Step 5's advice first. The demo's catalog has AI on MAIL and ADM already, so VEIL:
    // (1 + 1 + 1 + 9,13) / 4 = 3,03 h over W44–W47, assist −15 % frees 0,45 h.
    await tabTo(page, /Calculer à partir des 4 dernières semaines/);
    await page.keyboard.press('Enter');
    const veil = pane(page).locator('[data-start="VEIL"]');
    await veil.waitFor();
    await expect(veil.textContent()).resolves.toContain(
      '3,03\u00a0h par semaine sur 4 semaines : jusqu’à 0,45\u00a0h libérées',
    );
    await tabToField(page, /Gain supposé de l’assistance/, 'Shift+Tab');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('10');
    await expect(veil.textContent()).resolves.toContain('jusqu’à 0,30\u00a0h libérées');

    // Steps 3 and 4 on MAIL, then the adoption dates of MAIL and ADM.
    await tabTo(page, /Modifier MAIL/, 200, 'Shift+Tab');
    await page.keyboard.press('Enter');
    await tabToField(page, /Potentiel de l’IA/);
    await page.keyboard.type('Auto');
    await tabToField(page, /Comment l’IA pourrait aider/);
    await page.keyboard.type('Réponses types relues avant envoi');
    await tabToField(page, /Décision/);
    await page.keyboard.type('Assis');
    await tabToField(page, /Pourquoi, avec vos mots/);
    await page.keyboard.type('Je relis tout ce qui part en mon nom.');
    await tabToField(page, /IA adoptée le/);
    await typeDate(page, '2026-10-12');
    await tabTo(page, /Fermer MAIL/);
    await page.keyboard.press('Enter');
    await tabTo(page, /Modifier ADM/);
    await page.keyboard.press('Enter');
    await tabToField(page, /IA adoptée le/);
    await typeDate(page, '2026-10-26');
    await tabTo(page, /Enregistrer le catalogue/);
    await page.keyboard.press('Enter');
    await pane(page).getByText('Catalogue enregistré.').waitFor();
    const { catalog } = (await storedDemoSettings(page)) as { catalog: { code: string }[] };
    expect(catalog.find((task) => task.code === 'MAIL')).toMatchObject({
      aiPotential: 'automate',
      aiNote: 'Réponses types relues avant envoi',
      decision: 'assisted',
      decisionReason: 'Je relis tout ce qui part en mon nom.',
      aiSince: '2026-10-12',
    });
    expect(catalog.find((task) => task.code === 'ADM')).toMatchObject({ aiSince: '2026-10-26' });

    // Step 5: back to the tabs, then Résultats.
    for (let press = 0; press < 200; press += 1) {
      await page.keyboard.press('Shift+Tab');
      if ((await page.evaluate("document.activeElement?.getAttribute('role')")) === 'tab') break;
    }
    await arrowToTab(page, /Résultats/);
    await page.keyboard.press('Enter');
    const gain = pane(page).locator('[data-gain="MAIL"]');
    await gain.waitFor();
    await expect(gain.locator('[data-figure="hours"]').textContent()).resolves.toBe(
      '5,08\u00a0h → 3,08\u00a0h par semaine',
    );
  });

  it('validates and saves the settings from the keyboard alone', async () => {
    const session = await openPane({ lang: 'fr' });
    const { page } = session;
    await keyboardToTab(page, /Réglages/);
    await pane(page).getByRole('heading', { name: 'Réglages' }).waitFor();
    await tabToField(page, /Heures comptées/);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('25');
    await tabTo(page, /Enregistrer les réglages/);
    await page.keyboard.press('Enter');
    await pane(page)
      .getByText(
        'Les heures d’une journée entière doivent être un nombre entre 0 et 24 (reçu : 25).',
      )
      .waitFor();
    await tabToField(page, /Heures comptées/, 'Shift+Tab');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('6');
    await tabToField(page, /Les réunions refusées/);
    await page.keyboard.press('Space');
    await tabTo(page, /Enregistrer les réglages/);
    await page.keyboard.press('Enter');
    await pane(page).getByText('Réglages enregistrés.').waitFor();
    expect(await storedDemoSettings(page)).toMatchObject({
      counting: { allDayHours: 6, exclusions: ['cancelled', 'free', 'allDay'] },
    });
    // The Week view counts with them: the Thursday trade show gives VEIL 6 h, not 7
    // (547.5 − 60 = 487.5 min = 8.13 h); the declined Tuesday webinar (14:00–15:00, alone in
    // its hour) now counts, untagged: 290 + 60 = 350 min = 5.83 h.
    await openTab(page, /Semaine/);
    await expect(
      pane(page).locator('[data-task="VEIL"] [data-actual]').textContent(),
    ).resolves.toBe('8,13\u00a0h');
    await expect(pane(page).locator('[data-total="untagged"]').textContent()).resolves.toBe(
      '5,83\u00a0h',
    );
  });

  const views = [
    { id: 'tasks', en: /Tasks/, fr: /Tâches/, ready: '[data-task-row]' },
    { id: 'results', en: /Results/, fr: /Résultats/, ready: '[data-testid="trend-chart"]' },
    { id: 'settings', en: /Settings/, fr: /Réglages/, ready: 'form' },
  ] as const;
  it.each([
    ['en', 'light'],
    ['fr', 'dark'],
  ] as const)(
    'the Tasks, Results and Settings views are axe-clean at 320 px (%s, %s)',
    async (lang, theme) => {
      const session = await openPane({ lang, theme });
      const { page } = session;
      await page.setViewportSize({ width: 320, height: 900 });
      for (const view of views) {
        await openTab(page, view[lang]);
        await pane(page).locator(view.ready).first().waitFor();
        if (view.id === 'tasks')
          await pane(page)
            .getByRole('button', { name: lang === 'fr' ? 'Modifier MAIL' : 'Edit MAIL' })
            .click();
        // Tabster's focus sentinels (Fluent's focus management) hand focus on at once: not content.
        const result = await new AxeBuilder({ page })
          .include('#pane')
          .exclude('[data-tabster-dummy]')
          .analyze();
        const serious = result.violations.filter(
          (v) => v.impact === 'serious' || v.impact === 'critical',
        );
        expect(
          serious.map(
            (v) => `${view.id} ${v.id}: ${v.nodes.map((n) => n.html.slice(0, 120)).join(' | ')}`,
          ),
        ).toEqual([]);
        await pane(page).screenshot({
          path: join(TEST_OUTPUT, `method-${view.id}-${lang}-${theme}-320.png`),
        });
      }
    },
  );
});
