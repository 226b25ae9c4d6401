import type { CategoryColor, OutlookCategory } from '@microsoft/microsoft-graph-types';
import type { Catalog, Quadrant } from '../core/catalog';
import { QUADRANT_CATEGORY_COLOURS } from '../core/quadrant-colours';
import { nameKey } from '../core/visible-text';
import { runBatch } from './batch';
import type { GraphClient } from './client';
import type { GraphRequestError } from './errors';
import { OPERATIONS } from './operations';
import { readAllPages } from './pages';

/** One colour per quadrant (src/core/quadrant-colours.ts), so the calendar shows the grid at a glance. */
const QUADRANT_COLORS: Readonly<Record<Quadrant, CategoryColor>> = QUADRANT_CATEGORY_COLOURS;

export interface CategorySetup {
  /** Categories added to the mailbox's master list. */
  created: string[];
  /** Catalog categories the mailbox already had (their colour, the user's choice, is kept). */
  existing: string[];
  failed: { category: string; error: GraphRequestError }[];
}

/** Makes sure every catalog task's Outlook category exists, adding the missing ones in one `$batch`. */
export async function ensureCatalogCategories(
  graph: GraphClient,
  catalog: Catalog,
): Promise<CategorySetup> {
  const master = (await readAllPages(graph, OPERATIONS.readCategories, {
    path: '/me/outlook/masterCategories',
  })) as OutlookCategory[];
  const known = new Set(master.map((category) => nameKey(category.displayName ?? '')));
  const setup: CategorySetup = { created: [], existing: [], failed: [] };
  const missing = catalog.filter((task) => {
    const present = known.has(nameKey(task.category));
    if (present) setup.existing.push(task.category);
    return !present;
  });
  const results = await runBatch(
    graph,
    OPERATIONS.createCategories,
    missing.map((task) => ({
      method: 'POST',
      url: '/me/outlook/masterCategories',
      body: { displayName: task.category, color: QUADRANT_COLORS[task.quadrant] },
    })),
    // A category created twice answers 409 the second time, which counts as present.
    { idempotent: true },
  );
  missing.forEach((task, index) => {
    const result = results[index];
    if (result.ok) setup.created.push(task.category);
    else if (result.error.status === 409) setup.existing.push(task.category);
    else setup.failed.push({ category: task.category, error: result.error });
  });
  return setup;
}
