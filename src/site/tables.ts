/**
 * Every table the site shows, as data: the pages render a TableDef with DataTable.astro and the
 * build writes the same rows as a CSV file (src/pages/csv/[table].csv.ts), so a download always
 * matches what is on screen.
 *
 * To add a table: write a builder `xxxTable(siteData): TableDef` in src/site/tablesXxx.ts, add it
 * to TABLE_BUILDERS below, and render it on the page with
 * `<DataTable table={tableById(loadSiteData(), 'xxx')} />`.
 */
import type { SiteData } from './siteData.ts';
import { dataFilesTable } from './tablesDataFiles.ts';
import { openDealsTable } from './tablesOpenDeals.ts';
import { overviewTeamsTable } from './tablesOverview.ts';
import { forecastAccuracyTables } from './tablesForecastAccuracy.ts';
import { forecastDealTables } from './tablesForecastDeals.ts';
import { forecastRollupTables } from './tablesForecastRollup.ts';
import { pipelineChangeTables } from './tablesPipelineChanges.ts';
import { pipelineCoverageTable } from './tablesPipelineCoverage.ts';
import { pipelineRiskTables } from './tablesPipelineRisk.ts';
import { pipelineStageTables } from './tablesPipelineStages.ts';
import { repsLeaderboardTables } from './tablesRepsLeaderboard.ts';
import { repPageTables } from './tablesRepsPages.ts';
import { teamsTables } from './tablesTeams.ts';
import { teamPageTables } from './tablesTeamsPages.ts';
import { quartersTable } from './tablesQuarters.ts';
import { retrospectiveTables } from './tablesQuartersRetro.ts';
import { compensationTables } from './compensation/compensationTables.ts';

/** A cell's raw value: text, a number (amounts in the reporting currency, percents as fractions 0..1) or an ISO date string. */
export type CellValue = string | number | null;

export type ColumnKind = 'text' | 'money' | 'number' | 'percent' | 'date' | 'days';

export interface TableColumn {
  /** Key of the value in each row; letters, digits, `_` and `-`. */
  key: string;
  label: string;
  kind: ColumnKind;
  /** Default: right for money, number, percent and days; left for text and dates. */
  align?: 'left' | 'right';
  /**
   * The column's total is a sum, so it is recomputed for the rows a filter leaves.
   * Default: true for money and number columns. Other totals show as unknown while a filter hides rows.
   */
  additive?: boolean;
  /** Default true. */
  sortable?: boolean;
  /** Fraction digits for number and percent columns (default: numbers 1 at most; percents 1 below 10%, else 0). */
  digits?: number;
  /**
   * A text column whose cells are lists joined by this text (such as ', ' in "Stale, Past due"):
   * its filter offers each item on its own and keeps the rows whose list holds the chosen one.
   * No item may contain the separator.
   */
  listSeparator?: string;
}

export type TableRow = Record<string, CellValue>;

export type SortDirection = 'ascending' | 'descending';

export interface TableSort {
  key: string;
  direction: SortDirection;
}

export interface TableDef {
  /** Unique across the site; names the CSV file (`csv/<id>.csv`). Lower-case letters, digits and dashes. */
  id: string;
  /** Short name of the table ("Open deals"); starts the caption and names the download. */
  title: string;
  /** What the rows are, in a sentence ("Every deal open on 2026-09-16, largest first."). */
  caption: string;
  columns: TableColumn[];
  rows: TableRow[];
  /** One value per column that has a total; shown in the table footer. */
  totals?: TableRow | null;
  /** Keys of text columns offered as <select> filters. */
  filters?: string[];
  /** Order of the rows as built and in the CSV; without it, the rows keep the order given. */
  defaultSort?: TableSort;
  /** Reporting currency; needed when a column is money. */
  currency?: string;
  /** What a row is, for "12 of 40 deals shown". Default row/rows. */
  rowNoun?: { one: string; other: string };
  /** Column whose cells head their row (th scope="row"). Default the first column; null for none. */
  rowHeader?: string | null;
}

/** Builds one or more of the site's tables from the site data. */
export type TableBuilder = (siteData: SiteData) => TableDef | TableDef[];

/** The registry: every builder of a table the site shows. */
const TABLE_BUILDERS: TableBuilder[] = [dataFilesTable, openDealsTable, overviewTeamsTable, forecastRollupTables, forecastAccuracyTables, forecastDealTables, pipelineStageTables, pipelineCoverageTable, pipelineRiskTables, pipelineChangeTables, repsLeaderboardTables, repPageTables, teamsTables, teamPageTables, quartersTable, retrospectiveTables, compensationTables];

const cache = new WeakMap<SiteData, TableDef[]>();

/** Every table the site shows, checked (valid definitions, unique ids). Memoised per site data. */
export function siteTables(siteData: SiteData, builders: readonly TableBuilder[] = TABLE_BUILDERS): TableDef[] {
  const useCache = builders === TABLE_BUILDERS;
  const cached = useCache ? cache.get(siteData) : undefined;
  if (cached !== undefined) return cached;
  const tables = builders.flatMap((build) => build(siteData));
  const ids = new Set<string>();
  for (const table of tables) {
    checkTable(table);
    if (ids.has(table.id)) throw new Error(`duplicate table id: ${table.id}`);
    ids.add(table.id);
  }
  if (useCache) cache.set(siteData, tables);
  return tables;
}

/** The registered table with this id (so the page shows exactly what the CSV holds). */
export function tableById(siteData: SiteData, id: string): TableDef {
  const table = siteTables(siteData).find((t) => t.id === id);
  if (table === undefined) throw new Error(`unknown table: ${id} (add its builder to TABLE_BUILDERS in src/site/tables.ts)`);
  return table;
}

const ID = /^[a-z0-9][a-z0-9-]*$/;
const KEY = /^[A-Za-z0-9_-]+$/;
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Throws a short internal error when a definition is inconsistent (these are programming errors, not data errors). */
export function checkTable(table: TableDef): void {
  const where = `table ${table.id}`;
  if (!ID.test(table.id)) throw new Error(`invalid table id: ${JSON.stringify(table.id)}`);
  if (table.columns.length === 0) throw new Error(`${where}: no columns`);
  const kinds = new Map<string, ColumnKind>();
  for (const column of table.columns) {
    if (!KEY.test(column.key) || RESERVED_KEYS.has(column.key)) throw new Error(`${where}: invalid column key: ${JSON.stringify(column.key)}`);
    if (kinds.has(column.key)) throw new Error(`${where}: duplicate column key: ${column.key}`);
    kinds.set(column.key, column.kind);
  }
  for (const key of table.filters ?? []) {
    const kind = kinds.get(key);
    if (kind === undefined) throw new Error(`${where}: unknown filter column: ${key}`);
    if (kind !== 'text') throw new Error(`${where}: filter column is not text: ${key}`);
  }
  if (table.defaultSort !== undefined && !kinds.has(table.defaultSort.key)) {
    throw new Error(`${where}: unknown sort column: ${table.defaultSort.key}`);
  }
  if (table.rowHeader !== undefined && table.rowHeader !== null && !kinds.has(table.rowHeader)) {
    throw new Error(`${where}: unknown row header column: ${table.rowHeader}`);
  }
  if (table.currency === undefined && [...kinds.values()].includes('money')) {
    throw new Error(`${where}: money column without a currency`);
  }
}

/** Default alignment of a column. */
export function columnAlign(column: TableColumn): 'left' | 'right' {
  return column.align ?? (column.kind === 'text' || column.kind === 'date' ? 'left' : 'right');
}

export { additiveTotals, columnAdditive } from './additiveTotals.ts';
