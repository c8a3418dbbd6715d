/**
 * A table as its CSV download: the rows in the table's default order, raw values (amounts as
 * plain numbers in the reporting currency, named in the header; percents as fractions 0..1;
 * ISO dates). The footer totals are not written: a total line would be counted twice by anyone
 * who sums the column.
 */
import { toCsv } from './csv.ts';
import type { TableDef } from './tableTypes.ts';
import { tablesSort } from './tablesSort.ts';

export function tableCsv(table: TableDef): string {
  const columns = table.columns.map((c) => ({
    key: c.key,
    label: c.kind === 'money' && table.currency !== undefined ? `${c.label} (${table.currency})` : c.label,
  }));
  return toCsv(columns, tablesSort(table));
}
