import type { Catalog } from '../core/catalog';
import type { UserSettings } from '../core/user-settings';
import type { SettingsStore } from '../storage/settings-store';
import { loadUserSettings } from './user-settings';

/**
 * The user's catalog, from the one settings key (`centaure.settings`). Stored settings that
 * are not valid throw their error rather than let a week be counted with another catalog.
 */
export async function readCatalog(settings: SettingsStore): Promise<Catalog> {
  return (await readUserSettings(settings)).catalog;
}

/** All the user's settings, with the same refusal of stored settings that are not valid. */
export async function readUserSettings(settings: SettingsStore): Promise<UserSettings> {
  const loaded = await loadUserSettings(settings);
  if (loaded.problem !== null) throw loaded.problem;
  return loaded.settings;
}
