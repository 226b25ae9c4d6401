import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { TEST_OUTPUT, paneForEachTest } from './support/pane-harness';

// Journeys on the Tag view: what it shows belongs to the meeting open in Outlook.
jest.setTimeout(120_000);

const openPane = paneForEachTest();

const pane = (page: Page) => page.locator('#pane');

/** Clicks a meeting in the demo's calendar, as opening it in Outlook, and waits for the pane. */
async function openMeeting(page: Page, subject: string): Promise<void> {
  await page
    .getByRole('button', { name: new RegExp(subject.replace(/[()[\]]/g, '\\$&')) })
    .first()
    .click();
  await pane(page).getByRole('heading', { name: subject }).waitFor();
}

describe('the Tag view belongs to the open meeting (Chromium, 320 px)', () => {
  it('forgets the pick and the series box of the meeting left, and shows a write where it was made', async () => {
    const session = await openPane({ lang: 'en' });
    const { page, emulator } = session;
    await page.setViewportSize({ width: 320, height: 900 });

    // On the weekly CODIR the user picks CRISE and ticks "the whole series"...
    await openMeeting(page, 'CODIR hebdomadaire');
    await pane(page).getByLabel('Other task').selectOption('CRISE');
    await pane(page).getByRole('checkbox', { name: 'Apply to the whole series' }).check();
    // ...then opens another meeting: nothing of that choice follows.
    await openMeeting(page, 'Comité budget mensuel');
    await expect(pane(page).getByLabel('Other task').inputValue()).resolves.toBe('');
    await expect(
      pane(page).getByRole('button', { name: 'Tag', exact: true }).isDisabled(),
    ).resolves.toBe(true);
    await expect(
      pane(page).getByRole('checkbox', { name: 'Apply to the whole series' }).isChecked(),
    ).resolves.toBe(false);

    // A tag whose write is still on its way when the user opens another meeting: the other
    // meeting's buttons stay usable and its pane never says "Meeting tagged OPE.".
    await openMeeting(page, 'Point juridique CGV');
    emulator.faults.add({ method: 'PATCH', path: /\/me\/events\//, hang: true, times: 1 });
    await pane(page).getByLabel('Other task').selectOption('OPE');
    await pane(page).getByRole('button', { name: 'Tag', exact: true }).click();
    await expect(pane(page).getByLabel('Other task').isDisabled()).resolves.toBe(true);
    await openMeeting(page, 'Webinar partenaire Salesforce');
    await expect(pane(page).getByLabel('Other task').isDisabled()).resolves.toBe(false);
    await expect(pane(page).getByText('Meeting tagged OPE.').count()).resolves.toBe(0);
    await pane(page).screenshot({ path: join(TEST_OUTPUT, 'tag-other-meeting-en-320.png') });
  });

  it('shows an override beside its task, and drops the last action’s message when another meeting opens', async () => {
    const session = await openPane({ lang: 'fr', theme: 'dark' });
    const { page } = session;
    await page.setViewportSize({ width: 320, height: 900 });
    await openMeeting(page, 'Point juridique CGV');
    await pane(page).getByRole('button', { name: /^REU/ }).click();
    await pane(page).getByText('Réunion étiquetée REU.').waitFor();
    // The override is shown beside the task it applies to.
    await pane(page).getByLabel('Quadrant pour cette réunion').selectOption('I+U+');
    await pane(page).getByText('pour cette réunion seulement').waitFor();
    await pane(page).screenshot({ path: join(TEST_OUTPUT, 'tag-override-fr-dark-320.png') });
    await openMeeting(page, 'Webinar partenaire Salesforce');
    await expect(
      pane(page).getByText('Quadrant enregistré pour cette réunion.').count(),
    ).resolves.toBe(0);
  });

  it('untags a meeting with its quadrant override: tagged again, it takes the task’s quadrant', async () => {
    const session = await openPane({ lang: 'en' });
    const { page, emulator } = session;
    await page.setViewportSize({ width: 320, height: 900 });
    // The press reply is OPE (I-U+) with this occurrence overridden to I+U+ (seeded).
    await openMeeting(page, 'Réponse presse — rappel produit');
    await pane(page).getByTestId('current-quadrant').filter({ hasText: 'I+U+' }).waitFor();
    await pane(page).getByRole('button', { name: 'Remove tag' }).click();
    await pane(page).getByText('Tag removed.').waitFor();
    const stored = () =>
      emulator.mailbox
        .storedEvents()
        .find((event) => event.data.subject === 'Réponse presse — rappel produit');
    // The custom property holds no quadrant any more (Office.js's customProperties.remove
    // leaves an empty JSON object where the property lived).
    expect(
      stored()?.data.singleValueExtendedProperties.map((property) => property.value) ?? [],
    ).not.toContainEqual(expect.stringContaining('quadrant'));
    await pane(page).getByLabel('Other task').selectOption('OPE');
    await pane(page).getByRole('button', { name: 'Tag', exact: true }).click();
    await pane(page).getByText('Meeting tagged OPE.').waitFor();
    await pane(page).getByTestId('current-quadrant').filter({ hasText: 'I-U+' }).waitFor();
    await pane(page).screenshot({ path: join(TEST_OUTPUT, 'tag-untag-override-en-320.png') });
  });

  it('forgets an undone tag: Webinar is not suggested CRISE after tagging and untagging it, even after reload', async () => {
    const session = await openPane({ lang: 'en' });
    const { page } = session;
    await page.setViewportSize({ width: 320, height: 900 });
    await openMeeting(page, 'Webinar partenaire Salesforce');
    await expect(pane(page).locator('[data-suggestion="CRISE"]').count()).resolves.toBe(0);
    await pane(page).getByLabel('Other task').selectOption('CRISE');
    await pane(page).getByRole('button', { name: 'Tag', exact: true }).click();
    await pane(page).getByText('Meeting tagged CRISE.').waitFor();
    await pane(page).getByRole('button', { name: 'Remove tag' }).click();
    await pane(page).getByText('Tag removed.').waitFor();
    await expect(pane(page).locator('[data-suggestion="CRISE"]').count()).resolves.toBe(0);
    // The compact history the new-meeting handler reads (roaming settings; here localStorage)
    // keeps no CRISE example either.
    const roaming = await page.evaluate(() =>
      (
        globalThis as unknown as { localStorage: { getItem(key: string): string | null } }
      ).localStorage.getItem('centaure.demo.tagHistory'),
    );
    expect(roaming ?? '').not.toContain('"CRISE"');

    await page.reload();
    await pane(page).locator('[role="tabpanel"]').waitFor();
    await openMeeting(page, 'Webinar partenaire Salesforce');
    await pane(page)
      .getByText(/^Suggestions$/)
      .waitFor();
    await expect(pane(page).locator('[data-suggestion="CRISE"]').count()).resolves.toBe(0);
  });
});
