/**
 * What the per-kind mappers (mapDeals, mapHistory, mapQuotas, mapRoster) share: the table,
 * the config, the matched columns, the issue collector and the column readers, plus the
 * issues every mapper raises the same way (a required column missing, a row failing its
 * row schema).
 */
import type { RawRow, RawTable } from '../ingest/types.ts';
import type { z } from 'zod';
import type { ColumnReaders } from './columnReaders.ts';
import type { Config, FileConfig } from './configSchema.ts';
import type { IssueCollector } from './issueCollector.ts';
import type { ColumnMatch } from './matchColumns.ts';
import { formatPlace, listJoin } from './formatPlace.ts';

export interface MapperContext {
  table: RawTable;
  config: Config;
  fileConfig: FileConfig | null;
  match: ColumnMatch;
  issues: IssueCollector;
  readers: ColumnReaders;
}

/** Rows of one kind, and how many table rows were rejected. */
export interface MapperResult<T> {
  rows: T[];
  accepted: number;
  rejected: number;
}

/** Column index of a field, -1 when the table has none. */
export function col(ctx: MapperContext, field: string): number {
  return ctx.match.fields.get(field) ?? -1;
}

/** Header of a field's column, null when the table has none. */
export function header(ctx: MapperContext, field: string): string | null {
  const c = col(ctx, field);
  return c < 0 ? null : (ctx.table.headers[c] ?? null);
}

/**
 * One table-level error for a required column the table lacks; every row is then rejected.
 *   deals.csv: no owner column was found (expected a header such as "Opportunity Owner",
 *   "Owner" or "Deal owner"), so none of its 3 rows were used; add the column to the export, or
 *   name yours in quarterdeck.config.json, e.g. "columns": { "owner": "Your header" }.
 */
export function missingColumn(ctx: MapperContext, what: string, field: string, examples: readonly string[]): void {
  const { table } = ctx;
  const n = table.rows.length;
  ctx.issues.add('error', 'missing-column', { row: null, column: null, value: null }, () =>
    `${formatPlace(table.file, table.sheet)}: no ${what} column was found (expected a header such as ` +
    `${listJoin(examples.map((e) => `"${e}"`), 'or')}), so none of its ${n} row${n === 1 ? '' : 's'} ${n === 1 ? 'was' : 'were'} used; ` +
    `add the column to the export, or name yours in quarterdeck.config.json, e.g. "columns": { "${field}": "Your header" }.`,
  );
}

/** A row that failed its Zod row schema: one error naming the first failing field. */
export function schemaFailure(ctx: MapperContext, row: RawRow, error: z.ZodError, columnOf: (field: string) => string | null): void {
  const first = error.issues[0];
  const field = typeof first?.path[0] === 'string' ? first.path[0] : '';
  const column = columnOf(field);
  const reason = first?.message ?? 'a value is not valid';
  ctx.issues.add('error', 'invalid-row', { row: row.rowNumber, column, value: null }, () =>
    `${formatPlace(ctx.table.file, ctx.table.sheet, row.rowNumber, column)}: ${field || 'the row'} is not valid (${reason}), ` +
    'so the row was left out; fix the cell in the export.',
  );
}

/** Check a candidate row against its schema: accepted into the result, or rejected with the schema's first reason. */
export function acceptRow<T>(
  ctx: MapperContext,
  result: MapperResult<T>,
  schema: z.ZodType<T>,
  candidate: unknown,
  row: RawRow,
  columnOf: (field: string) => string | null,
): void {
  const parsed = schema.safeParse(candidate);
  if (parsed.success) {
    result.rows.push(parsed.data);
    result.accepted++;
  } else {
    schemaFailure(ctx, row, parsed.error, columnOf);
    result.rejected++;
  }
}
