import { join } from 'node:path';
import { TEST_OUTPUT, paneForEachTest } from './support/pane-harness';

const openPane = paneForEachTest();

const TEXT = {
  fr: { heading: 'Diagnostic', copy: 'Copier le rapport', first: 'Centaure — diagnostic' },
  en: { heading: 'Diagnostics', copy: 'Copy report', first: 'Centaure — diagnostics' },
};

describe('the self-test in the demo pane (?diagnostics)', () => {
  it.each([
    ['fr', 'light'],
    ['en', 'light'],
    ['fr', 'dark'],
    ['en', 'dark'],
  ] as const)(
    'opens at once, checks each dependency against the emulator and copies a report without secrets (%s, %s)',
    async (lang, theme) => {
      const session = await openPane({ lang, theme, extra: '&diagnostics' });
      const { page, emulator } = session;
      await session.context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const pane = page.locator('#pane');

      await pane.getByRole('heading', { name: TEXT[lang].heading }).waitFor();
      const lines = pane.locator('[data-testid="diagnostics-lines"] > li');
      await lines.first().waitFor();
      expect(await lines.count()).toBe(10);
      const section = pane.locator('section[aria-labelledby="diagnostics-heading"]');
      await section.scrollIntoViewIfNeeded();
      await pane.screenshot({ path: join(TEST_OUTPUT, `diagnostics-${lang}-${theme}.png`) });
      await pane.getByRole('button', { name: TEXT[lang].copy }).click();
      await pane.getByRole('status').waitFor();
      const report = await page.evaluate<string>('navigator.clipboard.readText()');

      const rows = report.split('\n');
      expect(rows[0]).toBe(TEXT[lang].first);
      expect(rows.slice(1).map((row) => row.split(' · ')[0])).toEqual(Array(10).fill('OK'));
      expect(report).not.toContain(emulator.token);
      const subjects = emulator.mailbox.storedEvents().map((event) => event.data.subject ?? '');
      for (const subject of subjects.filter((s) => s.length > 3))
        expect(report).not.toContain(subject);
    },
  );
});
