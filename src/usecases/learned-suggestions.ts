import type { Catalog } from '../core/catalog';
import type { TagExample } from '../core/suggestions';
import type { LearnedHistory } from '../core/suggestions/learned-history';
import { keptForCatalog, withRetagged } from '../core/suggestions/learned-history';
import type { LearnedHistoryCache } from '../storage/learned-history-cache';

/**
 * The history this device keeps for the catalog, without the network; null when there is
 * none or the browser's storage cannot be read (suggestions then use the roaming history).
 */
export async function keptLearnedHistory(
  cache: LearnedHistoryCache,
  catalog: Catalog,
): Promise<LearnedHistory | null> {
  try {
    return keptForCatalog(await cache.read(), catalog);
  } catch {
    return null;
  }
}

/**
 * Learns at once from tags the user just set or removed in the pane: `eventIds` are the
 * events whose tag changed, `examples` their new tags. Nothing is kept yet: the next read of
 * the calendar will find these tags there.
 */
export async function learnFromTags(
  cache: LearnedHistoryCache,
  catalog: Catalog,
  eventIds: readonly string[],
  examples: readonly TagExample[],
): Promise<LearnedHistory | null> {
  const kept = await keptLearnedHistory(cache, catalog);
  if (kept === null) return null;
  const updated = withRetagged(kept, eventIds, examples);
  await cache.write(updated);
  return updated;
}
