import type { Catalog } from '../core/catalog';
import { ATTENDEE_BUCKETS, type TagExample } from '../core/suggestions';
import type { SettingsStore } from '../storage/settings-store';

/** The settings key of what the user tagged before, which suggestions learn from. */
export const TAG_HISTORY_SETTING = 'tagHistory';

/**
 * Examples kept, newest last. Settings roam with the mailbox in at most 32 KB; an example
 * is about 100 bytes, so this leaves most of the room to the catalog and other settings.
 */
export const MAX_TAG_HISTORY = 100;

const isText = (value: unknown): value is string => typeof value === 'string';

function isTagExample(value: unknown): value is TagExample {
  if (typeof value !== 'object' || value === null) return false;
  const { features, code } = value as Partial<TagExample>;
  if (!isText(code) || typeof features !== 'object' || features === null) return false;
  return (
    Array.isArray(features.words) &&
    features.words.every(isText) &&
    (features.organizer === null || isText(features.organizer)) &&
    (features.seriesId === null || isText(features.seriesId)) &&
    (ATTENDEE_BUCKETS as readonly string[]).includes(features.attendees)
  );
}

/** Stored examples of tasks still in the catalog; anything unreadable is left out. */
export async function readTagHistory(
  settings: SettingsStore,
  catalog: Catalog,
): Promise<TagExample[]> {
  const stored = await settings.read(TAG_HISTORY_SETTING);
  if (!Array.isArray(stored)) return [];
  return stored
    .filter(isTagExample)
    .filter((example) => catalog.some((task) => task.code === example.code));
}

/** Adds examples after the stored ones, dropping the oldest past {@link MAX_TAG_HISTORY}. */
export async function rememberTags(
  settings: SettingsStore,
  catalog: Catalog,
  examples: readonly TagExample[],
): Promise<void> {
  if (examples.length === 0) return;
  const history = [...(await readTagHistory(settings, catalog)), ...examples];
  await settings.write(TAG_HISTORY_SETTING, history.slice(-MAX_TAG_HISTORY));
}
