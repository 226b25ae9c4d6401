import type { FirstRunMark } from '../core/first-run';
import { ROLE_CATALOGS, matchingRole, type Role } from '../core/role-catalogs';
import type { SettingsStore } from '../storage/settings-store';
import { readUserSettings } from './user-catalog';
import { saveUserSettings } from './user-settings';
import { ROAMING_KEYS } from '../core/addin';

/**
 * Ends the first run: the role's starting catalog becomes the user's (the Tasks view's role
 * presets), then the card is marked done so it never shows again. A role whose tasks the
 * catalog already has keeps the catalog as it is (its hours, its AI dates). The settings are
 * saved first: when they are refused, the card stays and says why.
 */
export async function finishFirstRun(store: SettingsStore, role: Role | null): Promise<void> {
  if (role !== null) {
    const settings = await readUserSettings(store);
    if (matchingRole(settings.catalog) !== role) {
      await saveUserSettings(store, { ...settings, catalog: ROLE_CATALOGS[role] });
    }
  }
  const done: FirstRunMark = 'done';
  await store.write(ROAMING_KEYS.firstRun, done);
}
