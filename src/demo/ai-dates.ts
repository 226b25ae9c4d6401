import type { Catalog } from '../core/catalog';
import { DEFAULT_CATALOG } from '../core/catalog';

/** The catalog with `aiSince` set on the tasks named (code → date), the others unchanged. */
export function adoptedOn(
  dates: Readonly<Record<string, string>>,
  catalog: Catalog = DEFAULT_CATALOG,
): Catalog {
  return catalog.map((task) =>
    dates[task.code] === undefined ? task : { ...task, aiSince: dates[task.code] },
  );
}
