import { ROAMING_KEYS, TAG_HISTORY_RESERVE_BYTES } from '../core/addin';
import type { Catalog } from '../core/catalog';
import { compactTagHistory, expandTagHistory, type TagExample } from '../core/suggestions';
import type { SettingsStore } from '../storage/settings-store';

/**
 * What the user tagged before, which suggestions learn from, in the compact form the
 * new-meeting handler also reads; the newest examples that fit the bytes roaming settings keep
 * for it (the rest of the 32 KB is the user's settings').
 */
const TAG_HISTORY_SETTING = ROAMING_KEYS.tagHistory;

/** Stored examples of tasks still in the catalog; anything unreadable is left out. */
export async function readTagHistory(
  settings: SettingsStore,
  catalog: Catalog,
): Promise<TagExample[]> {
  return expandTagHistory(await settings.read(TAG_HISTORY_SETTING)).filter((example) =>
    catalog.some((task) => task.code === example.code),
  );
}

/**
 * Learns tags the user changed: each `forgotten` example (a tag removed or replaced) takes
 * the newest stored example of the same task and the same features out, then `examples` are
 * added after the stored ones, the oldest dropped when they no longer fit. The compact form keeps no event id, so the features are what identify the tag; a
 * tag undone is gone from what the pane and the new-meeting handler suggest from.
 */
export async function rememberTagChanges(
  settings: SettingsStore,
  catalog: Catalog,
  forgotten: readonly TagExample[],
  examples: readonly TagExample[],
): Promise<void> {
  if (forgotten.length === 0 && examples.length === 0) return;
  const history = await readTagHistory(settings, catalog);
  let removed = 0;
  for (const gone of forgotten) {
    const at = findLastIndex(history, (kept) => sameExample(kept, gone));
    if (at >= 0) {
      history.splice(at, 1);
      removed += 1;
    }
  }
  if (removed === 0 && examples.length === 0) return;
  await settings.write(
    TAG_HISTORY_SETTING,
    compactTagHistory([...history, ...examples], TAG_HISTORY_RESERVE_BYTES),
  );
}

function findLastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i -= 1) if (test(items[i])) return i;
  return -1;
}

/** The same tag of the same kind of event, as the compact history can tell. */
function sameExample(a: TagExample, b: TagExample): boolean {
  return (
    a.code === b.code &&
    a.features.words.join(' ') === b.features.words.join(' ') &&
    a.features.organizer === b.features.organizer &&
    a.features.attendees === b.features.attendees &&
    a.features.seriesId === b.features.seriesId
  );
}
