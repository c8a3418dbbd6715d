/**
 * Typed readers for the columns of one table, set up once per table: a reader takes a raw row
 * and returns the value of its column, or null when the cell is empty, absent or unreadable.
 * An unreadable cell becomes a warning issue (the row keeps going without the value):
 *   deals.csv › row 14 › Close Date: "2026-02-30" is not a real calendar date; expected a date
 *   such as 2026-10-05. Fix the cell or clear it.
 * Date columns are read in the order decided by dateOrders(); probability columns in the scale
 * detectPercentScale() finds (or percent when the header says '%'); amount columns with the
 * decimal separator of the config, else the one detectDecimalSeparator() finds in the column
 * (a column whose values disagree gets one warning and each value is read on its own).
 */
import type { Cell, RawRow, RawTable } from '../ingest/types.ts';
import type { IssueCollector } from './issueCollector.ts';
import { formatPlace, quote } from './formatPlace.ts';
import type { DateOrder } from './values/types.ts';
import { detectPercentScale } from './values/detectPercentScale.ts';
import { parseAmount, type DecimalSeparator } from './values/parseAmount.ts';
import { detectDecimalSeparator } from './values/detectDecimalSeparator.ts';
import { parseBoolean } from './values/parseBoolean.ts';
import { parseDate } from './values/parseDate.ts';
import { parsePercent } from './values/parsePercent.ts';
import { parseText } from './values/parseText.ts';
import { columnCells } from './columnCells.ts';

export type Reader<T> = (row: RawRow) => T | null;

export interface AmountValue {
  value: number;
  currency: string | null;
}

export interface ColumnReaders {
  text(col: number): Reader<string>;
  date(col: number, order: DateOrder | null): Reader<string>;
  amount(col: number): Reader<AmountValue>;
  percent(col: number): Reader<number>;
  boolean(col: number): Reader<boolean>;
  /** The decimal separator amounts of a column are read with (null: decided per value). */
  decimal(col: number): DecimalSeparator | null;
}

const NONE = (): null => null;

export function columnReaders(table: RawTable, issues: IssueCollector, decimalSeparator: 'auto' | DecimalSeparator = 'auto'): ColumnReaders {
  const { file, sheet, headers } = table;
  const decimals = new Map<number, DecimalSeparator | null>();
  const decimal = (col: number): DecimalSeparator | null => {
    if (decimalSeparator !== 'auto') return decimalSeparator;
    if (decimals.has(col)) return decimals.get(col)!;
    const d = detectDecimalSeparator(columnCells(table.rows, col));
    if (d.mixed) {
      const header = (headers[col] ?? '').trim();
      issues.add('warning', 'mixed-decimal-separator', { row: null, column: header, value: null }, () =>
        `${formatPlace(file, sheet, null, header)}: the column mixes decimal points and decimal commas (${quote(d.examples.dot)} and ${quote(d.examples.comma)}), ` +
        `so each amount was read on its own and values like ${quote(d.examples.ambiguous)} were read as thousands; set "decimalSeparator": "." or "," in quarterdeck.config.json.`,
      );
    }
    decimals.set(col, d.decimal);
    return d.decimal;
  };

  const warn = (row: RawRow, col: number, cell: Cell, code: string, what: string): void => {
    const header = headers[col] ?? '';
    issues.add('warning', code, { row: row.rowNumber, column: header, value: cell }, () =>
      `${formatPlace(file, sheet, row.rowNumber, header)}: ${quote(cell)} is not ${what}. Fix the cell or clear it.`,
    );
  };

  return {
    text(col) {
      if (col < 0) return NONE;
      return (row) => parseText(row.cells[col] ?? null);
    },
    date(col, order) {
      if (col < 0) return NONE;
      return (row) => {
        const cell = row.cells[col] ?? null;
        const r = parseDate(cell, order);
        if (r.ok) return r.value;
        const what = r.expected.startsWith('a real calendar date')
          ? 'a real calendar date; expected a date such as 2026-10-05'
          : `a date; expected ${r.expected}`;
        warn(row, col, cell, 'invalid-date', what);
        return null;
      };
    },
    decimal,
    amount(col) {
      if (col < 0) return NONE;
      const sep = decimal(col);
      return (row) => {
        const cell = row.cells[col] ?? null;
        const r = parseAmount(cell, sep);
        // the parser's own result object: no second allocation per cell
        if (r.ok) return r.value === null ? null : (r as AmountValue);
        warn(row, col, cell, 'invalid-amount', `an amount; expected ${r.expected}`);
        return null;
      };
    },
    percent(col) {
      if (col < 0) return NONE;
      const scale = (headers[col] ?? '').includes('%') ? 'percent' : detectPercentScale(columnCells(table.rows, col));
      return (row) => {
        const cell = row.cells[col] ?? null;
        const r = parsePercent(cell, scale);
        if (r.ok) return r.value;
        warn(row, col, cell, 'invalid-probability', `a probability; expected ${r.expected}`);
        return null;
      };
    },
    boolean(col) {
      if (col < 0) return NONE;
      return (row) => {
        const cell = row.cells[col] ?? null;
        const r = parseBoolean(cell);
        if (r.ok) return r.value;
        warn(row, col, cell, 'invalid-boolean', `a yes/no value; expected ${r.expected}`);
        return null;
      };
    },
  };
}
