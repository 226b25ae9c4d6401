import { CentaureError } from '../../src/core/errors';
import { DEFAULT_CATALOG } from '../../src/core/catalog';
import { jsonBytes } from '../../src/core/json-bytes';
import {
  DEFAULT_USER_SETTINGS,
  ROAMING_LIMIT_BYTES,
  SettingsTooLargeError,
} from '../../src/core/user-settings';
import type { SettingsStore } from '../../src/storage/settings-store';
import { loadUserSettings, saveUserSettings } from '../../src/usecases/user-settings';

/** roamingSettings as Office keeps them: all keys together, 32 KB at most, or offline. */
class RoamingStandIn implements SettingsStore {
  readonly values = new Map<string, unknown>();
  writes = 0;
  offline = false;

  read(key: string): Promise<unknown> {
    return Promise.resolve(this.values.get(key));
  }

  write(key: string, value: unknown): Promise<void> {
    this.writes += 1;
    const next = new Map(this.values).set(key, value);
    if (this.offline || jsonBytes(Object.fromEntries(next)) > ROAMING_LIMIT_BYTES) {
      return Promise.reject(
        new CentaureError('settings-save-failed', { fr: 'échec', en: 'failed' }),
      );
    }
    this.values.set(key, value);
    return Promise.resolve();
  }
}

const myCatalog = DEFAULT_CATALOG.map((task) =>
  task.code === 'MAIL' ? { ...task, plannedHours: 3, aiSince: '2026-10-05' } : task,
);

describe('saving the settings to roaming settings', () => {
  it('reads back what was saved', async () => {
    const store = new RoamingStandIn();
    await saveUserSettings(store, { ...DEFAULT_USER_SETTINGS, catalog: myCatalog, language: 'fr' });
    const loaded = await loadUserSettings(store);
    expect(loaded.problem).toBeNull();
    expect(loaded.settings.catalog[0]).toMatchObject({ plannedHours: 3, aiSince: '2026-10-05' });
    expect(loaded.settings.language).toBe('fr');
  });

  it('refuses a catalog too large without writing, and the stored catalog stays', async () => {
    const store = new RoamingStandIn();
    await saveUserSettings(store, { ...DEFAULT_USER_SETTINGS, catalog: myCatalog });
    const huge = Array.from({ length: 200 }, (_, i) => ({
      ...DEFAULT_CATALOG[0],
      code: `M${String(i).padStart(4, '0')}`,
      category: `Centaure M${String(i).padStart(4, '0')}`,
    }));
    await expect(
      saveUserSettings(store, { ...DEFAULT_USER_SETTINGS, catalog: huge }),
    ).rejects.toBeInstanceOf(SettingsTooLargeError);
    expect(store.writes).toBe(1);
    expect((await loadUserSettings(store)).settings.catalog).toEqual(myCatalog);
  });

  it('a save the host fails (offline) leaves the stored catalog as it was', async () => {
    const store = new RoamingStandIn();
    await saveUserSettings(store, { ...DEFAULT_USER_SETTINGS, catalog: myCatalog });
    store.offline = true;
    await expect(
      saveUserSettings(store, { ...DEFAULT_USER_SETTINGS, catalog: DEFAULT_CATALOG }),
    ).rejects.toBeInstanceOf(CentaureError);
    expect((await loadUserSettings(store)).settings.catalog).toEqual(myCatalog);
  });

  it('starts from the defaults in a new mailbox', async () => {
    expect((await loadUserSettings(new RoamingStandIn())).settings).toEqual(DEFAULT_USER_SETTINGS);
  });
});
