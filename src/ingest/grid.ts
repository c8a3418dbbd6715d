/**
 * The shape every reader produces before table rules apply: records (physical rows of a
 * text file, rows of a sheet) and the row number the user sees for each.
 */
import type { Cell } from './types.ts';

export interface Grid {
  /** One array of cells per record, in file order. Blank records are kept (as [] or blank cells). */
  records: Cell[][];
  /** Row number of records[i] when rows are not consecutive (text with multi-line records). */
  rowNumbers: Int32Array | null;
  /** Row number of records[0] when rowNumbers is null; the rest follow one by one. */
  firstRowNumber: number;
}

export function rowNumberAt(grid: Grid, index: number): number {
  return grid.rowNumbers === null ? grid.firstRowNumber + index : (grid.rowNumbers[index] ?? 0);
}

/** Index of the record that carries this row number, or -1. */
export function indexOfRowNumber(grid: Grid, rowNumber: number): number {
  if (grid.rowNumbers === null) {
    const index = rowNumber - grid.firstRowNumber;
    return index >= 0 && index < grid.records.length ? index : -1;
  }
  let lo = 0;
  let hi = grid.rowNumbers.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const value = grid.rowNumbers[mid] ?? 0;
    if (value === rowNumber) return mid;
    if (value < rowNumber) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
