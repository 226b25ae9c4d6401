import type { SettingsStore } from '../../src/storage/settings-store';

/**
 * Settings kept in memory, as Outlook's roaming settings keep them: each read is a copy, so a
 * use-case that changes what it read does not change what is stored.
 */
export function memorySettings(): SettingsStore {
  const values = new Map<string, unknown>();
  return {
    read: async (key) => structuredClone(values.get(key)),
    write: async (key, value) => {
      values.set(key, structuredClone(value));
    },
  };
}
