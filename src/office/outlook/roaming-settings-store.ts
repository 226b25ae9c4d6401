import { CentaureError } from '../../core/errors';
import { officeCall } from './office-errors';
import type { SettingsStore } from '../../storage/settings-store';

/** Outlook keeps at most 32 KB of roaming settings per add-in and mailbox. */
export const ROAMING_SETTINGS_LIMIT = 32 * 1024;

/** A write that would take the add-in's roaming settings past Outlook's limit; nothing was saved. */
export class SettingsTooLargeError extends CentaureError {
  constructor(
    readonly key: string,
    readonly size: number,
  ) {
    super('settings-too-large', {
      fr: `Les réglages de Centaure dépasseraient la limite de 32 Ko d’Outlook (${Math.ceil(size / 1024)} Ko avec « ${key} ») : rien n’a été enregistré. Raccourcissez le catalogue ou l’historique, puis recommencez.`,
      en: `Centaure’s settings would exceed Outlook’s 32 KB limit (${Math.ceil(size / 1024)} KB with "${key}"): nothing was saved. Shorten the catalog or history, then try again.`,
    });
    this.name = 'SettingsTooLargeError';
  }
}

const SAVING = { fr: 'l’enregistrement des réglages', en: 'saving the settings' };

/**
 * {@link SettingsStore} on `Office.context.roamingSettings`: the values roam with the mailbox.
 * Every write is saved at once; when Outlook fails to save, the in-memory copy goes back to
 * what was stored, so a later save never persists the failed value.
 */
export class RoamingSettingsStore implements SettingsStore {
  /** Sizes of the values this store has seen, to check the total against the limit. */
  private readonly sizes = new Map<string, number>();

  constructor(private readonly settings: Office.RoamingSettings) {}

  async read(key: string): Promise<unknown> {
    const value: unknown = this.settings.get(key);
    if (value === undefined || value === null) return undefined;
    this.sizes.set(key, sizeOf(key, value));
    return value;
  }

  async write(key: string, value: unknown): Promise<void> {
    const size = sizeOf(key, value);
    let total = size;
    for (const [other, otherSize] of this.sizes) if (other !== key) total += otherSize;
    if (total > ROAMING_SETTINGS_LIMIT) throw new SettingsTooLargeError(key, total);
    const before: unknown = this.settings.get(key);
    this.settings.set(key, value);
    try {
      await officeCall<void>(SAVING, (done) => this.settings.saveAsync(done));
    } catch (error) {
      if (before === undefined || before === null) this.settings.remove(key);
      else this.settings.set(key, before);
      throw error;
    }
    this.sizes.set(key, size);
  }
}

function sizeOf(key: string, value: unknown): number {
  return new TextEncoder().encode(JSON.stringify({ [key]: value })).length;
}
