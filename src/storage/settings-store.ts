/**
 * Where a user's settings live: Office `roamingSettings` in Outlook (they roam with the
 * mailbox, 32 KB at most), the browser's storage in the demo, a JSON file for the command
 * line. Values are JSON; the shape and its validation belong to `src/core`.
 */
export interface SettingsStore {
  /** The stored value, or undefined when nothing was ever saved under `key`. */
  read(key: string): Promise<unknown>;
  /**
   * Saves `value` under `key`. Rejects with a `CentaureError` (too large, offline…) and then
   * leaves what was stored before untouched.
   */
  write(key: string, value: unknown): Promise<void>;
}
