/**
 * An amount cell -> number and currency.
 * Accepts numbers from workbooks and text as people and CRMs write it: '12,500.00', '$12,500',
 * 'USD 12,500', '12.500,00 €', '1 200,50', "1'234.50 CHF", '(1,200)', '-1,200', '1.2E+06'.
 * The decimal separator is decided per value: with both '.' and ',' the last one is the
 * decimal; a single separator followed by exactly three digits after a 1–3 digit leading group
 * ('1,234', '1.234') is a thousands separator; otherwise a single separator is the decimal.
 * Spaces (also no-break and narrow no-break) and apostrophes only group thousands.
 * `decimal` (from detectDecimalSeparator or the config's `decimalSeparator`) fixes the decimal
 * separator for a whole column instead: with ',' '1.500' is 1500 and '1,5' is 1.5; with '.'
 * '1.500' is 1.5 and '1,500' is 1500. An amount that carries its own currency ('$1,200',
 * '1.500 €') is read on its own.
 */
import type { Cell } from '../../ingest/types.ts';
import type { AmountResult } from './types.ts';
import { currencyCode } from './currencyCode.ts';
import { isEmptyText } from './isEmptyText.ts';

/** Amounts at or above this (in absolute value) are taken as errors, not money. */
export const AMOUNT_LIMIT = 1e15;

const EXPECTED = 'an amount such as 12500, 12,500.00, $12,500 or (1,200)';
const EXPECTED_LIMIT = 'an amount below 1,000,000,000,000,000';
const EXPECTED_CURRENCY = 'an amount in one known currency such as USD 12,500 or 12.500,00 EUR';

const EMPTY: AmountResult = Object.freeze({ ok: true, value: null, currency: null });
const BAD: AmountResult = Object.freeze({ ok: false, expected: EXPECTED });
const TOO_LARGE: AmountResult = Object.freeze({ ok: false, expected: EXPECTED_LIMIT });
const BAD_CURRENCY: AmountResult = Object.freeze({ ok: false, expected: EXPECTED_CURRENCY });

const CUR = String.raw`(?:[A-Za-z]{1,3}\$|[$€£¥₹₩]|[A-Za-z]{3})`;
const SIGN = String.raw`[-+\u2212]`;
/**
 * ( sign currency ( sign number exponent ) currency )
 * Groups: 1 open, 2 sign, 3 currency, 4 open, 5 sign, 6 number, 7 exponent, 8 close, 9 currency, 10 close.
 */
const AMOUNT_RE = new RegExp(
  String.raw`^(\()?\s*(${SIGN})?\s*(${CUR})?\s*(\()?\s*(${SIGN})?\s*` +
    String.raw`(\d(?:[\d.,'’\s]*\d)?|[.,]\d+)([eE][-+]?\d+)?` +
    String.raw`\s*(\))?\s*(${CUR})?\s*(\))?$`,
);
/** The mantissa of '1.2E+06' or, from a decimal-comma locale, '1,2E+06'. */
const MANTISSA = /^\d+(?:[.,]\d+)?$/;
/** Longer text is not an amount (and never reaches the regex, so it cannot be slow). */
const MAX_LENGTH = 64;

export type DecimalSeparator = '.' | ',';

export function parseAmount(cell: Cell, decimal: DecimalSeparator | null = null): AmountResult {
  if (cell === null) return EMPTY;
  if (typeof cell === 'number') return fromNumber(cell, null);
  if (typeof cell === 'boolean') return BAD;
  if (decimal !== ',') {
    // '1.234' is left to the full parser, which reads it with the column's separator.
    const fast = plainNumber(cell);
    if (fast === fast) return fromNumber(fast, null); // not NaN
  }
  const text = cell.trim();
  if (isEmptyText(text)) return EMPTY;
  return fromText(text, decimal);
}

function fromNumber(value: number, currency: string | null): AmountResult {
  if (!Number.isFinite(value)) return BAD;
  if (Math.abs(value) >= AMOUNT_LIMIT) return TOO_LARGE;
  return { ok: true, value: value === 0 ? 0 : value, currency };
}

/**
 * Fast path for the common case, '12500', '-12500' or '12500.75' with nothing around:
 * the number, or NaN when the text needs the full parser.
 */
function plainNumber(text: string): number {
  const n = text.length;
  if (n === 0 || n > 16) return NaN;
  let i = text.charCodeAt(0) === 0x2d ? 1 : 0;
  const start = i;
  let dot = -1;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) continue;
    if (c === 0x2e && dot < 0) {
      dot = i;
      continue;
    }
    return NaN;
  }
  if (dot < 0) return start < n ? Number(text) : NaN;
  const intLen = dot - start;
  const fracLen = n - dot - 1;
  if (intLen === 0 || fracLen === 0) return NaN;
  // '1.234' groups thousands: leave it to the full parser.
  if (fracLen === 3 && intLen <= 3 && text.charCodeAt(start) !== 0x30) return NaN;
  return Number(text);
}

function fromText(text: string, decimal: DecimalSeparator | null): AmountResult {
  if (text.length > MAX_LENGTH) return BAD;
  const m = AMOUNT_RE.exec(text);
  if (m === null) return BAD;
  const open1 = m[1];
  const sign1 = m[2];
  const cur1 = m[3];
  const open2 = m[4];
  const sign2 = m[5];
  const body = m[6]!;
  const exponent = m[7];
  const close1 = m[8];
  const cur2 = m[9];
  const close2 = m[10];
  const opens = (open1 ? 1 : 0) + (open2 ? 1 : 0);
  const closes = (close1 ? 1 : 0) + (close2 ? 1 : 0);
  const signs = (sign1 ? 1 : 0) + (sign2 ? 1 : 0);
  if (opens !== closes || opens > 1 || signs > 1 || (opens === 1 && signs === 1)) return BAD;

  let currency: string | null = null;
  if (cur1 !== undefined || cur2 !== undefined) {
    const a = cur1 === undefined ? null : currencyCode(cur1);
    const b = cur2 === undefined ? null : currencyCode(cur2);
    if ((cur1 !== undefined && a === null) || (cur2 !== undefined && b === null)) return BAD_CURRENCY;
    if (a !== null && b !== null && a !== b) {
      // '$1,200 CAD': the code says which dollar is meant.
      if (cur1 === '$') currency = b;
      else if (cur2 === '$') currency = a;
      else return BAD_CURRENCY;
    } else {
      currency = a ?? b;
    }
  }

  let value: number;
  if (exponent !== undefined) {
    if (!MANTISSA.test(body)) return BAD;
    value = Number(body.replace(',', '.') + exponent);
    if (!Number.isFinite(value)) return TOO_LARGE;
  } else {
    // An amount written with its own currency ('$1,200', '1.500 €') follows that currency's own
    // writing, not the column's: columns mixing currencies mix conventions.
    value = numberBody(body, currency === null ? decimal : null);
    if (value !== value) return BAD;
  }
  const sign = sign1 ?? sign2;
  const negative = opens === 1 || sign === '-' || sign === '\u2212';
  return fromNumber(negative ? -value : value, currency);
}

const POWERS_OF_TEN = Array.from({ length: 23 }, (_, i) => 10 ** i);
const EXACT_LIMIT = 2 ** 53;

/** Digits with separators -> number, NaN when the separators make no sense. One pass to
 * classify the separators, one to read digits and check the groups; no strings made. */
function numberBody(body: string, decimal: DecimalSeparator | null): number {
  const n = body.length;
  let dots = 0;
  let commas = 0;
  let spaces = 0;
  let lastDot = -1;
  let lastComma = -1;
  for (let i = 0; i < n; i++) {
    const c = body.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) continue;
    if (c === 0x2e) {
      dots++;
      lastDot = i;
    } else if (c === 0x2c) {
      commas++;
      lastComma = i;
    } else if (isGroupingSpace(c)) {
      spaces++;
    } else {
      return NaN;
    }
  }

  // Decide which separator (if any) is the decimal and which kind groups thousands.
  let decimalAt = -1;
  let thousands = NONE;
  if (dots > 0 && commas > 0) {
    if (spaces > 0) return NaN;
    if (decimal !== null && (lastDot > lastComma ? '.' : ',') !== decimal) return NaN;
    if (lastDot > lastComma) {
      if (dots > 1) return NaN;
      decimalAt = lastDot;
      thousands = COMMA;
    } else {
      if (commas > 1) return NaN;
      decimalAt = lastComma;
      thousands = DOT;
    }
  } else if (dots > 0 || commas > 0) {
    const count = dots + commas;
    const at = dots > 0 ? lastDot : lastComma;
    if (spaces > 0) {
      if (count > 1) return NaN;
      decimalAt = at;
      thousands = SPACE;
    } else if (count > 1) {
      if (decimal !== null && (dots > 0 ? '.' : ',') === decimal) return NaN;
      thousands = dots > 0 ? DOT : COMMA;
    } else if (decimal !== null) {
      if ((dots > 0 ? '.' : ',') === decimal) decimalAt = at;
      else thousands = dots > 0 ? DOT : COMMA;
    } else if (n - at - 1 === 3 && at >= 1 && at <= 3 && body.charCodeAt(0) !== 0x30) {
      thousands = dots > 0 ? DOT : COMMA; // '1,234', '1.234'
    } else {
      decimalAt = at;
    }
  } else if (spaces > 0) {
    thousands = SPACE;
  }

  // Read the digits into one integer mantissa, checking thousands groups on the way.
  const intEnd = decimalAt >= 0 ? decimalAt : n;
  let mantissa = 0;
  let groupLength = 0;
  let groups = 0;
  let firstGroup = 0;
  let middleGroup = -1;
  for (let i = 0; i < intEnd; i++) {
    const c = body.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) {
      mantissa = mantissa * 10 + (c - 0x30);
      groupLength++;
      continue;
    }
    if (separatorKind(c) !== thousands || groupLength === 0) return NaN;
    if (groups === 0) firstGroup = groupLength;
    else if (middleGroup < 0) middleGroup = groupLength;
    else if (groupLength !== middleGroup) return NaN;
    groups++;
    groupLength = 0;
  }
  if (groups > 0) {
    // '1,234,567' (first 1-3 digits, then threes) or Indian '12,34,567' (1-2, twos, a final three).
    if (groupLength !== 3) return NaN;
    if (middleGroup === 2 ? firstGroup > 2 : middleGroup > 3 || middleGroup === 1 || firstGroup > 3) return NaN;
  }
  let fractionLength = 0;
  if (decimalAt >= 0) {
    for (let i = decimalAt + 1; i < n; i++) {
      const c = body.charCodeAt(i);
      if (c < 0x30 || c > 0x39) return NaN;
      mantissa = mantissa * 10 + (c - 0x30);
      fractionLength++;
    }
    if (fractionLength === 0) return NaN;
  }
  // An integer mantissa below 2^53 divided by an exact power of ten is correctly rounded,
  // the same double Number() gives for the written decimal. Otherwise let Number() do it.
  if (mantissa < EXACT_LIMIT && fractionLength < POWERS_OF_TEN.length) {
    return fractionLength === 0 ? mantissa : mantissa / POWERS_OF_TEN[fractionLength]!;
  }
  let digits = '';
  for (let i = 0; i < n; i++) {
    const c = body.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) digits += body.charAt(i);
    else if (i === decimalAt) digits += '.';
  }
  return Number(digits);
}

const NONE = 0;
const DOT = 1;
const COMMA = 2;
const SPACE = 3;

function separatorKind(c: number): number {
  return c === 0x2e ? DOT : c === 0x2c ? COMMA : isGroupingSpace(c) ? SPACE : NONE;
}

/** Space, no-break space, narrow no-break space, thin space, apostrophe, right single quote. */
function isGroupingSpace(c: number): boolean {
  return c === 0x20 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x27 || c === 0x2019;
}
