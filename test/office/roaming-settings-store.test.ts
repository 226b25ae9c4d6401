import {
  RoamingSettingsStore,
  SettingsTooLargeError,
} from '../../src/office/outlook/roaming-settings-store';

function fakeRoamingSettings(saved: Record<string, unknown> = {}) {
  const memory: Record<string, unknown> = { ...saved };
  const stored: Record<string, unknown> = { ...saved };
  let nextSaveFails = false;
  const settings = {
    get: (name: string) => memory[name],
    set: (name: string, value: unknown) => {
      memory[name] = value;
    },
    remove: (name: string) => {
      delete memory[name];
    },
    saveAsync: (callback: (result: unknown) => void) => {
      if (nextSaveFails) {
        nextSaveFails = false;
        callback({ status: 'failed', error: { name: 'GenericSettingsError', code: 9019 } });
        return;
      }
      Object.keys(stored).forEach((key) => delete stored[key]);
      Object.assign(stored, JSON.parse(JSON.stringify(memory)));
      callback({ status: 'succeeded' });
    },
  };
  (globalThis as { Office?: unknown }).Office = {
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  };
  return {
    store: new RoamingSettingsStore(settings as unknown as Office.RoamingSettings),
    stored,
    failNextSave: () => {
      nextSaveFails = true;
    },
  };
}

describe('settings in Outlook roaming settings', () => {
  it('reads what was saved, and nothing for a key never saved', async () => {
    const { store } = fakeRoamingSettings({ catalog: [{ code: 'MGT' }] });

    expect(await store.read('catalog')).toEqual([{ code: 'MGT' }]);
    expect(await store.read('tagHistory')).toBeUndefined();
  });

  it('saves a value to the mailbox at once', async () => {
    const { store, stored } = fakeRoamingSettings();

    await store.write('catalog', [{ code: 'STRAT' }]);

    expect(stored).toEqual({ catalog: [{ code: 'STRAT' }] });
  });

  it('keeps the stored value when Outlook fails to save, even through a later save', async () => {
    const { store, stored, failNextSave } = fakeRoamingSettings({ catalog: ['old'] });
    failNextSave();

    await expect(store.write('catalog', ['new'])).rejects.toThrow(
      /could not save Centaure’s settings/,
    );
    expect(await store.read('catalog')).toEqual(['old']);
    await store.write('other', 1);
    expect(stored).toEqual({ catalog: ['old'], other: 1 });
  });

  it('refuses a write past the 32 KB limit, saving nothing', async () => {
    const { store, stored } = fakeRoamingSettings({ catalog: ['old'] });
    await store.read('catalog');

    const attempt = store.write('tagHistory', 'x'.repeat(33 * 1024));

    await expect(attempt).rejects.toBeInstanceOf(SettingsTooLargeError);
    await expect(attempt).rejects.toThrow(/32 KB limit/);
    expect(stored).toEqual({ catalog: ['old'] });
    expect(await store.read('tagHistory')).toBeUndefined();
  });
});
