/**
 * Pacing: the share of a quarter's bookings normally closed by this day of the quarter. For each
 * of the (up to) four most recent closed quarters, the share of its bookings with a close date on
 * or before the same day index (day 1 = the quarter's first day; clamped to the quarter's length);
 * the expected share is the mean over those quarters that had bookings. A scope uses its own
 * quarters when at least two had bookings, else the company's.
 */
import { fsum } from 'd3';
import { dayOfPeriod, fiscalCalendar, periodLength } from '../model/fiscalCalendar.ts';
import { addDays } from '../model/isoDate.ts';
import type { FiscalPeriod, IsoDate, Model } from '../model/types.ts';
import { dashboardPeriods } from './dashboardPeriods.ts';
import { dealAsOf } from './dealAsOf.ts';
import type { ScopeIndex } from './scopeIndex.ts';

export interface PacingCurve {
  /** Day of the quarter of the as-of date (1-based). */
  day: number;
  /** The past quarters used, newest first. */
  quarters: string[];
  /** Per scope (scope index order): expected share of the quarter's bookings by this day; null when unknown. */
  shares: Array<number | null>;
  /** Per scope: whose history the share comes from. */
  sources: Array<'scope' | 'company' | null>;
  /** Per scope: how many of the quarters had bookings. */
  quartersWithBookings: number[];
}

export function pacing(model: Model, period: FiscalPeriod, options: { asOf: IsoDate; index: ScopeIndex; count?: number }): PacingCurve {
  const { asOf, index } = options;
  const count = options.count ?? 4;
  const cal = fiscalCalendar({ startMonth: model.fiscalYearStartMonth, naming: model.fiscalYearNaming });
  const day = Math.max(1, Math.min(dayOfPeriod(asOf, period), periodLength(period)));
  const closed = new Set(dashboardPeriods(model, { asOf }).closed.map((q) => q.key));
  const quarters: FiscalPeriod[] = [];
  for (let j = 1; j <= count; j += 1) {
    const q = cal.shift(period, -j);
    if (closed.has(q.key)) quarters.push(q);
  }
  const n = index.scopes.length;
  const totals = quarters.map(() => Array.from({ length: n }, () => [] as number[]));
  const early = quarters.map(() => Array.from({ length: n }, () => [] as number[]));
  const cutoffs = quarters.map((q) => addDays(q.start, Math.min(day, periodLength(q)) - 1));
  for (const deal of model.deals) {
    const final = dealAsOf(deal, asOf, model.asOf);
    if (final === null || final.status !== 'won' || final.amount === null || final.closeDate === null) continue;
    quarters.forEach((q, k) => {
      const close = final.closeDate!;
      if (close < q.start || close > q.end) return;
      for (const s of index.of(deal)) {
        totals[k]![s]!.push(final.amount!);
        if (close <= cutoffs[k]!) early[k]![s]!.push(final.amount!);
      }
    });
  }
  const own = Array.from({ length: n }, (_, s) => {
    const shares: number[] = [];
    quarters.forEach((_, k) => {
      const total = fsum(totals[k]![s]!);
      if (total > 0) shares.push(fsum(early[k]![s]!) / total);
    });
    return { share: shares.length === 0 ? null : fsum(shares) / shares.length, used: shares.length };
  });
  const company = own[0]!;
  return {
    day,
    quarters: quarters.map((q) => q.key),
    shares: own.map((o, s) => (o.used >= 2 || (s === 0 && o.used >= 1) ? o.share : company.share)),
    sources: own.map((o, s) => (o.used >= 2 || (s === 0 && o.used >= 1) ? (s === 0 ? 'company' : 'scope') : company.share === null ? null : 'company')),
    quartersWithBookings: own.map((o) => o.used),
  };
}
