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

/**
 * The demo's catalog: SPEC §3 with the dates Camille adopted AI on email and reporting (the
 * README's walkthrough), so the demo's Results show their gains before anything is typed.
 */
export const DEMO_CATALOG: Catalog = adoptedOn({ MAIL: '2026-10-12', ADM: '2026-10-26' });
