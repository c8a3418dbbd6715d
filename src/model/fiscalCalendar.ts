/**
 * The fiscal calendar: fiscal months, quarters, halves and years for a fiscal year that starts
 * in any month, named by the calendar year it ends in (default, like Salesforce) or starts in.
 * Pure: every date is an ISO calendar date and all arithmetic is in UTC day numbers.
 */
import type { IsoDate, PeriodRef } from '../schema/types.ts';
import type { FiscalPeriod, PeriodGranularity } from './types.ts';
import { addDays, daysBetween, monthLabel, monthStart, yearMonth } from './isoDate.ts';

export interface FiscalCalendarOptions {
  /** 1 = January. */
  startMonth: number;
  naming: 'end' | 'start';
}

/** A date range that a quota (or any period reference) covers. */
export interface ResolvedPeriod {
  start: IsoDate;
  end: IsoDate;
  granularity: PeriodGranularity;
  label: string;
}

const MONTHS_IN: Record<PeriodGranularity, number> = { month: 1, quarter: 3, half: 6, year: 12 };
const COUNT_IN_YEAR: Record<PeriodGranularity, number> = { month: 12, quarter: 4, half: 2, year: 1 };

export interface FiscalCalendar {
  readonly startMonth: number;
  readonly naming: 'end' | 'start';
  /** The fiscal year name (e.g. 2027 for FY2027) of a date. */
  fiscalYearOf(date: IsoDate): number;
  /** The period of the given granularity that contains the date. */
  periodOf(date: IsoDate, granularity: PeriodGranularity): FiscalPeriod;
  /** A period by fiscal year name and 1-based index (quarter 1..4, month 1..12, half 1..2, year 1). */
  period(granularity: PeriodGranularity, fiscalYear: number, index: number): FiscalPeriod;
  /** The period `steps` periods after `period` (negative: before). */
  shift(period: FiscalPeriod, steps: number): FiscalPeriod;
  /** Every period of the granularity that overlaps [start, end], in order. */
  periodsBetween(start: IsoDate, end: IsoDate, granularity: PeriodGranularity): FiscalPeriod[];
  /** The dates a period reference from a quota file covers. */
  resolve(ref: PeriodRef): ResolvedPeriod;
}

export function fiscalCalendar(options: FiscalCalendarOptions): FiscalCalendar {
  const { startMonth, naming } = options;
  if (!Number.isInteger(startMonth) || startMonth < 1 || startMonth > 12) {
    throw new RangeError(`invalid fiscal year start month: ${startMonth}`);
  }
  // The calendar year in which the fiscal year named `fy` starts.
  const startYearOf = (fy: number): number =>
    naming === 'start' || startMonth === 1 ? fy : fy - 1;
  const nameOf = (startYear: number): number =>
    naming === 'start' || startMonth === 1 ? startYear : startYear + 1;

  // Fiscal month offset (0..11) and fiscal-year start year of a date.
  const position = (date: IsoDate): { startYear: number; offset: number } => {
    const { year, month } = yearMonth(date);
    const startYear = month >= startMonth ? year : year - 1;
    return { startYear, offset: (month - startMonth + 12) % 12 };
  };

  const period = (granularity: PeriodGranularity, fiscalYear: number, index: number): FiscalPeriod => {
    const count = COUNT_IN_YEAR[granularity];
    if (!Number.isInteger(index) || index < 1 || index > count) {
      throw new RangeError(`invalid ${granularity} index: ${index}`);
    }
    const len = MONTHS_IN[granularity];
    const startYear = startYearOf(fiscalYear);
    const firstMonth = startMonth + (index - 1) * len;
    const start = monthStart(startYear, firstMonth);
    const end = addDays(monthStart(startYear, firstMonth + len), -1);
    const fy = `FY${fiscalYear}`;
    let label: string;
    let key: string;
    switch (granularity) {
      case 'year':
        label = fy;
        key = fy;
        break;
      case 'half':
        label = `${fy} H${index}`;
        key = `${fy}-H${index}`;
        break;
      case 'quarter':
        label = `${fy} Q${index}`;
        key = `${fy}-Q${index}`;
        break;
      case 'month': {
        const { year, month } = yearMonth(start);
        label = monthLabel(year, month);
        key = `${fy}-M${String(index).padStart(2, '0')}`;
        break;
      }
    }
    return { granularity, fiscalYear, index, start, end, label, key };
  };

  const periodOf = (date: IsoDate, granularity: PeriodGranularity): FiscalPeriod => {
    const { startYear, offset } = position(date);
    return period(granularity, nameOf(startYear), Math.floor(offset / MONTHS_IN[granularity]) + 1);
  };

  const shift = (p: FiscalPeriod, steps: number): FiscalPeriod => {
    const count = COUNT_IN_YEAR[p.granularity];
    const flat = p.fiscalYear * count + (p.index - 1) + steps;
    const fiscalYear = Math.floor(flat / count);
    return period(p.granularity, fiscalYear, flat - fiscalYear * count + 1);
  };

  const periodsBetween = (start: IsoDate, end: IsoDate, granularity: PeriodGranularity): FiscalPeriod[] => {
    const out: FiscalPeriod[] = [];
    if (end < start) return out;
    for (let p = periodOf(start, granularity); p.start <= end; p = shift(p, 1)) out.push(p);
    return out;
  };

  const resolve = (ref: PeriodRef): ResolvedPeriod => {
    switch (ref.kind) {
      case 'fiscalYear':
        return strip(period('year', ref.fiscalYear, 1));
      case 'fiscalHalf':
        return strip(period('half', ref.fiscalYear, ref.half));
      case 'fiscalQuarter':
        return strip(period('quarter', ref.fiscalYear, ref.quarter));
      case 'calendarQuarter': {
        const first = (ref.quarter - 1) * 3 + 1;
        return {
          start: monthStart(ref.year, first),
          end: addDays(monthStart(ref.year, first + 3), -1),
          granularity: 'quarter',
          label: `${ref.year} Q${ref.quarter} (calendar)`,
        };
      }
      case 'month':
        return {
          start: monthStart(ref.year, ref.month),
          end: addDays(monthStart(ref.year, ref.month + 1), -1),
          granularity: 'month',
          label: monthLabel(ref.year, ref.month),
        };
      case 'date':
        return strip(periodOf(ref.date, ref.granularity));
    }
  };

  return {
    startMonth,
    naming,
    fiscalYearOf: (date) => nameOf(position(date).startYear),
    periodOf,
    period,
    shift,
    periodsBetween,
    resolve,
  };
}

function strip(p: FiscalPeriod): ResolvedPeriod {
  return { start: p.start, end: p.end, granularity: p.granularity, label: p.label };
}

/** 1-based day of the period (1 on its first day). */
export function dayOfPeriod(date: IsoDate, period: { start: IsoDate }): number {
  return daysBetween(period.start, date) + 1;
}

/** 1-based week of the period (days 1-7 are week 1). */
export function weekOfPeriod(date: IsoDate, period: { start: IsoDate }): number {
  return Math.floor((dayOfPeriod(date, period) - 1) / 7) + 1;
}

/** Days left after `date` up to and including the period's last day (0 on the last day). */
export function daysRemaining(date: IsoDate, period: { end: IsoDate }): number {
  return Math.max(0, daysBetween(date, period.end));
}

/** Number of days in the period. */
export function periodLength(period: { start: IsoDate; end: IsoDate }): number {
  return daysBetween(period.start, period.end) + 1;
}

/** True when the date falls inside the period (inclusive). */
export function inPeriod(date: IsoDate | null, period: { start: IsoDate; end: IsoDate }): boolean {
  return date !== null && date >= period.start && date <= period.end;
}

