/**
 * The usual pace through a whole quarter, day by day: for each day of the period, the share of a
 * quarter's bookings normally closed by that day (the mean over the same past quarters as
 * pacing.ts, with the same rule for a scope's own history), next to the period's own bookings to
 * date by close date. At the as-of date's day the share is the one pacing.ts reports, and the
 * bookings equal closed won to date (won deals dated after the as-of date inside the period count
 * on that day, as they do in closed won).
 */
import { fsum } from 'd3';
import { dayOfPeriod, fiscalCalendar, periodLength } from '../model/fiscalCalendar.ts';
import { addDays } from '../model/isoDate.ts';
import type { FiscalPeriod, IsoDate, Model } from '../model/types.ts';
import { dashboardPeriods } from './dashboardPeriods.ts';
import { dealAsOf } from './dealAsOf.ts';
import { inScope, type Scope } from './scopes.ts';

export interface PacingCurvePoint {
  /** 1-based day of the period. */
  day: number;
  date: IsoDate;
  /** Usual share of a quarter's bookings closed by this day; null when no past quarter had bookings. */
  expectedShare: number | null;
  /** The period's cumulative bookings by this day; null after the as-of date. */
  bookings: number | null;
}

export interface PacingCurve {
  /** The past quarters looked at, newest first. */
  quarters: string[];
  /** Whose history the shares come from: the scope's own (two quarters with bookings or more; any for the company), else the company's. */
  source: 'scope' | 'company' | null;
  /** Past quarters with bookings behind the shares. */
  quartersWithBookings: number;
  /** Day of the period of the as-of date, clamped to the period. */
  today: number;
  points: PacingCurvePoint[];
}

export interface PacingCurveOptions {
  asOf: IsoDate;
  /** Default: the company (every deal). */
  scope?: Scope;
  /** Past quarters to look back at (default 4, as pacing.ts). */
  count?: number;
}

export function pacingCurve(model: Model, period: FiscalPeriod, options: PacingCurveOptions): PacingCurve {
  const { asOf } = options;
  const scope = options.scope ?? null;
  const count = options.count ?? 4;
  const cal = fiscalCalendar({ startMonth: model.fiscalYearStartMonth, naming: model.fiscalYearNaming });
  const length = periodLength(period);
  const today = Math.max(0, Math.min(dayOfPeriod(asOf, period), length));
  const closed = new Set(dashboardPeriods(model, { asOf }).closed.map((q) => q.key));
  const quarters: FiscalPeriod[] = [];
  for (let j = 1; j <= count; j += 1) {
    const q = cal.shift(period, -j);
    if (closed.has(q.key)) quarters.push(q);
  }

  // Won amounts by day of their quarter: per past quarter for the company and the scope, and for the period itself.
  const company = quarters.map(() => [] as { day: number; amount: number }[]);
  const own = quarters.map(() => [] as { day: number; amount: number }[]);
  const current: { day: number; amount: number }[] = [];
  for (const deal of model.deals) {
    const view = dealAsOf(deal, asOf, model.asOf);
    if (view === null || view.status !== 'won' || view.amount === null || view.closeDate === null) continue;
    const close = view.closeDate;
    const mine = scope === null || inScope(deal, scope);
    if (mine && close >= period.start && close <= period.end) {
      current.push({ day: Math.min(dayOfPeriod(close, period), Math.max(today, 1)), amount: view.amount });
    }
    quarters.forEach((q, k) => {
      if (close < q.start || close > q.end) return;
      const entry = { day: dayOfPeriod(close, q), amount: view.amount! };
      company[k]!.push(entry);
      if (mine) own[k]!.push(entry);
    });
  }

  const curves = (byQuarter: { day: number; amount: number }[][]) =>
    byQuarter
      .map((entries, k) => ({ entries, length: periodLength(quarters[k]!), total: fsum(entries, (e) => e.amount) }))
      .filter((q) => q.total > 0);
  const ownCurves = curves(own);
  const companyCurves = curves(company);
  const useOwn = scope === null || scope.level === 'company' ? ownCurves.length >= 1 : ownCurves.length >= 2;
  const used = useOwn ? ownCurves : companyCurves;
  const source = used.length === 0 ? null : useOwn && scope !== null && scope.level !== 'company' ? 'scope' : 'company';

  const points: PacingCurvePoint[] = [];
  for (let day = 1; day <= length; day += 1) {
    const shares = used.map((q) => {
      // The same day index in the past quarter, clamped to its length (as pacing.ts).
      const cutoff = Math.min(day, q.length);
      return fsum(q.entries.filter((e) => e.day <= cutoff), (e) => e.amount) / q.total;
    });
    points.push({
      day,
      date: addDays(period.start, day - 1),
      expectedShare: shares.length === 0 ? null : fsum(shares) / shares.length,
      bookings: day > today ? null : fsum(current.filter((e) => e.day <= day), (e) => e.amount),
    });
  }
  return { quarters: quarters.map((q) => q.key), source, quartersWithBookings: used.length, today, points };
}
