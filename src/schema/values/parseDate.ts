/**
 * A date cell -> ISO 'YYYY-MM-DD', the calendar date as written.
 * Accepts ISO dates (with or without a time and zone, which are dropped: no zone conversion,
 * so the result never depends on the machine's TZ), 'YYYY/MM/DD', 'YYYYMMDD', numeric
 * day-month dates with '/', '-' or '.' ('10/5/2026', '13.04.2026', '7/12/23'), English
 * month names ('Oct 5, 2026', '5 Oct 2026', '5-Oct-26', 'Monday, October 5, 2026'), any of
 * these followed by a time ('2/4/2026 3:54 AM'), and workbook date numbers (1900 system).
 *
 * Numeric day-month dates follow `order` (from the config or detectDateOrder). Without one,
 * a first part above 12 means day/month, a second part above 12 means month/day, and an
 * ambiguous value is month/day ('/' and '-') or day/month ('.'); the caller warns about it.
 * Two-digit years: 00–68 are 2000–2068, 69–99 are 1969–1999.
 */
import type { Cell } from '../../ingest/types.ts';
import type { DateOrder, ValueResult } from './types.ts';
import { calendarDate, isRealDate } from './calendarDate.ts';
import { excelSerialDate } from './excelSerialDate.ts';
import { isEmptyText } from './isEmptyText.ts';
import { monthNumber } from './monthNumber.ts';
import { splitDateTime } from './splitDateTime.ts';

const EMPTY: ValueResult<string> = Object.freeze({ ok: true, value: null });
const BAD: ValueResult<string> = Object.freeze({
  ok: false,
  expected: 'a date such as 2026-10-05, 10/5/2026 or 5 Oct 2026',
});
const IMPOSSIBLE: ValueResult<string> = Object.freeze({
  ok: false,
  expected: 'a real calendar date such as 2026-10-05',
});
const NOT_MDY: ValueResult<string> = Object.freeze({
  ok: false,
  expected: 'a month/day/year date such as 10/5/2026, the order this column uses',
});
const NOT_DMY: ValueResult<string> = Object.freeze({
  ok: false,
  expected: 'a day/month/year date such as 5/10/2026, the order this column uses',
});

/** Longer text is not a date (and never reaches the regexes). */
const MAX_LENGTH = 64;

const YEAR_MONTH_DAY = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/;
const DAY_MONTH_YEAR = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const WEEKDAY = String.raw`(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?`;
/** 'Oct 5, 2026', 'October 5 2026', 'Oct-05-26'. Groups: 1 month, 2 day, 3 year. */
const MONTH_FIRST = new RegExp(
  String.raw`^${WEEKDAY}([a-z]{3,9})\.?(?:\s+|-)(\d{1,2})(?:st|nd|rd|th)?(?:,\s*|\s+|-)(\d{4}|\d{2})$`,
  'i',
);
/** '5 Oct 2026', '5-Oct-2026', '05-Oct-26', '5th of October, 2026'. Groups: 1 day, 2 month, 3 year. */
const DAY_FIRST = new RegExp(
  String.raw`^${WEEKDAY}(\d{1,2})(?:st|nd|rd|th)?\.?(?:\s+|-|/)(?:of\s+)?([a-z]{3,9})\.?,?(?:\s+|-|/)(\d{4}|\d{2})$`,
  'i',
);

export function parseDate(cell: Cell, order: DateOrder | null): ValueResult<string> {
  if (cell === null) return EMPTY;
  if (typeof cell === 'number') return fromNumber(cell);
  if (typeof cell === 'boolean') return BAD;
  if (cell.length === 10) {
    const iso = isoDate(cell);
    if (iso !== null) return iso;
  }
  if (cell.length <= 10) {
    const numeric = numericDate(cell, order);
    if (numeric !== null) return numeric;
  }
  const text = cell.trim();
  if (isEmptyText(text)) return EMPTY;
  if (text.length > MAX_LENGTH) return BAD;
  const date = splitDateTime(text);
  if (date === null) return BAD;
  if (date.length === 10) {
    const iso = isoDate(date);
    if (iso !== null) return iso;
  }
  return fromText(date, order);
}

/** Fast path for exactly 'YYYY-MM-DD': the result, or null when the text has another shape. */
function isoDate(text: string): ValueResult<string> | null {
  if (text.charCodeAt(4) !== 0x2d || text.charCodeAt(7) !== 0x2d) return null;
  const y = digits(text, 0, 4);
  const m = digits(text, 5, 2);
  const d = digits(text, 8, 2);
  if (y < 0 || m < 0 || d < 0) return null;
  return real(y, m, d);
}

/**
 * Fast path for exactly 'M/D/YYYY', 'DD.MM.YY' and the like (1–2 digits, separator, 1–2
 * digits, the same separator, 2 or 4 digits): the result, or null for any other shape.
 */
function numericDate(text: string, order: DateOrder | null): ValueResult<string> | null {
  const n = text.length;
  let i = 0;
  let a = 0;
  for (; i < n && i < 3; i++) {
    const c = text.charCodeAt(i) - 0x30;
    if (c < 0 || c > 9) break;
    a = a * 10 + c;
  }
  if (i === 0 || i > 2) return null;
  const separator = text.charCodeAt(i);
  if (separator !== 0x2f && separator !== 0x2d && separator !== 0x2e) return null;
  const bStart = ++i;
  let b = 0;
  for (; i < n && i < bStart + 3; i++) {
    const c = text.charCodeAt(i) - 0x30;
    if (c < 0 || c > 9) break;
    b = b * 10 + c;
  }
  if (i === bStart || i > bStart + 2 || text.charCodeAt(i) !== separator) return null;
  const yStart = ++i;
  const yLength = n - yStart;
  if (yLength !== 2 && yLength !== 4) return null;
  const y = digits(text, yStart, yLength);
  if (y < 0) return null;
  return dayMonth(a, b, yLength === 2 ? centuryOf(y) : y, separator === 0x2e, order);
}

/** The number written by `count` ASCII digits at `start`, or -1. */
function digits(text: string, start: number, count: number): number {
  let n = 0;
  for (let i = start; i < start + count; i++) {
    const c = text.charCodeAt(i) - 0x30;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

function fromNumber(n: number): ValueResult<string> {
  // 20261005 from a YYYYMMDD key column: far beyond the last workbook date number.
  if (Number.isInteger(n) && n >= 10000101 && n <= 99991231) {
    return real(Math.floor(n / 10000), Math.floor(n / 100) % 100, n % 100);
  }
  const iso = excelSerialDate(n);
  if (iso !== null) return { ok: true, value: iso };
  return Math.floor(n) === 60 ? IMPOSSIBLE : BAD;
}

function fromText(text: string, order: DateOrder | null): ValueResult<string> {
  const first = text.charCodeAt(0);
  let m: RegExpExecArray | null;
  if (first >= 0x30 && first <= 0x39) {
    if ((m = YEAR_MONTH_DAY.exec(text)) !== null) return real(Number(m[1]), Number(m[3]), Number(m[4]));
    if ((m = DAY_MONTH_YEAR.exec(text)) !== null) {
      return dayMonth(Number(m[1]), Number(m[3]), fullYear(m[4]!), m[2] === '.', order);
    }
    if ((m = COMPACT.exec(text)) !== null) return real(Number(m[1]), Number(m[2]), Number(m[3]));
  } else if ((m = MONTH_FIRST.exec(text)) !== null) {
    return named(fullYear(m[3]!), m[1]!, Number(m[2]));
  }
  if ((m = DAY_FIRST.exec(text)) !== null) return named(fullYear(m[3]!), m[2]!, Number(m[1]));
  return BAD;
}

function dayMonth(a: number, b: number, year: number, dotted: boolean, order: DateOrder | null): ValueResult<string> {
  let dayFirst: boolean;
  if (order === 'MDY') {
    if (a > 12 && a <= 31 && b <= 12) return NOT_MDY;
    dayFirst = false;
  } else if (order === 'DMY') {
    if (b > 12 && b <= 31 && a <= 12) return NOT_DMY;
    dayFirst = true;
  } else {
    dayFirst = a > 12 ? true : b > 12 ? false : dotted;
  }
  return dayFirst ? real(year, b, a) : real(year, a, b);
}

function named(year: number, monthName: string, day: number): ValueResult<string> {
  const month = monthNumber(monthName);
  return month === null ? BAD : real(year, month, day);
}

/**
 * Results for the days met so far, shared (and frozen): a column repeats its dates over and
 * over, and one string per day also makes later comparisons of equal dates instant.
 */
const days = new Map<number, ValueResult<string>>();
const DAYS_KEPT = 100_000;

function real(year: number, month: number, day: number): ValueResult<string> {
  if (!isRealDate(year, month, day)) return IMPOSSIBLE;
  const key = (year * 100 + month) * 100 + day;
  let result = days.get(key);
  if (result === undefined) {
    result = Object.freeze({ ok: true, value: calendarDate(year, month, day) });
    if (days.size < DAYS_KEPT) days.set(key, result);
  }
  return result;
}

/** Four digits as written; two digits go through centuryOf. */
function fullYear(text: string): number {
  const y = Number(text);
  return text.length === 2 ? centuryOf(y) : y;
}

/** A two-digit year: 00–68 -> 2000–2068, 69–99 -> 1969–1999. */
function centuryOf(twoDigitYear: number): number {
  return twoDigitYear <= 68 ? 2000 + twoDigitYear : 1900 + twoDigitYear;
}
