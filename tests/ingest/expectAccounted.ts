/**
 * The accounting rule every table must meet: rowsRead = rows + skipped = every record except
 * the header, each row number used once, in file order.
 */
import { expect } from 'vitest';
import type { RawTable } from '../../src/ingest/types.ts';

/** @param recordRowNumbers the row number of every record of the table, worked out by hand. */
export function expectAccounted(table: RawTable, recordRowNumbers?: readonly number[]): void {
  expect(table.rowsRead).toBe(table.rows.length + table.skipped.length);
  const used = [...table.rows.map((r) => r.rowNumber), ...table.skipped.map((s) => s.rowNumber)];
  if (table.headerRow !== null) used.push(table.headerRow);
  const sorted = [...used].sort((a, b) => a - b);
  expect(new Set(used).size).toBe(used.length);
  if (recordRowNumbers !== undefined) expect(sorted).toEqual([...recordRowNumbers]);
  for (const row of table.rows) expect(row.cells.length).toBeGreaterThanOrEqual(table.headers.length);
}

/** 1, 2, ..., n */
export function oneTo(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i + 1);
}
