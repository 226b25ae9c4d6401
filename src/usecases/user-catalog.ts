import type { Catalog } from '../core/catalog';
import type { UserSettings } from '../core/user-settings';
import type { SettingsStore } from '../storage/settings-store';

/**
 * The user's catalog, from the one settings key (`centaure.settings`). Stored settings that
 * are not valid throw their error rather than let a week be counted with another catalog.
 */
export async function readCatalog(settings: SettingsStore): Promise<Catalog> {
  return (await readUserSettings(settings)).catalog;
}

/** All the user's settings, with the same refusal of stored settings that are not valid. */
export async function readUserSettings(settings: SettingsStore): Promise<UserSettings> {
  // Loaded when first needed: the settings' validation stays out of the pane's first load.
  const { loadUserSettings } = await import(
    /* webpackChunkName: "user-settings" */ './user-settings'
  );
  const loaded = await loadUserSettings(settings);
  if (loaded.problem !== null) throw loaded.problem;
  return loaded.settings;
}
