/**
 * Which columns of a table add up, and their totals: a money or number column is a sum unless
 * it says otherwise (`additive: false`: ranks, ratios, averages, slopes).
 */
import { sumKnown } from './sumKnown.ts';
import type { TableColumn, TableRow } from './tableTypes.ts';

/** Whether a column's total is a sum of its cells. */
export function columnAdditive(column: TableColumn): boolean {
  return column.additive ?? (column.kind === 'money' || column.kind === 'number');
}

/**
 * Totals that are the sum of every additive column over the rows, each unknown when none of its
 * cells is known (sumKnown); the other columns have no total.
 */
export function additiveTotals(columns: readonly TableColumn[], rows: readonly TableRow[]): TableRow {
  const totals: TableRow = {};
  for (const column of columns) if (columnAdditive(column)) totals[column.key] = sumKnown(rows.map((row) => row[column.key]));
  return totals;
}
