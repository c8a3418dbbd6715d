/**
 * Day/month order of each date column of a table, decided once before any row is mapped.
 * config.dateOrder 'MDY' or 'DMY' applies to every column. With 'auto', each column's own
 * values decide (detectDateOrder): a column with 13/04/2026 is day-first, one with 10/13/2020
 * month-first. A column with both gets a warning and each value is read the way it can be
 * (ambiguous ones month-first). A column whose numeric dates all could be either is read
 * the way the table's other date columns decided (one export, one locale); when none did,
 * month-first ('/' and '-') or day-first ('.', the European habit), with one info issue per
 * table that names the columns and says how to set `dateOrder`.
 */
import type { RawTable } from '../ingest/types.ts';
import type { Config } from './configSchema.ts';
import type { IssueCollector } from './issueCollector.ts';
import { columnLabel, formatPlace, listJoin } from './formatPlace.ts';
import type { DateOrder } from './values/types.ts';
import { dateOrderGuesser, type DateOrderGuess } from './values/detectDateOrder.ts';
import { parseDate } from './values/parseDate.ts';

const NUMERIC_DATE = /^\s*\d{1,2}([-/.])\d{1,2}\1(?:\d{4}|\d{2})(?![\d/.-])/;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function dateOrders(
  table: RawTable,
  columns: readonly number[],
  setting: Config['dateOrder'],
  issues: IssueCollector,
): Map<number, DateOrder | null> {
  const orders = new Map<number, DateOrder | null>();
  const decided = new Set<DateOrder>();
  const undecided: { col: number; header: string; example: { text: string; separator: string } }[] = [];
  const ambiguous = new Map<DateOrder, { headers: string[]; example: string }>();
  const guesses = setting === 'auto' ? guessColumns(table, columns) : new Map<number, DateOrderGuess>();
  for (const col of columns) {
    if (col < 0 || orders.has(col)) continue;
    if (setting !== 'auto') {
      orders.set(col, setting);
      continue;
    }
    const header = table.headers[col] ?? '';
    const guess = guesses.get(col)!;
    if (guess.mixed) {
      orders.set(col, null);
      issues.add('warning', 'mixed-date-order', { row: null, column: header, value: null }, () =>
        `${formatPlace(table.file, table.sheet, null, header)}: the column mixes day-first and month-first dates (${guess.evidence}), ` +
        'so each date was read the way it can be and dates that could be either were read month-first; ' +
        'write the column in one order, or set "dateOrder" to "MDY" or "DMY" in quarterdeck.config.json.',
      );
      continue;
    }
    if (guess.order !== null) {
      orders.set(col, guess.order);
      decided.add(guess.order);
      continue;
    }
    const example = firstNumericDate(table, col);
    orders.set(col, null);
    if (example !== null) undecided.push({ col, header, example });
  }
  const tableOrder = decided.size === 1 ? [...decided][0]! : null;
  for (const { col, header, example } of undecided) {
    if (tableOrder !== null) {
      orders.set(col, tableOrder);
      continue;
    }
    const order: DateOrder = example.separator === '.' ? 'DMY' : 'MDY';
    orders.set(col, order);
    const group = ambiguous.get(order) ?? { headers: [], example: example.text };
    group.headers.push(columnLabel(header));
    ambiguous.set(order, group);
  }
  for (const [order, { headers, example }] of ambiguous) {
    const other = order === 'MDY' ? 'DMY' : 'MDY';
    const parsed = parseDate(example, order);
    const reading = parsed.ok && parsed.value !== null ? ` (${example} as ${spelled(parsed.value, order)})` : '';
    issues.add('info', 'ambiguous-date-order', { row: null, column: headers[0] ?? null, value: example }, () =>
      `${formatPlace(table.file, table.sheet)}: dates such as ${example} in ${listJoin(headers)} could be month-first or day-first, ` +
      `so they were read ${order === 'MDY' ? 'month-first' : 'day-first'}${reading}; ` +
      `if they are ${order === 'MDY' ? 'day-first' : 'month-first'}, set "dateOrder": "${other}" in quarterdeck.config.json.`,
    );
  }
  return orders;
}

/** detectDateOrder for each column, in one pass over the rows (a column stops once it is known to be mixed). */
function guessColumns(table: RawTable, columns: readonly number[]): Map<number, DateOrderGuess> {
  const cols = [...new Set(columns.filter((c) => c >= 0))];
  const guessers = cols.map(() => dateOrderGuesser());
  const open = cols.map(() => true);
  let left = cols.length;
  for (let r = 0; r < table.rows.length && left > 0; r++) {
    const cells = table.rows[r]!.cells;
    for (let k = 0; k < cols.length; k++) {
      if (open[k] && guessers[k]!.add(cells[cols[k]!] ?? null)) {
        open[k] = false;
        left--;
      }
    }
  }
  return new Map(cols.map((c, k) => [c, guessers[k]!.guess()]));
}

/** How many filled cells to look at for an ambiguous numeric date: a column writes its dates one way. */
const SCAN_LIMIT = 1000;

function firstNumericDate(table: RawTable, col: number): { text: string; separator: string } | null {
  let seen = 0;
  for (const row of table.rows) {
    const cell = row.cells[col];
    if (typeof cell !== 'string' || cell === '') continue;
    const m = NUMERIC_DATE.exec(cell);
    if (m) return { text: m[0].trim(), separator: m[1]! };
    if (++seen >= SCAN_LIMIT) break;
  }
  return null;
}

function spelled(iso: string, order: DateOrder): string {
  const month = MONTHS[Number(iso.slice(5, 7)) - 1] ?? '';
  const day = Number(iso.slice(8, 10));
  return order === 'MDY' ? `${month} ${day}` : `${day} ${month}`;
}
