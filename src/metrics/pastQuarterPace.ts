/**
 * The one pacing rule, shared by pacing.ts (the share at one day, for every scope) and
 * pacingCurve.ts (the share at every day, for one scope): look at the (up to) `count` most recent
 * closed quarters before the period; in each, the share of its bookings closed by the same day
 * index (day 1 = the quarter's first day, clamped to the quarter's length); the usual share is the
 * mean over the quarters that had bookings. A scope uses its own quarters when at least two had
 * bookings (the company: at least one), else the company's.
 */
import { fsum } from 'd3';
import { dayOfPeriod, fiscalCalendar, periodLength } from '../model/fiscalCalendar.ts';
import type { FiscalPeriod, IsoDate, Model } from '../model/types.ts';
import { dashboardPeriods } from './dashboardPeriods.ts';

/** Won amounts of one past quarter by their day of that quarter. */
export interface QuarterWins {
  length: number;
  days: number[];
  amounts: number[];
}

/** The past closed quarters the pace is taken from, newest first. */
export function paceQuarters(model: Model, period: FiscalPeriod, options: { asOf: IsoDate; count?: number }): FiscalPeriod[] {
  const cal = fiscalCalendar({ startMonth: model.fiscalYearStartMonth, naming: model.fiscalYearNaming });
  const closed = new Set(dashboardPeriods(model, { asOf: options.asOf }).closed.map((q) => q.key));
  const quarters: FiscalPeriod[] = [];
  for (let j = 1; j <= (options.count ?? 4); j += 1) {
    const q = cal.shift(period, -j);
    if (closed.has(q.key)) quarters.push(q);
  }
  return quarters;
}

/** Empty won lists, one per quarter, to be filled with `addWin`. */
export function emptyQuarterWins(quarters: readonly FiscalPeriod[]): QuarterWins[] {
  return quarters.map((q) => ({ length: periodLength(q), days: [], amounts: [] }));
}

/** Records a win closed on `close` in every quarter that holds it. */
export function addWin(wins: QuarterWins[], quarters: readonly FiscalPeriod[], close: IsoDate, amount: number): void {
  quarters.forEach((q, k) => {
    if (close < q.start || close > q.end) return;
    wins[k]!.days.push(dayOfPeriod(close, q));
    wins[k]!.amounts.push(amount);
  });
}

/** How many of the quarters had bookings. */
export function quartersWithBookings(wins: readonly QuarterWins[]): number {
  return wins.filter((q) => fsum(q.amounts) > 0).length;
}

/** Whether a scope's own history is enough (company: one quarter with bookings; any other scope: two). */
export function ownHistoryEnough(isCompany: boolean, withBookings: number): boolean {
  return withBookings >= (isCompany ? 1 : 2);
}

/** The usual share of a quarter's bookings closed by `day`; null when no quarter had bookings. */
export function usualShare(wins: readonly QuarterWins[], day: number): number | null {
  const shares: number[] = [];
  for (const q of wins) {
    const total = fsum(q.amounts);
    if (!(total > 0)) continue;
    const cutoff = Math.min(day, q.length);
    shares.push(fsum(q.amounts.filter((_, i) => q.days[i]! <= cutoff)) / total);
  }
  return shares.length === 0 ? null : fsum(shares) / shares.length;
}
