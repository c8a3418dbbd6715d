/**
 * What a table of the site is, as data: its columns, rows, totals, filters and default order.
 * The builders (one folder per page) return these; the registry (src/site/siteTables.ts)
 * collects them; DataTable.astro renders them and src/pages/csv/[table].csv.ts writes them.
 */
import type { SiteData } from '../load/siteData.ts';

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
