/**
 * A table's column mapping for the Data page: each canonical field, the header it was read
 * from, and why that column was chosen (the config, an alias, a word match or the values).
 */
import type { TableReport } from '../../schema/types.ts';

export interface MappingRow {
  field: string;
  header: string;
  by: string;
  detail: string;
}

export function mappingRows(table: TableReport): MappingRow[] {
  return Object.entries(table.mapping).map(([field, header]) => {
    const how = table.mappingHow?.[field];
    return { field, header, by: how?.by ?? 'alias', detail: how?.detail ?? '' };
  });
}
