import { describe, expect, it } from 'vitest';
import {
  daysRemaining,
  dayOfPeriod,
  fiscalCalendar,
  periodLength,
  weekOfPeriod,
} from '../../src/model/fiscalCalendar.ts';

describe('fiscalCalendar with a calendar fiscal year (January start)', () => {
  const cal = fiscalCalendar({ startMonth: 1, naming: 'end' });

  it('periodOf(quarter) gives calendar quarters named by the calendar year', () => {
    expect(cal.periodOf('2026-03-31', 'quarter')).toMatchObject({ key: 'FY2026-Q1', start: '2026-01-01', end: '2026-03-31' });
    expect(cal.periodOf('2026-04-01', 'quarter')).toMatchObject({ key: 'FY2026-Q2', start: '2026-04-01', end: '2026-06-30' });
    expect(cal.periodOf('2026-12-31', 'quarter')).toMatchObject({ label: 'FY2026 Q4', end: '2026-12-31' });
  });

  it('start naming is the same as end naming when the year starts in January', () => {
    const start = fiscalCalendar({ startMonth: 1, naming: 'start' });
    expect(start.fiscalYearOf('2026-06-15')).toBe(2026);
  });

  it('leap years: Q1 2024 has 91 days, Q1 2026 has 90, February 2024 ends on the 29th', () => {
    expect(periodLength(cal.periodOf('2024-02-10', 'quarter'))).toBe(31 + 29 + 31);
    expect(periodLength(cal.periodOf('2026-02-10', 'quarter'))).toBe(31 + 28 + 31);
    expect(cal.periodOf('2024-02-10', 'month')).toMatchObject({ end: '2024-02-29', label: 'Feb 2024', key: 'FY2024-M02' });
  });
});

describe('fiscalCalendar with a February start, named by the year it ends in', () => {
  const cal = fiscalCalendar({ startMonth: 2, naming: 'end' });

  it('FY2027 runs from 2026-02-01 to 2027-01-31', () => {
    expect(cal.period('year', 2027, 1)).toMatchObject({ start: '2026-02-01', end: '2027-01-31', label: 'FY2027' });
    expect(cal.fiscalYearOf('2026-01-31')).toBe(2026);
    expect(cal.fiscalYearOf('2026-02-01')).toBe(2027);
    expect(cal.fiscalYearOf('2027-01-31')).toBe(2027);
  });

  it('quarter boundaries: Q1 Feb-Apr, Q3 Aug-Oct, Q4 Nov-Jan across the calendar year', () => {
    expect(cal.periodOf('2026-04-30', 'quarter')).toMatchObject({ key: 'FY2027-Q1', start: '2026-02-01', end: '2026-04-30' });
    expect(cal.periodOf('2026-05-01', 'quarter')).toMatchObject({ key: 'FY2027-Q2' });
    expect(cal.periodOf('2026-09-16', 'quarter')).toMatchObject({ key: 'FY2027-Q3', start: '2026-08-01', end: '2026-10-31' });
    expect(cal.periodOf('2027-01-15', 'quarter')).toMatchObject({ key: 'FY2027-Q4', start: '2026-11-01', end: '2027-01-31' });
    expect(cal.periodOf('2027-02-01', 'quarter')).toMatchObject({ key: 'FY2028-Q1' });
  });

  it('Q1 of a fiscal year that contains a leap day has 89 days (Feb 29 + Mar 31 + Apr 30 = 90)', () => {
    // FY2025 Q1 = 2024-02-01 .. 2024-04-30: 29 + 31 + 30 = 90 days.
    expect(periodLength(cal.period('quarter', 2025, 1))).toBe(90);
    // FY2027 Q1 = 2026-02-01 .. 2026-04-30: 28 + 31 + 30 = 89 days.
    expect(periodLength(cal.period('quarter', 2027, 1))).toBe(89);
  });

  it('fiscal months and halves', () => {
    expect(cal.periodOf('2026-02-14', 'month')).toMatchObject({ key: 'FY2027-M01', label: 'Feb 2026' });
    expect(cal.periodOf('2027-01-14', 'month')).toMatchObject({ key: 'FY2027-M12', label: 'Jan 2027' });
    expect(cal.periodOf('2026-07-31', 'half')).toMatchObject({ key: 'FY2027-H1', start: '2026-02-01', end: '2026-07-31' });
    expect(cal.periodOf('2026-08-01', 'half')).toMatchObject({ key: 'FY2027-H2', end: '2027-01-31' });
  });

  it('shift moves across fiscal years', () => {
    const q4 = cal.period('quarter', 2027, 4);
    expect(cal.shift(q4, 1)).toMatchObject({ key: 'FY2028-Q1', start: '2027-02-01' });
    expect(cal.shift(q4, -4)).toMatchObject({ key: 'FY2026-Q4', start: '2025-11-01' });
    expect(cal.shift(cal.period('quarter', 2027, 1), -1)).toMatchObject({ key: 'FY2026-Q4', end: '2026-01-31' });
  });

  it('periodsBetween lists every overlapping quarter', () => {
    expect(cal.periodsBetween('2026-01-15', '2026-08-01', 'quarter').map((p) => p.key)).toEqual([
      'FY2026-Q4',
      'FY2027-Q1',
      'FY2027-Q2',
      'FY2027-Q3',
    ]);
    expect(cal.periodsBetween('2026-05-01', '2026-04-30', 'quarter')).toEqual([]);
  });

  it('day, week and days remaining in a quarter', () => {
    const q3 = cal.period('quarter', 2027, 3); // 2026-08-01 .. 2026-10-31, 92 days
    expect(dayOfPeriod('2026-08-01', q3)).toBe(1);
    expect(dayOfPeriod('2026-09-16', q3)).toBe(31 + 16);
    expect(weekOfPeriod('2026-08-07', q3)).toBe(1);
    expect(weekOfPeriod('2026-08-08', q3)).toBe(2);
    // Sep 17..30 is 14 days, then all 31 days of October.
    expect(daysRemaining('2026-09-16', q3)).toBe(14 + 31);
    expect(daysRemaining('2026-10-31', q3)).toBe(0);
    expect(periodLength(q3)).toBe(92);
  });

  it('resolve turns quota period references into date ranges', () => {
    expect(cal.resolve({ kind: 'fiscalQuarter', fiscalYear: 2027, quarter: 1 })).toMatchObject({ start: '2026-02-01', end: '2026-04-30', granularity: 'quarter' });
    expect(cal.resolve({ kind: 'calendarQuarter', year: 2026, quarter: 1 })).toMatchObject({ start: '2026-01-01', end: '2026-03-31' });
    expect(cal.resolve({ kind: 'month', year: 2024, month: 2 })).toMatchObject({ start: '2024-02-01', end: '2024-02-29', granularity: 'month' });
    expect(cal.resolve({ kind: 'date', date: '2026-03-15', granularity: 'quarter' })).toMatchObject({ label: 'FY2027 Q1' });
    expect(cal.resolve({ kind: 'fiscalHalf', fiscalYear: 2027, half: 2 })).toMatchObject({ start: '2026-08-01', end: '2027-01-31' });
  });
});

describe('fiscalCalendar with an October start, named by the year it starts in', () => {
  const cal = fiscalCalendar({ startMonth: 10, naming: 'start' });

  it('FY2026 runs from 2026-10-01 to 2027-09-30', () => {
    expect(cal.fiscalYearOf('2026-10-01')).toBe(2026);
    expect(cal.fiscalYearOf('2026-09-30')).toBe(2025);
    expect(cal.period('quarter', 2026, 2)).toMatchObject({ start: '2027-01-01', end: '2027-03-31' });
  });

  it('December start: FY named by its end year covers Dec..Nov', () => {
    const dec = fiscalCalendar({ startMonth: 12, naming: 'end' });
    expect(dec.periodOf('2026-12-01', 'quarter')).toMatchObject({ key: 'FY2027-Q1', start: '2026-12-01', end: '2027-02-28' });
    expect(dec.periodOf('2028-02-29', 'quarter')).toMatchObject({ key: 'FY2028-Q1', end: '2028-02-29' });
  });

  it('rejects an invalid start month', () => {
    expect(() => fiscalCalendar({ startMonth: 13, naming: 'end' })).toThrow('invalid fiscal year start month: 13');
  });
});
