import type { RangeAddress } from './cell-address';
import { formatRange, parseRange } from './cell-address';

/**
 * How rewriting a table's body moves the rows of its sheet: data rows that stay go
 * to their new place, rows below the table shift by the change in its height, and a
 * range that reached the table's last row keeps reaching it (it follows the table).
 */
export class RowMove {
  readonly delta: number;

  constructor(
    readonly sheet: string,
    readonly firstData: number,
    readonly lastData: number,
    readonly newLastData: number,
    /** Old row number → new row number, for the data rows that stay. */
    private readonly kept: ReadonlyMap<number, number>,
  ) {
    this.delta = newLastData - lastData;
  }

  /** True when no row changes its number: references need no update. */
  get keepsRowsInPlace(): boolean {
    if (this.delta !== 0) return false;
    for (const [from, to] of this.kept) if (from !== to) return false;
    return true;
  }

  /** Rows that stay keep their content under a new number; replaced rows keep their number. */
  row(old: number): number {
    if (old < this.firstData) return old;
    if (old > this.lastData) return old + this.delta;
    const moved = this.kept.get(old);
    if (moved !== undefined) return moved;
    return Math.min(old, this.newLastData);
  }

  rows(first: number, last: number): [number, number] {
    const start = first === this.firstData ? first : this.row(first);
    const end =
      last === this.lastData && first <= this.lastData ? this.newLastData : this.row(last);
    return start <= end ? [start, end] : [end, start];
  }

  range(range: RangeAddress): RangeAddress {
    const [startRow, endRow] = this.rows(range.start.row, range.end.row);
    return { start: { ...range.start, row: startRow }, end: { ...range.end, row: endRow } };
  }

  /** A space-separated list of ranges (`sqref`), moved. */
  sqref(text: string): string {
    return text
      .split(/\s+/)
      .filter((part) => part !== '')
      .map((part) => {
        const parsed = parseRange(part);
        return parsed ? formatRange(this.range(parsed)) : part;
      })
      .join(' ');
  }
}
