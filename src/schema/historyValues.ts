/**
 * Value readers the history mappers share: the date a history row cannot do without, the
 * status a stage gives, and forecast category text.
 */
import type { RawRow } from '../ingest/types.ts';
import type { DealStatus, ForecastCategory, IsoDate } from './types.ts';
import { forecastCategory } from './forecastCategory.ts';
import { formatPlace, quote } from './formatPlace.ts';
import { header, type MapperContext } from './mapperContext.ts';
import type { StageLookup } from './stages.ts';
import { normalizeKey } from './values/normalizeKey.ts';
import type { DateOrder } from './values/types.ts';
import { parseDate } from './values/parseDate.ts';

/** A reader for the date a history row needs: empty or unreadable -> an error, and null (the row is rejected). */
export function requiredDate(ctx: MapperContext, c: number, order: DateOrder | null): (row: RawRow) => IsoDate | null {
  const { table, issues } = ctx;
  const column = table.headers[c] ?? '';
  return (row) => {
    const cell = row.cells[c] ?? null;
    const r = parseDate(cell, order);
    if (r.ok && r.value !== null) return r.value;
    const where = formatPlace(table.file, table.sheet, row.rowNumber, column);
    if (r.ok) {
      issues.add('error', 'missing-date', { row: row.rowNumber, column, value: null }, () =>
        `${where}: the cell is empty, but every history row needs the date of the change, so the row was left out; fill in the date.`,
      );
    } else {
      issues.add('error', 'invalid-date', { row: row.rowNumber, column, value: cell }, () =>
        `${where}: ${quote(cell)} is not a date; expected ${r.expected}, so the row was left out; fix the cell.`,
      );
    }
    return null;
  };
}

/** Status of a history state from its stage; null when the stage is empty or unknown (warned once per stage). */
export function stageStatus(ctx: MapperContext, stageOf: StageLookup, stage: string | null, row: RawRow): DealStatus | null {
  if (stage === null) return null;
  const info = stageOf(stage);
  if (info !== null) return info.status;
  const column = header(ctx, 'stage') ?? header(ctx, 'field');
  ctx.issues.addOnce(`stage:${normalizeKey(stage)}`, 'warning', 'unknown-stage', { row: row.rowNumber, column, value: stage }, () =>
    `${formatPlace(ctx.table.file, ctx.table.sheet, row.rowNumber, column)}: ${quote(stage)} is not a known stage, so history rows at this stage have no status; ` +
    `add it to "stages" in quarterdeck.config.json, e.g. { "name": "${stage.replace(/["\\]/g, '')}", "status": "open" }.`,
  );
  return null;
}

/** Forecast category text -> category; unknown text is warned once per value and gives null. */
export function categoryOf(ctx: MapperContext, text: string | null, row: RawRow, columnField = 'forecastCategory'): ForecastCategory | null {
  if (text === null) return null;
  const category = forecastCategory(text);
  if (category !== null) return category;
  const column = header(ctx, columnField);
  ctx.issues.addOnce(`category:${text}`, 'warning', 'unknown-forecast-category', { row: row.rowNumber, column, value: text }, () =>
    `${formatPlace(ctx.table.file, ctx.table.sheet, row.rowNumber, column)}: ${quote(text)} is not a forecast category; ` +
    'expected Commit, Best Case, Pipeline, Omitted or Closed, so rows with this value have none; fix the value in the export.',
  );
  return null;
}
