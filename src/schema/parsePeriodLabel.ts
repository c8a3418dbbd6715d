/**
 * A quota period label -> PeriodRef, or null when the text is not a period.
 *
 *   'Q1 FY27', 'FY27 Q1', 'FY2027 Q1', 'FY2027-Q1'     fiscal quarter 1 of fiscal year 2027
 *   'H1 FY2027', 'FY27 H2'                             fiscal half
 *   'FY2027', 'FY27'                                   fiscal year
 *   'CY2026 Q3', 'Q3 CY2026'                           calendar quarter
 *   'Jan 2026', 'January 2026', '2026-01', '01/2026'   month
 *   '2026-Q3', 'Q3 2026', 'H1 2026'                    see below
 *
 * Convention: a quarter or half written with a year but without 'FY' or 'CY' ('2026-Q3',
 * 'Q3 2026') is a FISCAL quarter (half) of fiscal year 2026. Quota sheets are planned in fiscal
 * periods; with a January fiscal start the two readings agree, and otherwise the user writes
 * 'CY' for a calendar quarter. Two-digit years only follow 'FY' or 'CY' (27 -> 2027).
 *
 * Options: `bareYear` lets '2026' mean fiscal year 2026 and `dates` lets an ISO date
 * mean "the fiscal quarter containing it" (long-form period cells; never wide headers).
 */
import type { PeriodRef } from './types.ts';

export interface PeriodLabelOptions {
  bareYear?: boolean;
  dates?: boolean;
}

const MONTHS = new Map<string, number>([
  ['JAN', 1], ['JANUARY', 1], ['FEB', 2], ['FEBRUARY', 2], ['MAR', 3], ['MARCH', 3],
  ['APR', 4], ['APRIL', 4], ['MAY', 5], ['JUN', 6], ['JUNE', 6], ['JUL', 7], ['JULY', 7],
  ['AUG', 8], ['AUGUST', 8], ['SEP', 9], ['SEPT', 9], ['SEPTEMBER', 9], ['OCT', 10], ['OCTOBER', 10],
  ['NOV', 11], ['NOVEMBER', 11], ['DEC', 12], ['DECEMBER', 12],
]);

const ALLOWED = /^[A-Z0-9\s\-_/.,']+$/;
const TOKEN = /FY|CY|Q[1-4]|H[12]|\d{4}|\d{1,2}|[A-Z]+/g;
const YEAR_MONTH = /^(\d{4})[-/.](\d{1,2})$/;
const MONTH_YEAR = /^(\d{1,2})[-/.](\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parsePeriodLabel(label: string, options: PeriodLabelOptions = {}): PeriodRef | null {
  const text = label.trim().toUpperCase();
  if (text === '' || text.length > 40 || !ALLOWED.test(text)) return null;

  const iso = ISO_DATE.exec(text);
  if (iso) {
    if (!options.dates || !isCalendarDate(+iso[1]!, +iso[2]!, +iso[3]!)) return null;
    return { kind: 'date', date: text, granularity: 'quarter' };
  }
  const ym = YEAR_MONTH.exec(text) ?? swap(MONTH_YEAR.exec(text));
  if (ym) {
    const year = +ym[1]!;
    const month = +ym[2]!;
    return plausibleYear(year) && month >= 1 && month <= 12 ? { kind: 'month', year, month } : null;
  }
  if (/^\d{4}$/.test(text)) {
    const year = +text;
    return options.bareYear && plausibleYear(year) ? { kind: 'fiscalYear', fiscalYear: year } : null;
  }

  let fy = false;
  let cy = false;
  let year: number | null = null;
  let quarter: 1 | 2 | 3 | 4 | null = null;
  let half: 1 | 2 | null = null;
  let month: number | null = null;
  let afterPrefix = false;
  for (const token of text.match(TOKEN) ?? []) {
    const wasAfterPrefix = afterPrefix;
    afterPrefix = false;
    if (token === 'FY' || token === 'CY') {
      if (fy || cy) return null;
      if (token === 'FY') fy = true;
      else cy = true;
      afterPrefix = true;
    } else if (/^Q[1-4]$/.test(token)) {
      if (quarter !== null) return null;
      quarter = +token[1]! as 1 | 2 | 3 | 4;
    } else if (/^H[12]$/.test(token)) {
      if (half !== null) return null;
      half = +token[1]! as 1 | 2;
    } else if (/^\d{4}$/.test(token)) {
      if (year !== null) return null;
      year = +token;
    } else if (/^\d{1,2}$/.test(token)) {
      if (year !== null || !wasAfterPrefix || token.length !== 2) return null;
      year = 2000 + +token;
    } else {
      const m = MONTHS.get(token);
      if (m === undefined || month !== null) return null;
      month = m;
    }
  }
  if (year === null || !plausibleYear(year)) return null;
  if (month !== null) {
    return quarter === null && half === null && !fy && !cy ? { kind: 'month', year, month } : null;
  }
  if (quarter !== null && half !== null) return null;
  if (quarter !== null) {
    return cy ? { kind: 'calendarQuarter', year, quarter } : { kind: 'fiscalQuarter', fiscalYear: year, quarter };
  }
  if (cy) return null;
  if (half !== null) return { kind: 'fiscalHalf', fiscalYear: year, half };
  return fy ? { kind: 'fiscalYear', fiscalYear: year } : null;
}

function swap(m: RegExpExecArray | null): [string, string, string] | null {
  return m ? [m[0], m[2]!, m[1]!] : null;
}

function plausibleYear(year: number): boolean {
  return year >= 1900 && year <= 2199;
}

function isCalendarDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= days[m - 1]!;
}
