import { describe, expect, it } from 'vitest';
import { dayFromIso, endOfMonth, isoFromDay, mdyFromDay, nextWeekday, toWeekday, weekday } from '../../../scripts/sample/dates.ts';
import { fiscalQuarter, quartersBetween } from '../../../scripts/sample/fiscalQuarter.ts';

const day = dayFromIso;

describe('dates', () => {
  it('dayFromIso counts days from 1970-01-01', () => {
    expect(day('1970-01-01')).toBe(0);
    expect(day('1970-02-01')).toBe(31);
    expect(isoFromDay(day('2024-02-29'))).toBe('2024-02-29');
  });
  it('mdyFromDay writes M/D/YYYY without zero padding', () => {
    expect(mdyFromDay(day('2026-09-06'))).toBe('9/6/2026');
    expect(mdyFromDay(day('2026-12-31'))).toBe('12/31/2026');
  });
  it('weekday: 2026-05-06 and 2026-09-16 are Wednesdays, 2024-08-01 a Thursday', () => {
    expect(weekday(day('2026-05-06'))).toBe(3);
    expect(weekday(day('2026-09-16'))).toBe(3);
    expect(weekday(day('2024-08-01'))).toBe(4);
  });
  it('endOfMonth handles leap years', () => {
    expect(isoFromDay(endOfMonth(day('2024-02-10')))).toBe('2024-02-29');
    expect(isoFromDay(endOfMonth(day('2026-12-01')))).toBe('2026-12-31');
  });
  it('toWeekday moves weekends back to Friday, nextWeekday forward to Monday', () => {
    expect(isoFromDay(toWeekday(day('2026-10-31')))).toBe('2026-10-30'); // Saturday
    expect(isoFromDay(toWeekday(day('2026-11-01')))).toBe('2026-10-30'); // Sunday
    expect(isoFromDay(nextWeekday(day('2026-10-31')))).toBe('2026-11-02');
    expect(isoFromDay(nextWeekday(day('2026-10-28')))).toBe('2026-10-28');
  });
});

describe('fiscalQuarter (fiscal year from February, named by its end year)', () => {
  it('2026-09-16 is in FY2027 Q3, 2026-08-01 .. 2026-10-31', () => {
    const q = fiscalQuarter(day('2026-09-16'));
    expect(q.label).toBe('FY2027 Q3');
    expect(isoFromDay(q.start)).toBe('2026-08-01');
    expect(isoFromDay(q.end)).toBe('2026-10-31');
  });
  it('January belongs to Q4 of the fiscal year ending that January', () => {
    const q = fiscalQuarter(day('2027-01-31'));
    expect(q.label).toBe('FY2027 Q4');
    expect(isoFromDay(q.start)).toBe('2026-11-01');
    expect(isoFromDay(q.end)).toBe('2027-01-31');
    expect(fiscalQuarter(day('2026-01-31')).label).toBe('FY2026 Q4');
    expect(fiscalQuarter(day('2026-02-01')).label).toBe('FY2027 Q1');
  });
  it('quartersBetween lists the ten quota quarters FY2025 Q3 .. FY2027 Q4', () => {
    expect(quartersBetween(day('2024-08-01'), day('2027-01-31')).map((q) => q.label)).toEqual([
      'FY2025 Q3', 'FY2025 Q4', 'FY2026 Q1', 'FY2026 Q2', 'FY2026 Q3', 'FY2026 Q4',
      'FY2027 Q1', 'FY2027 Q2', 'FY2027 Q3', 'FY2027 Q4',
    ]);
  });
});
