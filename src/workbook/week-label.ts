import type { CellData } from './layout';

/**
 * A week label as Excel compares it in the dashboard's SUMIFS: without case, so a re-typed
 * `2026-w47` is week 2026-W47 (and is replaced with it, rather than counted twice).
 */
export function weekLabelKey(value: CellData): string {
  return String(value ?? '').toUpperCase();
}
