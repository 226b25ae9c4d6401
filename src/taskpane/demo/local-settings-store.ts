import { CentaureError } from '../../core/errors';
import type { SettingsStore } from '../../storage/settings-store';

/** The demo's settings: the browser's localStorage, one JSON value per key under a prefix. */
export class LocalSettingsStore implements SettingsStore {
  constructor(
    private readonly storage: Storage,
    private readonly prefix: string,
    /** What a key holds before anything was saved under it (the demo's catalog, say). */
    private readonly initial: Readonly<Record<string, unknown>> = {},
  ) {}

  async read(key: string): Promise<unknown> {
    const text = this.storage.getItem(this.prefix + key);
    if (text === null) return this.initial[key];
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return undefined; // Edited by hand in the browser's tools: as if never saved.
    }
  }

  async write(key: string, value: unknown): Promise<void> {
    try {
      this.storage.setItem(this.prefix + key, JSON.stringify(value));
    } catch {
      throw new CentaureError('settings-full', {
        fr: 'Le navigateur n’a plus de place pour les réglages de la démonstration.',
        en: 'The browser has no room left for the demo’s settings.',
      });
    }
  }
}
