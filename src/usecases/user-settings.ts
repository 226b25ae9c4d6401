import type { LoadedSettings, UserSettings } from '../core/user-settings';
import { SETTINGS_KEY, settingsFromStored, storableSettings } from '../core/user-settings';
import type { SettingsStore } from '../storage/settings-store';

/** The user's settings from the store: the defaults when none were saved or they are unreadable. */
export async function loadUserSettings(store: SettingsStore): Promise<LoadedSettings> {
  return settingsFromStored(await store.read(SETTINGS_KEY));
}

/**
 * Saves the user's settings: checked and measured first, so settings that are invalid or too
 * large for roaming are refused without a write, and the ones stored before stay as they were.
 */
export async function saveUserSettings(
  store: SettingsStore,
  settings: UserSettings,
): Promise<UserSettings> {
  const value = storableSettings(settings);
  await store.write(SETTINGS_KEY, value);
  return settingsFromStored(value).settings;
}
