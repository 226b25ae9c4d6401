import { ROAMING_KEYS } from '../core/addin';
import type { Catalog } from '../core/catalog';
import { expandTagHistory, type TagExample } from '../core/suggestions';
import type { SettingsStore } from '../storage/settings-store';

/**
 * What the user tagged before, which suggestions learn from, in the compact form the
 * new-meeting handler also reads; the newest examples that fit the bytes roaming settings keep
 * for it (the rest of the 32 KB is the user's settings').
 */
export const TAG_HISTORY_SETTING = ROAMING_KEYS.tagHistory;

/** Stored examples of tasks still in the catalog; anything unreadable is left out. */
export async function readTagHistory(
  settings: SettingsStore,
  catalog: Catalog,
): Promise<TagExample[]> {
  return expandTagHistory(await settings.read(TAG_HISTORY_SETTING)).filter((example) =>
    catalog.some((task) => task.code === example.code),
  );
}
