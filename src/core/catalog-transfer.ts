import type { Catalog } from './catalog';
import { parseCatalog } from './catalog';
import { InvalidInputError } from './errors';

/** The catalog as the JSON file `centaure --catalog` reads: an array of tasks. */
export function exportCatalog(catalog: Catalog): string {
  return `${JSON.stringify(catalog, null, 2)}\n`;
}

/**
 * A catalog from an imported file: the array `centaure --catalog` reads, or a settings file
 * (`--settings`), whose catalog is taken. Throws the catalog's own error naming the task and field.
 */
export function importCatalog(text: string): Catalog {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch {
    throw new InvalidInputError({
      fr: 'Ce fichier n’est pas du JSON : exportez le catalogue depuis Centaure ou écrivez un tableau JSON de tâches.',
      en: 'This file is not JSON: export the catalog from Centaure or write a JSON array of tasks.',
    });
  }
  const fromSettings =
    typeof raw === 'object' && raw !== null && !Array.isArray(raw) && 'catalog' in raw
      ? raw.catalog
      : raw;
  return parseCatalog(fromSettings);
}
