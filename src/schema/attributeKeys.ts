/**
 * Keys under which a table's extra columns are kept in `attributes`, worked out once per
 * table. The header, trimmed; a header without text becomes '(column F)'; a second column
 * with the same key becomes 'Notes (column F)'; the names that would reach an object's
 * prototype ('__proto__', 'constructor', 'prototype') become '__proto__ (column)'.
 * Attributes objects are created with Object.create(null) as well.
 */
import { columnLetter } from './formatPlace.ts';

const UNSAFE = new Set(['__proto__', 'constructor', 'prototype']);

export function attributeKeys(headers: readonly string[], columns: readonly number[], reserved: Iterable<string> = []): string[] {
  const taken = new Set<string>(reserved);
  return columns.map((col) => {
    let key = (headers[col] ?? '').trim();
    if (key === '') key = `(column ${columnLetter(col)})`;
    if (UNSAFE.has(key)) key = `${key} (column)`;
    if (taken.has(key)) key = `${key} (column ${columnLetter(col)})`;
    while (taken.has(key)) key = `${key}'`;
    taken.add(key);
    return key;
  });
}

/** An empty attributes object without a prototype. */
export function emptyAttributes(): Record<string, string> {
  return Object.create(null) as Record<string, string>;
}
