/**
 * The order of a table's rows. The build sorts by the table's default order and the client
 * script re-sorts on a header click with the same comparison, so both agree.
 * Unknown values (null, empty, NaN) always sort last, in either direction; ties keep their order.
 */
import type { CellValue, ColumnKind, SortDirection, TableColumn, TableDef, TableRow } from './tableTypes.ts';

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Compares two known values of a column kind, ascending. Numbers numerically, text with natural order (`Deal 2` < `Deal 10`). */
export function compareKnown(a: string | number, b: string | number, kind: ColumnKind): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (kind === 'date') {
    const x = String(a);
    const y = String(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return collator.compare(String(a), String(b));
}

/** Unknown values compare as null: null, undefined, '' and non-finite numbers. */
export function knownValue(value: CellValue | undefined): string | number | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  return value;
}

/** A comparison of two cells in the given direction, unknown values last. */
export function compareCells(a: CellValue | undefined, b: CellValue | undefined, kind: ColumnKind, direction: SortDirection): number {
  const x = knownValue(a);
  const y = knownValue(b);
  if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
  const order = compareKnown(x, y, kind);
  return direction === 'ascending' ? order : -order;
}

/** Rows in the table's default order (a new array; the rows given when the table has none). */
export function tablesSort(table: Pick<TableDef, 'rows' | 'columns' | 'defaultSort'>): TableRow[] {
  const sort = table.defaultSort;
  if (sort === undefined) return [...table.rows];
  const column: TableColumn | undefined = table.columns.find((c) => c.key === sort.key);
  if (column === undefined) throw new Error(`unknown sort column: ${sort.key}`);
  // Array.prototype.sort is stable: ties keep the order the builder gave.
  return [...table.rows].sort((a, b) => compareCells(a[sort.key], b[sort.key], column.kind, sort.direction));
}
