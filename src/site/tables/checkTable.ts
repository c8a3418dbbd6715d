/** Checks of a table definition (programming errors, not data errors) and its columns' defaults. */
import type { ColumnKind, TableColumn, TableDef } from './tableTypes.ts';

const ID = /^[a-z0-9][a-z0-9-]*$/;
const KEY = /^[A-Za-z0-9_-]+$/;
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Throws a short internal error when a definition is inconsistent (these are programming errors, not data errors). */
export function checkTable(table: TableDef): void {
  const where = `table ${table.id}`;
  if (!ID.test(table.id)) throw new Error(`invalid table id: ${JSON.stringify(table.id)}`);
  if (table.columns.length === 0) throw new Error(`${where}: no columns`);
  const kinds = new Map<string, ColumnKind>();
  for (const column of table.columns) {
    if (!KEY.test(column.key) || RESERVED_KEYS.has(column.key)) throw new Error(`${where}: invalid column key: ${JSON.stringify(column.key)}`);
    if (kinds.has(column.key)) throw new Error(`${where}: duplicate column key: ${column.key}`);
    kinds.set(column.key, column.kind);
  }
  for (const key of table.filters ?? []) {
    const kind = kinds.get(key);
    if (kind === undefined) throw new Error(`${where}: unknown filter column: ${key}`);
    if (kind !== 'text') throw new Error(`${where}: filter column is not text: ${key}`);
  }
  if (table.defaultSort !== undefined && !kinds.has(table.defaultSort.key)) {
    throw new Error(`${where}: unknown sort column: ${table.defaultSort.key}`);
  }
  if (table.rowHeader !== undefined && table.rowHeader !== null && !kinds.has(table.rowHeader)) {
    throw new Error(`${where}: unknown row header column: ${table.rowHeader}`);
  }
  if (table.currency === undefined && [...kinds.values()].includes('money')) {
    throw new Error(`${where}: money column without a currency`);
  }
}

/** Default alignment of a column. */
export function columnAlign(column: TableColumn): 'left' | 'right' {
  return column.align ?? (column.kind === 'text' || column.kind === 'date' ? 'left' : 'right');
}
