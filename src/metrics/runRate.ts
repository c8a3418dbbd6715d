/**
 * Historical run-rate: bookings the pipeline does not hold yet, from deals that will be created
 * after the as-of date and won within the period. For each of the (up to) four most recent past
 * analogues that have closed (the period the same number of quarters after the quarter holding
 * the same day-of-quarter point in each earlier quarter), it sums the won amounts of deals created
 * after that point and closed after it within the analogue period, and scales the sum by the days
 * left now over the days left then.
 */
import { fsum } from 'd3';
import { dayOfPeriod, fiscalCalendar } from '../model/fiscalCalendar.ts';
import { addDays, daysBetween, maxDate, minDate } from '../model/isoDate.ts';
import type { FiscalPeriod, IsoDate, Model } from '../model/types.ts';
import { dashboardPeriods } from './dashboardPeriods.ts';
import { forecastDealAt } from './forecastDealAt.ts';
import type { ScopeIndex } from './scopeIndex.ts';

export interface RunRateSample {
  /** The past analogue period. */
  period: string;
  /** The point in the past quarter matching today's day of quarter. */
  point: IsoDate;
  /** Days after the point up to the analogue period's end (inside that period). */
  daysLeft: number;
  /** daysLeftNow / daysLeft. */
  scale: number;
  /** Scaled bookings per scope (scope index order). */
  values: number[];
}

export interface RunRate {
  /** Days after the as-of date up to the period's end (inside the period). */
  daysLeft: number;
  samples: RunRateSample[];
  /** Mean over the samples per scope; 0 when there are none. */
  mean: number[];
}

export function runRate(
  model: Model,
  period: FiscalPeriod,
  options: { asOf: IsoDate; index: ScopeIndex; count?: number },
): RunRate {
  const { asOf, index } = options;
  const count = options.count ?? 4;
  const cal = fiscalCalendar({ startMonth: model.fiscalYearStartMonth, naming: model.fiscalYearNaming });
  const current = cal.periodOf(asOf, 'quarter');
  const ahead = period.fiscalYear * 4 + period.index - (current.fiscalYear * 4 + current.index);
  const day = dayOfPeriod(asOf, current);
  const closedKeys = new Set(dashboardPeriods(model, { asOf }).closed.map((q) => q.key));
  const daysLeftIn = (point: IsoDate, p: FiscalPeriod) => Math.max(0, daysBetween(maxDate(point, addDays(p.start, -1)), p.end));
  const daysLeft = daysLeftIn(asOf, period);

  const analogues: Array<{ point: IsoDate; target: FiscalPeriod }> = [];
  for (let j = 1; analogues.length < count && j <= count + ahead; j += 1) {
    const quarter = cal.shift(current, -j);
    const target = cal.shift(quarter, ahead);
    if (!closedKeys.has(target.key)) continue;
    analogues.push({ point: minDate(addDays(quarter.start, day - 1), quarter.end), target });
  }

  const n = index.scopes.length;
  const sums = analogues.map(() => Array.from({ length: n }, () => [] as number[]));
  for (const deal of model.deals) {
    if (deal.createdDate === null) continue;
    const final = forecastDealAt(deal, asOf, model);
    if (final === null || final.status !== 'won' || final.amount === null || final.closeDate === null) continue;
    analogues.forEach((a, k) => {
      const close = final.closeDate!;
      if (deal.createdDate! > a.point && close > a.point && close >= a.target.start && close <= a.target.end) {
        for (const s of index.of(deal)) sums[k]![s]!.push(final.amount!);
      }
    });
  }

  const samples = analogues.map((a, k): RunRateSample => {
    const left = daysLeftIn(a.point, a.target);
    const scale = left === 0 ? 0 : daysLeft / left;
    return { period: a.target.key, point: a.point, daysLeft: left, scale, values: sums[k]!.map((v) => fsum(v) * scale) };
  });
  const mean = Array.from({ length: n }, (_, s) =>
    samples.length === 0 ? 0 : fsum(samples.map((x) => x.values[s]!)) / samples.length,
  );
  return { daysLeft, samples, mean };
}
