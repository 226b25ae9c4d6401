import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function fixture(name: string): unknown {
  return JSON.parse(readFileSync(join(__dirname, '../fixtures', name), 'utf8'));
}

function kind(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

/**
 * Where `actual` lacks a field of the documented example or gives it another JSON type. A
 * documented `null` accepts any value (the property is nullable); every element of an actual
 * array is checked against the documented first element. Extra fields are allowed.
 */
export function shapeMismatches(actual: unknown, documented: unknown, path = '$'): string[] {
  if (documented === null) return [];
  if (kind(actual) !== kind(documented)) {
    return [`${path}: documented ${kind(documented)}, got ${kind(actual)}`];
  }
  if (Array.isArray(documented)) {
    if (documented.length === 0) return [];
    return (actual as unknown[]).flatMap((element, index) =>
      shapeMismatches(element, documented[0], `${path}[${index}]`),
    );
  }
  if (kind(documented) !== 'object') return [];
  const actualObject = actual as Record<string, unknown>;
  return Object.entries(documented as Record<string, unknown>).flatMap(([key, value]) =>
    key in actualObject
      ? shapeMismatches(actualObject[key], value, `${path}.${key}`)
      : [`${path}.${key}: missing`],
  );
}
