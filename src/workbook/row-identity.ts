import type { CellData } from './layout';

/**
 * A row's identity as text. Numbers are compared to six decimals: a date-time serial that
 * Excel saved back with 15 significant digits is still the same minute. An empty cell is
 * empty however it is read (the Excel REST API says `""`, a private subject is `null`).
 */
function identityKey(values: readonly CellData[]): string {
  return JSON.stringify(
    values.map((v) => (typeof v === 'number' ? v.toFixed(6) : v === '' ? null : v)),
  );
}

/**
 * Pairs each new row with the old row of the same identity, each old row used once (two
 * private events at the same time are two facts). Answers new index → old index.
 */
export function matchRowsByIdentity(
  oldRows: ReadonlyArray<{ index: number; identity: readonly CellData[] }>,
  newRows: ReadonlyArray<readonly CellData[]>,
): Map<number, number> {
  const waiting = new Map<string, number[]>();
  for (const { index, identity } of oldRows) {
    const key = identityKey(identity);
    waiting.set(key, [...(waiting.get(key) ?? []), index]);
  }
  const matches = new Map<number, number>();
  newRows.forEach((identity, position) => {
    const match = waiting.get(identityKey(identity))?.shift();
    if (match !== undefined) matches.set(position, match);
  });
  return matches;
}
