/**
 * The cells of one column, as an iterable over the rows (no copy): for the detectors that
 * look at a whole column before any row is mapped.
 */
import type { Cell, RawRow } from '../ingest/types.ts';

export function columnCells(rows: readonly RawRow[], col: number): Iterable<Cell> {
  return {
    [Symbol.iterator](): Iterator<Cell> {
      let i = 0;
      return {
        next(): IteratorResult<Cell> {
          if (i >= rows.length) return { done: true, value: undefined };
          return { done: false, value: rows[i++]!.cells[col] ?? null };
        },
      };
    },
  };
}
