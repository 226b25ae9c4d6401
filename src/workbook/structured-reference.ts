import type { Language } from '../core/errors';
import type { TableSpec } from './layout';
import { header } from './layout';

/** `Table[Column]`, the column name escaped as Excel requires (`'` before `[ ] # '`). */
export function tableColumn(spec: TableSpec<string>, key: string, language: Language): string {
  return `${spec.name}[${header(spec, key, language).replace(/(['#[\]])/g, "'$1")}]`;
}
