/**
 * The fiscal quarters the dashboard reports on: every quarter from the earliest deal date to the
 * current one (the quarter containing the as-of date), and the next quarter.
 */
import { fiscalCalendar } from '../model/fiscalCalendar.ts';
import type { FiscalPeriod, IsoDate, Model } from '../model/types.ts';

export interface DashboardPeriodsOptions {
  /** Default: the model's as-of date. */
  asOf?: IsoDate;
  /** At most this many quarters back from the current one (a mistyped year such as 0202 would otherwise add centuries). Default 40. */
  maxQuarters?: number;
}

export interface DashboardPeriods {
  /** The quarter containing the as-of date. */
  current: FiscalPeriod;
  next: FiscalPeriod;
  /** Every quarter from the one holding the earliest deal date (created or close date, not after the as-of date) to the current one, oldest first. */
  quarters: FiscalPeriod[];
  /** Quarters in `quarters` that ended before the as-of date, oldest first. */
  closed: FiscalPeriod[];
  /** True when earlier deal dates were left out by maxQuarters. */
  truncated: boolean;
}

export function dashboardPeriods(model: Model, options: DashboardPeriodsOptions = {}): DashboardPeriods {
  const asOf = options.asOf ?? model.asOf;
  const maxQuarters = Math.max(1, options.maxQuarters ?? 40);
  const cal = fiscalCalendar({ startMonth: model.fiscalYearStartMonth, naming: model.fiscalYearNaming });
  const current = cal.periodOf(asOf, 'quarter');
  let earliest = asOf;
  for (const deal of model.deals) {
    if (deal.createdDate !== null && deal.createdDate < earliest) earliest = deal.createdDate;
    if (deal.closeDate !== null && deal.closeDate < earliest) earliest = deal.closeDate;
  }
  const limit = cal.shift(current, -(maxQuarters - 1));
  const truncated = earliest < limit.start;
  const quarters = cal.periodsBetween(truncated ? limit.start : earliest, current.end, 'quarter');
  return {
    current,
    next: cal.shift(current, 1),
    quarters,
    closed: quarters.filter((q) => q.end < asOf),
    truncated,
  };
}
