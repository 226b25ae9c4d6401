import { ROAMING_KEYS } from '../../src/core/addin';
import { DEFAULT_CATALOG } from '../../src/core/catalog';
import { ROLE_CATALOGS } from '../../src/core/role-catalogs';
import type { SettingsStore } from '../../src/storage/settings-store';
import { finishFirstRun } from '../../src/usecases/finish-first-run';
import { isFirstRunDue } from '../../src/usecases/first-run';
import { loadUserSettings } from '../../src/usecases/user-settings';

/** Roaming settings as a map; `failing` makes every read or write reject, as offline Outlook may. */
class MapStore implements SettingsStore {
  readonly values = new Map<string, unknown>();
  failing = false;

  constructor(entries: Record<string, unknown> = {}) {
    for (const [key, value] of Object.entries(entries)) this.values.set(key, value);
  }

  read(key: string): Promise<unknown> {
    if (this.failing) return Promise.reject(new Error('offline'));
    return Promise.resolve(this.values.get(key));
  }

  write(key: string, value: unknown): Promise<void> {
    if (this.failing) return Promise.reject(new Error('offline'));
    this.values.set(key, value);
    return Promise.resolve();
  }
}

describe('the first run', () => {
  it('greets a user with nothing stored, and never again once done', async () => {
    const store = new MapStore();
    await expect(isFirstRunDue(store)).resolves.toBe(true);
    await finishFirstRun(store, null);
    await expect(isFirstRunDue(store)).resolves.toBe(false);
    // No role picked: nothing but the mark was written.
    expect([...store.values.keys()]).toEqual([ROAMING_KEYS.firstRun]);
  });

  it('does not greet a user from before the card: saved settings or a tag history say they used Centaure', async () => {
    const withCatalog = new MapStore({ [ROAMING_KEYS.settings]: { catalog: DEFAULT_CATALOG } });
    await expect(isFirstRunDue(withCatalog)).resolves.toBe(false);
    const withTags = new MapStore({ [ROAMING_KEYS.tagHistory]: { v: 1 } });
    await expect(isFirstRunDue(withTags)).resolves.toBe(false);
  });

  it('greets a stand-in’s new user marked due even with its starting settings', async () => {
    const demo = new MapStore({
      [ROAMING_KEYS.settings]: { catalog: DEFAULT_CATALOG },
      [ROAMING_KEYS.firstRun]: 'due',
    });
    await expect(isFirstRunDue(demo)).resolves.toBe(true);
  });

  it('shows no card when the store cannot be read', async () => {
    const store = new MapStore();
    store.failing = true;
    await expect(isFirstRunDue(store)).resolves.toBe(false);
  });

  it('saves the role’s starting catalog, and keeps a catalog that already has the role’s tasks', async () => {
    const store = new MapStore();
    await finishFirstRun(store, 'marketingDirector');
    const saved = await loadUserSettings(store);
    expect(saved.settings.catalog.map((task) => task.code)).toEqual(
      ROLE_CATALOGS.marketingDirector.map((task) => task.code),
    );
    expect(saved.settings.catalog.find((t) => t.code === 'BUDG')?.plannedHours).toBe(2);

    // MAIL with an AI date, the manager's eight codes: picking the manager keeps it as it is.
    const dated = DEFAULT_CATALOG.map((task) =>
      task.code === 'MAIL' ? { ...task, aiSince: '2026-10-12' } : task,
    );
    const existing = new MapStore({
      [ROAMING_KEYS.settings]: { catalog: dated },
      [ROAMING_KEYS.firstRun]: 'due',
    });
    await finishFirstRun(existing, 'marketingManager');
    expect(existing.values.get(ROAMING_KEYS.settings)).toEqual({ catalog: dated });
    expect(existing.values.get(ROAMING_KEYS.firstRun)).toBe('done');
  });

  it('stays due when the role’s catalog cannot be saved', async () => {
    const store = new MapStore();
    const write = jest.spyOn(store, 'write').mockRejectedValueOnce(new Error('too large'));
    await expect(finishFirstRun(store, 'advertisingManager')).rejects.toThrow('too large');
    expect(write).toHaveBeenCalledTimes(1);
    await expect(isFirstRunDue(store)).resolves.toBe(true);
  });
});
