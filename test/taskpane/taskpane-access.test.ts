import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import { TEST_OUTPUT, openView, paneForEachTest } from './support/pane-harness';

jest.setTimeout(180_000);

const openPane = paneForEachTest();

/** Each view by its tab's name, and something on screen once it has rendered its content. */
const VIEWS = {
  tag: { tab: { fr: 'Étiqueter', en: 'Tag' }, ready: '#tag-subject' },
  week: { tab: { fr: 'Semaine', en: 'Week' }, ready: '[data-total="counted"]' },
  generate: { tab: { fr: 'Générer', en: 'Generate' }, ready: '#generate-title' },
  tasks: { tab: { fr: 'Tâches', en: 'Tasks' }, ready: '#tasks-heading' },
  results: { tab: { fr: 'Résultats', en: 'Results' }, ready: '[data-testid="trend-chart"]' },
  settings: { tab: { fr: 'Réglages', en: 'Settings' }, ready: '#settings-heading' },
  // A user in no team: the manager's button, the privacy notice and the link box.
  team: { tab: { fr: 'Équipe', en: 'Team' }, ready: '#team-privacy' },
} as const;

const COMBINATIONS = (['fr', 'en'] as const).flatMap((lang) =>
  (['light', 'dark'] as const).map((theme) => [lang, theme] as const),
);

describe('every view, both languages, both themes', () => {
  it.each(COMBINATIONS)(
    'has no serious or critical axe violation (%s, %s) and is captured at 320×570',
    async (lang, theme) => {
      const session = await openPane({ lang, theme });
      const { page } = session;
      const pane = page.locator('#pane');
      for (const [name, view] of Object.entries(VIEWS)) {
        await openView(page, view.tab[lang]);
        await pane.locator(view.ready).waitFor();
        // Tabster (Fluent's focus manager) puts hidden sentinels around the tab list that hand
        // focus straight on; axe reads them as focusable hidden content. The keyboard test walks
        // the real tab order.
        const results = await new AxeBuilder({ page }).exclude('[data-tabster-dummy]').analyze();
        const serious = results.violations
          .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
          .map(
            (violation) =>
              `${name}: ${violation.id} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
          );
        expect(serious).toEqual([]);
        const box = await pane.boundingBox();
        expect([box?.width, box?.height]).toEqual([320, 570]);
        await pane.screenshot({ path: join(TEST_OUTPUT, `${name}-${lang}-${theme}.png`) });
      }
      // The Week view's list of events, further down the pane.
      await openView(page, VIEWS.week.tab[lang]);
      await pane.locator('[data-event]').first().scrollIntoViewIfNeeded();
      await pane.screenshot({ path: join(TEST_OUTPUT, `week-events-${lang}-${theme}.png`) });
    },
  );
});
