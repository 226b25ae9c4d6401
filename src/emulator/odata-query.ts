import type { EmulatorRequest } from './http-types';

/** `$select=subject,start` → the names in lower case; `undefined` when absent. */
export function selectedFields(request: EmulatorRequest): Set<string> | undefined {
  const select = queryValue(request, '$select') ?? null;
  if (select === null || select.trim() === '') return undefined;
  return new Set(
    select
      .split(',')
      .map((name) => name.trim().toLowerCase())
      .filter(Boolean),
  );
}

/** The extended-property ids asked for by `$expand=singleValueExtendedProperties(...)`. */
export type ExtendedPropertyExpansion =
  { kind: 'none' } | { kind: 'all' } | { kind: 'ids'; ids: string[] };

export function extendedPropertyExpansion(request: EmulatorRequest): ExtendedPropertyExpansion {
  const expand = queryValue(request, '$expand') ?? null;
  if (expand === null) return { kind: 'none' };
  const match = /singleValueExtendedProperties(?:\s*\(\s*\$filter\s*=\s*(.*)\))?/i.exec(expand);
  if (!match) return { kind: 'none' };
  if (match[1] === undefined) return { kind: 'all' };
  const ids = [...match[1].matchAll(/id\s+eq\s+'((?:[^']|'')*)'/gi)].map((m) =>
    m[1].replace(/''/g, "'"),
  );
  return { kind: 'ids', ids };
}

/** The `Prefer` header's preferences: `outlook.timezone="Europe/Paris", odata.maxpagesize=50`. */
export function preferences(request: EmulatorRequest): Map<string, string> {
  const found = new Map<string, string>();
  const header = request.headers.prefer ?? '';
  for (const match of header.matchAll(/([A-Za-z][\w.-]*)\s*(?:=\s*("[^"]*"|[^,;\s]*))?/g)) {
    const value = (match[2] ?? '').replace(/^"(.*)"$/, '$1');
    found.set(match[1].toLowerCase(), value);
  }
  return found;
}

/** Graph's query option names are case-insensitive (`startdatetime`, `$TOP`). */
export function queryValue(request: EmulatorRequest, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of request.query) {
    if (key.toLowerCase() === wanted) return value;
  }
  return undefined;
}
