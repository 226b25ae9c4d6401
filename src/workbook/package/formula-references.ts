import { columnLetters, columnNumber } from './cell-address';

const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;

export interface CellReference {
  column: number;
  row: number;
  absoluteColumn: boolean;
  absoluteRow: boolean;
}

/** One A1 reference found in a formula: a cell or a range, maybe on another sheet. */
export interface FormulaReference {
  /** The sheet name as the formula names it (unquoted), or null for the formula's own sheet. */
  sheet: string | null;
  /** The sheet prefix exactly as written, `!` included (empty for the own sheet). */
  prefix: string;
  /** A reference into another workbook (`[1]Sheet!A1`). */
  external: boolean;
  start: CellReference;
  end: CellReference | null;
}

const CELL_TOKEN = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})$/;
const IDENTIFIER_CHAR = /[\p{L}\p{N}_.$\\?]/u;

function cellFrom(token: string): CellReference | null {
  const match = CELL_TOKEN.exec(token);
  if (!match) return null;
  const column = columnNumber(match[2]);
  const row = Number(match[4]);
  if (column > MAX_COLUMN || row < 1 || row > MAX_ROW) return null;
  return { column, row, absoluteColumn: match[1] === '$', absoluteRow: match[3] === '$' };
}

function formatCellReference(ref: CellReference): string {
  return `${ref.absoluteColumn ? '$' : ''}${columnLetters(ref.column)}${ref.absoluteRow ? '$' : ''}${ref.row}`;
}

export function formatReference(ref: Pick<FormulaReference, 'prefix' | 'start' | 'end'>): string {
  const end = ref.end === null ? '' : `:${formatCellReference(ref.end)}`;
  return `${ref.prefix}${formatCellReference(ref.start)}${end}`;
}

/**
 * Rewrites every A1 reference of a formula (skipping strings, structured references
 * and function names). `replace` returns the new text, or null to keep the reference.
 */
export function rewriteReferences(
  formula: string,
  replace: (ref: FormulaReference) => string | null,
): string {
  let out = '';
  let i = 0;
  const n = formula.length;
  const readIdentifier = (from: number) => {
    let j = from;
    while (j < n && IDENTIFIER_CHAR.test(formula[j])) j += 1;
    return j;
  };
  const readCell = (from: number): { cell: CellReference; next: number } | null => {
    const end = readIdentifier(from);
    const cell = cellFrom(formula.slice(from, end));
    return cell && formula[end] !== '(' ? { cell, next: end } : null;
  };
  while (i < n) {
    const ch = formula[i];
    if (ch === '"') {
      let j = i + 1;
      while (j < n && !(formula[j] === '"' && formula[j + 1] !== '"'))
        j += formula[j] === '"' ? 2 : 1;
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === '[') {
      // Structured reference or external book index: nothing A1 inside, brackets nest, ' escapes.
      let depth = 0;
      let j = i;
      for (; j < n; j += 1) {
        if (formula[j] === "'") j += 1;
        else if (formula[j] === '[') depth += 1;
        else if (formula[j] === ']' && --depth === 0) break;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    let sheet: string | null = null;
    let external = false;
    let refStart = i;
    if (ch === "'") {
      let j = i + 1;
      while (j < n && !(formula[j] === "'" && formula[j + 1] !== "'"))
        j += formula[j] === "'" ? 2 : 1;
      if (formula[j + 1] !== '!') {
        out += formula.slice(i, j + 1);
        i = j + 1;
        continue;
      }
      sheet = formula.slice(i + 1, j).replace(/''/g, "'");
      external = sheet.startsWith('[');
      refStart = j + 2;
    } else if (IDENTIFIER_CHAR.test(ch)) {
      const end = readIdentifier(i);
      const previous = i > 0 ? formula[i - 1] : '';
      if (formula[end] === '!') {
        sheet = formula.slice(i, end);
        external = previous === ']';
        refStart = end + 1;
      } else if (formula[end] === '(' || /[\p{L}\p{N}_.]/u.test(previous)) {
        out += formula.slice(i, end);
        i = end;
        continue;
      }
    } else {
      out += ch;
      i += 1;
      continue;
    }
    const first = readCell(refStart);
    if (!first) {
      const end = Math.max(readIdentifier(refStart), refStart);
      out += formula.slice(i, end);
      i = end === i ? i + 1 : end;
      continue;
    }
    let next = first.next;
    let second: CellReference | null = null;
    if (formula[next] === ':') {
      const tail = readCell(next + 1);
      if (tail) {
        second = tail.cell;
        next = tail.next;
      }
    }
    const prefix = formula.slice(i, refStart);
    const replacement = replace({ sheet, prefix, external, start: first.cell, end: second });
    out += replacement ?? formula.slice(i, next);
    i = next;
  }
  return out;
}

/** The formula as if copied `rows` down and `columns` right: relative references move, absolute ones stay. */
export function translateFormula(formula: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return formula;
  const move = (cell: CellReference): CellReference => ({
    ...cell,
    row: cell.absoluteRow ? cell.row : cell.row + rows,
    column: cell.absoluteColumn ? cell.column : cell.column + columns,
  });
  return rewriteReferences(formula, (ref) => {
    const start = move(ref.start);
    const end = ref.end === null ? null : move(ref.end);
    const outside = (c: CellReference) =>
      c.row < 1 || c.row > MAX_ROW || c.column < 1 || c.column > MAX_COLUMN;
    if (outside(start) || (end !== null && outside(end))) return '#REF!';
    return formatReference({ prefix: ref.prefix, start, end });
  });
}
