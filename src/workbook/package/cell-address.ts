/** A1-style addresses: columns and rows are 1-based. */
export interface CellAddress {
  column: number;
  row: number;
}

export interface RangeAddress {
  start: CellAddress;
  end: CellAddress;
}

export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

export function parseCell(text: string): CellAddress | null {
  const match = CELL.exec(text);
  return match ? { column: columnNumber(match[1]), row: Number(match[2]) } : null;
}

export function parseRange(text: string): RangeAddress | null {
  const [first, second = first] = text.split(':');
  const start = parseCell(first);
  const end = parseCell(second);
  return start && end ? { start, end } : null;
}

export function formatCell(address: CellAddress): string {
  return `${columnLetters(address.column)}${address.row}`;
}

export function formatRange(range: RangeAddress): string {
  const start = formatCell(range.start);
  const end = formatCell(range.end);
  return start === end ? start : `${start}:${end}`;
}
