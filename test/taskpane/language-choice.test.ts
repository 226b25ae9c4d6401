import { CentaureError } from '../../src/core/errors';
import type { SettingsStore } from '../../src/storage/settings-store';
import { readLanguageChoice } from '../../src/taskpane/app/language-choice';

/** Roaming settings holding `stored` under the settings key. */
function storeWith(stored: unknown): SettingsStore {
  return {
    read: async (key) => (key === 'centaure.settings' ? stored : undefined),
    write: async () => undefined,
  };
}

describe('the language the pane starts in', () => {
  it('is the one the user saved, whatever the host speaks', async () => {
    await expect(readLanguageChoice(storeWith({ language: 'fr' }))).resolves.toBe('fr');
    await expect(readLanguageChoice(storeWith({ language: 'en' }))).resolves.toBe('en');
  });

  it("is the host's when the user chose none or nothing was saved", async () => {
    await expect(readLanguageChoice(storeWith({ language: null }))).resolves.toBeNull();
    await expect(readLanguageChoice(storeWith({ workbookPath: '/A.xlsx' }))).resolves.toBeNull();
    await expect(readLanguageChoice(storeWith(undefined))).resolves.toBeNull();
  });

  it("is the host's when the stored settings cannot be read, and the pane still opens", async () => {
    await expect(readLanguageChoice(storeWith({ language: 'de' }))).resolves.toBeNull();
    await expect(readLanguageChoice(storeWith('{"language":"fr"'))).resolves.toBeNull();
    await expect(readLanguageChoice(storeWith(['fr']))).resolves.toBeNull();
    const failing: SettingsStore = {
      read: async () => {
        throw new CentaureError('offline', { fr: 'Hors ligne', en: 'Offline' });
      },
      write: async () => undefined,
    };
    await expect(readLanguageChoice(failing)).resolves.toBeNull();
  });
});
