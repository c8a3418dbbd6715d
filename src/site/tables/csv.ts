/**
 * CSV writer for the site's downloads: plain UTF-8 (no byte-order mark), RFC 4180 (comma
 * separated, CRLF line ends, fields with a comma, quote or line break in double quotes with
 * inner quotes doubled), `.` as the decimal mark, dates as ISO text.
 *
 * Spreadsheets run a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return as a
 * formula, so such TEXT cells get a leading apostrophe (OWASP "CSV injection"). Numbers are
 * written as numbers: -1200 stays -1200.
 */
import type { CellValue } from './tableTypes.ts';

export interface CsvColumn {
  key: string;
  label: string;
}

/** The whole file: a header line of labels, then one line per row, each ended by CRLF. */
export function toCsv(columns: readonly CsvColumn[], rows: readonly Readonly<Record<string, CellValue | undefined>>[]): string {
  const lines = [columns.map((c) => csvText(c.label)).join(',')];
  for (const row of rows) {
    lines.push(columns.map((c) => csvField(Object.hasOwn(row, c.key) ? row[c.key] : null)).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** One field: empty for unknown, a plain number, or (neutralised, quoted when needed) text. */
export function csvField(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return csvNumber(value);
  return csvText(value);
}

function csvNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  // String() gives the shortest text that reads back as the same number, with a `.` decimal mark; -0 is 0.
  return Object.is(value, -0) ? '0' : String(value);
}

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

function csvText(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
