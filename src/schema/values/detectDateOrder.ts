/**
 * Which order a column writes day and month in, judged from its numeric dates
 * ('13/04/2026', '04.13.2026', '4-13-26', with or without a time).
 * A first part above 12 can only be a day (day/month); a second part above 12 can only be
 * a day (month/day). Both seen: the column is mixed and the order is null. Neither seen:
 * null (every value is ambiguous, or the column has no such dates).
 */
import type { Cell } from '../../ingest/types.ts';
import type { DateOrder } from './types.ts';

export interface DateOrderGuess {
  order: DateOrder | null;
  /** One value that decided it, as a clause: '13/04/2026 in the column can only be day/month'. */
  evidence: string | null;
  mixed: boolean;
}

/** Day and month parts at the start of a numeric date; the rest (a time) is not looked at. */
const DAY_MONTH = /^\s*(\d{1,2})([-/.])(\d{1,2})\2(?:\d{4}|\d{2})(?![\d/.-])/;

export function detectDateOrder(cells: Iterable<Cell>): DateOrderGuess {
  const guesser = dateOrderGuesser();
  for (const cell of cells) if (guesser.add(cell)) break;
  return guesser.guess();
}

/** detectDateOrder one cell at a time, for a caller that reads several columns in one pass over the rows. */
export interface DateOrderGuesser {
  /** Look at the column's next cell; true once the column is known to be mixed (later cells change nothing). */
  add(cell: Cell | undefined): boolean;
  guess(): DateOrderGuess;
}

export function dateOrderGuesser(): DateOrderGuesser {
  let dayFirst: string | null = null;
  let monthFirst: string | null = null;
  return {
    add(cell) {
      if (typeof cell !== 'string' || !readParts(cell)) return false;
      const a = partA;
      const b = partB;
      if (dayFirst === null && a > 12 && a <= 31 && b >= 1 && b <= 12) dayFirst = shown();
      else if (monthFirst === null && b > 12 && b <= 31 && a >= 1 && a <= 12) monthFirst = shown();
      return dayFirst !== null && monthFirst !== null;
    },
    guess() {
      if (dayFirst !== null && monthFirst !== null) {
        return {
          order: null,
          evidence: `${dayFirst} in the column can only be day/month, but ${monthFirst} can only be month/day`,
          mixed: true,
        };
      }
      if (dayFirst !== null) return { order: 'DMY', evidence: `${dayFirst} in the column can only be day/month`, mixed: false };
      if (monthFirst !== null) return { order: 'MDY', evidence: `${monthFirst} in the column can only be month/day`, mixed: false };
      return { order: null, evidence: null, mixed: false };
    },
  };
}

/** The text DAY_MONTH matched in the last value readParts read, trimmed. */
function shown(): string {
  return (matchedEnd === matchedCell.length ? matchedCell : matchedCell.slice(0, matchedEnd)).trim();
}

/** The last value read by readParts: its first and second numbers, and where DAY_MONTH's match ends. */
let partA = 0;
let partB = 0;
let matchedCell = '';
let matchedEnd = 0;

/**
 * DAY_MONTH on one cell, without allocating for the cells that do not decide anything: a cell
 * that starts with a digit is scanned by hand (the regex's own rules: one or two digits, the
 * same separator twice, a year of four or two digits not followed by a digit, '/', '.' or '-');
 * any other cell goes through the regex. The matched text is only cut out when it is shown.
 */
function readParts(cell: string): boolean {
  const first = cell.charCodeAt(0);
  if (!(first >= 0x30 && first <= 0x39)) {
    const m = DAY_MONTH.exec(cell);
    if (m === null) return false;
    partA = Number(m[1]);
    partB = Number(m[3]);
    matchedCell = m[0];
    matchedEnd = m[0].length;
    return true;
  }
  let i = 0;
  const a = number(cell, i);
  i = scanned;
  if (i === 0 || i > 2) return false;
  const separator = cell.charCodeAt(i);
  if (separator !== 0x2f && separator !== 0x2d && separator !== 0x2e) return false;
  const bStart = ++i;
  const b = number(cell, i);
  i = scanned;
  if (i === bStart || i > bStart + 2 || cell.charCodeAt(i) !== separator) return false;
  const yStart = ++i;
  number(cell, i);
  const end = scanned;
  const yLength = end - yStart;
  if (yLength !== 4 && yLength !== 2) return false;
  const next = cell.charCodeAt(end);
  if (next === 0x2f || next === 0x2e || next === 0x2d) return false;
  partA = a;
  partB = b;
  matchedCell = cell;
  matchedEnd = end;
  return true;
}

/** Where number() stopped. */
let scanned = 0;

/** The value of the run of ASCII digits at `start` (at most 15 counted); sets `scanned` to its end. */
function number(text: string, start: number): number {
  let i = start;
  let n = 0;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i) - 0x30;
    if (c < 0 || c > 9) break;
    if (i - start < 15) n = n * 10 + c;
  }
  scanned = i;
  return n;
}
