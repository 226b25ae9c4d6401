import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { TEST_OUTPUT, openView, paneForEachTest } from './support/pane-harness';

// The demo week's minutes per event are worked out by hand in test/contract/demo-seed.test.ts.
jest.setTimeout(120_000);

const openPane = paneForEachTest();
const pane = (page: Page) => page.locator('#pane');
const nb = (text: string) => text.replace(/ /g, '\u00a0');

/** The time line under an event of the Week view's list. */
const eventLine = (page: Page, subject: string) =>
  pane(page).locator('[data-event]', { hasText: subject }).locator('.fui-Caption1').textContent();

describe('durations as people say them', () => {
  it.each([
    {
      lang: 'fr' as const,
      theme: 'light' as const,
      // Tuesday 10:00–11:30, sharing 11:00–11:30 with two meetings: 60 + 15/2 + 15/3 = 72.5 min.
      revue: `10:00–11:30 · ${nb('1 h 13')} · partagée avec 2 autres réunions`,
      // 11:15–11:45 shared with both: 15/3 + 15/2 = 12.5 min, "13 min", never "0,21 h".
      fnac: `11:15–11:45 · ${nb('13 min')} · partagée avec 2 autres réunions`,
      lunch: `12:30–13:30 · ${nb('1 h')}`,
      // VEIL 547.5 min = 9 h 07.5, said to the minute; planned 3 h.
      veil: [nb('9 h 08'), nb('3 h')],
    },
    {
      lang: 'en' as const,
      theme: 'dark' as const,
      revue: `10:00–11:30 · ${nb('1 h 13 min')} · shared with 2 other meetings`,
      fnac: `11:15–11:45 · ${nb('13 min')} · shared with 2 other meetings`,
      lunch: `12:30–13:30 · ${nb('1 h')}`,
      veil: [nb('9 h 8 min'), nb('3 h')],
    },
  ])('reads the week in minutes and hours, and why a meeting counts less ($lang)', async (c) => {
    const { page } = await openPane({ lang: c.lang, theme: c.theme });
    await page.setViewportSize({ width: 320, height: 800 });
    await openView(page, c.lang === 'fr' ? 'Semaine' : 'Week');
    await pane(page).locator('[data-total="counted"]').waitFor();
    await expect(eventLine(page, 'Revue campagne Noël')).resolves.toBe(c.revue);
    await expect(eventLine(page, 'Appel client Groupe Fnac')).resolves.toBe(c.fnac);
    await expect(eventLine(page, 'Déjeuner avec Sophie')).resolves.toBe(c.lunch);
    const veil = pane(page).locator('[data-task="VEIL"] td');
    await expect(veil.nth(1).textContent()).resolves.toBe(c.veil[0]);
    await expect(veil.nth(2).textContent()).resolves.toBe(c.veil[1]);
    await pane(page)
      .locator('[data-event]', { hasText: 'Appel client Groupe Fnac' })
      .scrollIntoViewIfNeeded();
    await pane(page).screenshot({
      path: join(TEST_OUTPUT, `week-durations-${c.lang}-${c.theme}-320.png`),
    });
  });

  it.each([
    {
      lang: 'fr' as const,
      view: 'Tâches',
      edit: 'Modifier',
      field: 'Heures prévues par semaine',
      mail: `I-U+ · ${nb('5 h')} prévues`,
      typed: '1,5',
      edited: `I-U+ · ${nb('1 h 30')} prévues`,
    },
    {
      lang: 'en' as const,
      view: 'Tasks',
      edit: 'Edit',
      field: 'Planned hours per week',
      mail: `I-U+ · ${nb('5 h')} planned`,
      typed: '1.5',
      edited: `I-U+ · ${nb('1 h 30 min')} planned`,
    },
  ])('says a task’s planned time as the Week view does, as it is typed ($lang)', async (c) => {
    const { page } = await openPane({ lang: c.lang });
    await page.setViewportSize({ width: 320, height: 800 });
    await openView(page, c.view);
    const mail = pane(page).locator('li[data-task-row="MAIL"]');
    const note = mail.locator('p').nth(1);
    // Planned 5 h a week, said as the Week view says "3 h" planned, never "5,00 h".
    await expect(note.textContent()).resolves.toBe(c.mail);
    await mail.getByRole('button', { name: c.edit }).click();
    await mail.getByLabel(c.field).fill(c.typed);
    await expect(note.textContent()).resolves.toBe(c.edited);
  });
});
