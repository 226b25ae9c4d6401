import type { TypedInput } from '../../workbook/table-operations';
import type { Json } from '../json';

const PLAIN_NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/**
 * A value sent to the Excel REST API, read the way Excel reads what is typed in a cell:
 * a leading `'` keeps the rest as text; `=` starts a formula, and so do `+`, `-` and `@`
 * when what follows is not a plain number; text that is a number becomes one.
 */
export function typedInput(value: Json): TypedInput {
  if (value === null) return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value !== 'string') return JSON.stringify(value);
  const text = value;
  if (text.startsWith("'")) return text.slice(1);
  if (text.startsWith('=')) return { formula: text.slice(1) };
  if (PLAIN_NUMBER.test(text.trim())) return Number(text);
  if (text.startsWith('@')) return { formula: text.slice(1) };
  if (text.startsWith('+') || text.startsWith('-')) return { formula: text };
  return text;
}
