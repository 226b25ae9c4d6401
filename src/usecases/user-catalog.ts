import type { Catalog } from '../core/catalog';
import { DEFAULT_CATALOG, parseCatalog } from '../core/catalog';
import type { SettingsStore } from '../storage/settings-store';

/** The settings key of the user's catalog (SPEC §2); absent, the default catalog applies. */
export const CATALOG_SETTING = 'catalog';

/** The user's catalog; a stored one that is not valid throws its `InvalidInputError`. */
export async function readCatalog(settings: SettingsStore): Promise<Catalog> {
  const stored = await settings.read(CATALOG_SETTING);
  return stored === undefined ? DEFAULT_CATALOG : parseCatalog(stored);
}
