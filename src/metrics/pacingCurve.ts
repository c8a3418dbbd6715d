/**
 * The usual pace through a whole quarter, day by day: for each day of the period, the share of a
 * quarter's bookings normally closed by that day (the rule of pastQuarterPace.ts, which pacing.ts
 * applies at one day), next to the period's own bookings to
 * date by close date. At the as-of date's day the share is the one pacing.ts reports, and the
 * bookings equal closed won to date (won deals dated after the as-of date inside the period count
 * on that day, as they do in closed won).
 */
import { fsum } from 'd3';
import { dayOfPeriod, periodLength } from '../model/fiscalCalendar.ts';
import { addDays } from '../model/isoDate.ts';
import type { FiscalPeriod, IsoDate, Model } from '../model/types.ts';
import { dealAsOf } from './dealAsOf.ts';
import { addWin, emptyQuarterWins, ownHistoryEnough, paceQuarters, quartersWithBookings, usualShare } from './pastQuarterPace.ts';
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
  const isCompany = scope === null || scope.level === 'company';
  const length = periodLength(period);
  const today = Math.max(0, Math.min(dayOfPeriod(asOf, period), length));
  const quarters = paceQuarters(model, period, options);

  // Won amounts by day of their quarter: per past quarter for the company and the scope, and for the period itself.
  const company = emptyQuarterWins(quarters);
  const own = emptyQuarterWins(quarters);
  const current: { day: number; amount: number }[] = [];
  for (const deal of model.deals) {
    const view = dealAsOf(deal, asOf, model.asOf);
    if (view === null || view.status !== 'won' || view.amount === null || view.closeDate === null) continue;
    const close = view.closeDate;
    const mine = scope === null || inScope(deal, scope);
    if (mine && close >= period.start && close <= period.end) {
      current.push({ day: Math.min(dayOfPeriod(close, period), Math.max(today, 1)), amount: view.amount });
    }
    addWin(company, quarters, close, view.amount);
    if (mine) addWin(own, quarters, close, view.amount);
  }

  const useOwn = ownHistoryEnough(isCompany, quartersWithBookings(own));
  const used = useOwn ? own : company;
  const usedCount = quartersWithBookings(used);
  const source = usedCount === 0 ? null : useOwn && !isCompany ? 'scope' : 'company';

  const points: PacingCurvePoint[] = [];
  for (let day = 1; day <= length; day += 1) {
    points.push({
      day,
      date: addDays(period.start, day - 1),
      expectedShare: usualShare(used, day),
      bookings: day > today ? null : fsum(current.filter((e) => e.day <= day), (e) => e.amount),
    });
  }
  return { quarters: quarters.map((q) => q.key), source, quartersWithBookings: usedCount, today, points };
}
