/** Hand-built raw tables for the schema tests: headers and rows as arrays, no file I/O. */
import { expect } from 'vitest';
import type { Cell, RawTable, SkippedRow } from '../../../src/ingest/types.ts';
import type { Config, ConfigInput, FileConfig } from '../../../src/schema/configSchema.ts';
import { ConfigSchema } from '../../../src/schema/configSchema.ts';
import { mapTable } from '../../../src/schema/mapTable.ts';
import type { MappedTable, TableReport } from '../../../src/schema/types.ts';

export interface TableSpec {
  file?: string;
  sheet?: string | null;
  headers: string[];
  rows: Cell[][];
  /** Row number of the header (data rows follow it, one per line). Default 1. */
  headerRow?: number;
  skipped?: SkippedRow[];
  titleLines?: string[];
  footerLines?: string[];
}

export function rawTable(spec: TableSpec): RawTable {
  const headerRow = spec.headerRow ?? 1;
  const skipped = spec.skipped ?? [];
  const rows = spec.rows.map((cells, i) => ({ rowNumber: headerRow + 1 + i, cells }));
  return {
    file: spec.file ?? 'deals.csv',
    sheet: spec.sheet ?? null,
    format: 'csv',
    encoding: 'utf-8',
    delimiter: ',',
    headerRow,
    headers: spec.headers,
    rows,
    skipped,
    titleLines: spec.titleLines ?? [],
    footerLines: spec.footerLines ?? [],
    rowsRead: rows.length + skipped.length,
    notes: [],
  };
}

export function config(input: ConfigInput = {}): Config {
  return ConfigSchema.parse(input);
}

/** mapTable on a hand-built table, asserting that the counts add up. */
export function map(spec: TableSpec, options: { config?: ConfigInput; fileConfig?: FileConfig | null } = {}): MappedTable {
  const mapped = mapTable(rawTable(spec), { config: config(options.config), fileConfig: options.fileConfig ?? null });
  expectCountsAddUp(mapped.report);
  return mapped;
}

export function expectCountsAddUp(report: TableReport): void {
  expect(report.rowsRead).toBe(report.accepted + report.rejected + report.skipped);
  const { error, warning, info, byCode } = report.issueCounts;
  expect(Object.values(byCode).reduce((a, b) => a + b, 0)).toBe(error + warning + info);
}

/** Messages of the report's issues with a code. */
export function messages(mapped: MappedTable, code?: string): string[] {
  return mapped.report.issues.filter((i) => code === undefined || i.code === code).map((i) => i.message);
}
