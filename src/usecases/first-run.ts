import { ROAMING_KEYS } from '../core/addin';
import { firstRunDue } from '../core/first-run';
import type { SettingsStore } from '../storage/settings-store';

/**
 * Whether the pane greets the user with the first-run card. A store that cannot be read says
 * no: the card is a welcome, never a wall in front of the pane.
 */
export async function isFirstRunDue(store: SettingsStore): Promise<boolean> {
  try {
    const [mark, settings, tagHistory] = await Promise.all([
      store.read(ROAMING_KEYS.firstRun),
      store.read(ROAMING_KEYS.settings),
      store.read(ROAMING_KEYS.tagHistory),
    ]);
    return firstRunDue({ mark, settings, tagHistory });
  } catch {
    return false;
  }
}
