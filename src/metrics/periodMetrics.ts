/**
 * The core numbers of one scope in one period: bookings, quota and attainment, win rates,
 * deal size, sales cycle, pipeline created, open pipeline and coverage, linearity and velocity.
 * Deals count by their state as of `options.asOf` (default the model's as-of date): their final
 * status, amount and close date. Deals without an amount count in the deal counts but not in any
 * amount; the result says how many.
 */
import { fsum, median } from 'd3';
import { fiscalCalendar } from '../model/fiscalCalendar.ts';
import { addDays, daysBetween, maxDate, minDate, monthStart, yearMonth } from '../model/isoDate.ts';
import type { IsoDate, Model } from '../model/types.ts';
import { dealAsOf, type DealView } from './dealAsOf.ts';
import { periodInfo, type PeriodLike, type PeriodSummary } from './periodInfo.ts';
import { quotaFor, type QuotaSource } from './quotaFor.ts';
import { ratio } from './ratio.ts';
import { inScope, type Scope } from './scopes.ts';

export interface PeriodMetricsOptions {
  /** Default: the model's as-of date. */
  asOf?: IsoDate;
}

export interface PeriodMetrics {
  scope: string;
  period: PeriodSummary;
  asOf: IsoDate;
  /** Sum of amounts of won deals with a close date in the period. */
  bookings: number;
  quota: number | null;
  quotaSource: QuotaSource;
  /** bookings / quota; null without a (non-zero) quota. */
  attainment: number | null;
  wonCount: number;
  lostCount: number;
  wonValue: number;
  lostValue: number;
  /** won / (won + lost) by count, among deals closed in the period; null when none closed. */
  winRateByCount: number | null;
  /** won value / (won + lost value); null when the closed deals have no amounts. */
  winRateByValue: number | null;
  averageWonSize: number | null;
  /** Median days from created to close date of the won deals (those with both dates); null when none. */
  medianCycleDays: number | null;
  /** Sum of amounts of deals created in the period (any status); null when the exports have no created dates at all. */
  pipelineCreated: number | null;
  pipelineCreatedCount: number | null;
  /** Open deals (as of the as-of date) with a close date in the period. */
  openPipeline: number;
  openCount: number;
  /** quota - bookings, never below 0; null without quota. */
  quotaRemaining: number | null;
  /** openPipeline / quotaRemaining; null without quota or when nothing remains. */
  coverage: number | null;
  /** 1 / trailingWinRateByValue; null when the trailing win rate is unknown or 0. */
  coverageTarget: number | null;
  /** Win rate by value over the four fiscal quarters before the period's first quarter. */
  trailingWinRateByValue: number | null;
  trailingWindow: { start: IsoDate; end: IsoDate };
  linearity: {
    /** Share of bookings closed in the period's last calendar month; null when no bookings. */
    lastMonthShare: number | null;
    /** Share of bookings closed in the period's last 14 days; null when no bookings. */
    last14DaysShare: number | null;
  };
  /**
   * Sales velocity per day = open deals × win rate by count × average won size / median cycle
   * days; open deals are those open at the earlier of the period end and the as-of date (any
   * close date). null when any part is unknown or the cycle is 0 days.
   */
  velocity: {
    perDay: number | null;
    openDeals: number;
    openOn: IsoDate;
  };
  /** Deals counted above (created, won, lost or open in the period) that have no amount: in the counts, not in the sums. A deal created and closed in the period counts twice. */
  missingAmountCount: number;
}

export function periodMetrics(model: Model, scope: Scope, period: PeriodLike, options: PeriodMetricsOptions = {}): PeriodMetrics {
  const asOf = options.asOf ?? model.asOf;
  const cal = fiscalCalendar({ startMonth: model.fiscalYearStartMonth, naming: model.fiscalYearNaming });
  const firstQuarter = cal.periodOf(period.start, 'quarter');
  const trailingWindow = { start: cal.shift(firstQuarter, -4).start, end: cal.shift(firstQuarter, -1).end };
  const lastMonthStart = maxDate(period.start, monthStartOf(period.end));
  const last14Start = maxDate(period.start, addDays(period.end, -13));
  const openOn = minDate(period.end, asOf);

  const won: number[] = [];
  const lost: number[] = [];
  let wonCount = 0;
  let lostCount = 0;
  const cycles: number[] = [];
  const created: number[] = [];
  let createdCount = 0;
  const open: number[] = [];
  let openCount = 0;
  const lastMonth: number[] = [];
  const last14: number[] = [];
  const trailingWon: number[] = [];
  const trailingLost: number[] = [];
  let openDeals = 0;
  let missingAmount = 0;

  for (const deal of model.deals) {
    if (!inScope(deal, scope)) continue;
    const view = dealAsOf(deal, asOf, model.asOf);
    if (deal.createdDate !== null && inRange(deal.createdDate, period)) {
      createdCount += 1;
      const amount = view?.amount ?? deal.amount;
      if (amount !== null) created.push(amount);
      else missingAmount += 1;
    }
    if (view !== null) {
      const amount = view.amount;
      const closedHere = view.closeDate !== null && inRange(view.closeDate, period);
      if (closedHere && view.status === 'won') {
        wonCount += 1;
        if (amount === null) missingAmount += 1;
        else {
          won.push(amount);
          if (view.closeDate! >= lastMonthStart) lastMonth.push(amount);
          if (view.closeDate! >= last14Start) last14.push(amount);
        }
        if (deal.createdDate !== null && deal.createdDate <= view.closeDate!) cycles.push(daysBetween(deal.createdDate, view.closeDate!));
      } else if (closedHere && view.status === 'lost') {
        lostCount += 1;
        if (amount === null) missingAmount += 1;
        else lost.push(amount);
      } else if (closedHere && view.status === 'open') {
        openCount += 1;
        if (amount === null) missingAmount += 1;
        else open.push(amount);
      }
      if (view.status !== 'open' && amount !== null && view.closeDate !== null && inRange(view.closeDate, trailingWindow)) {
        (view.status === 'won' ? trailingWon : trailingLost).push(amount);
      }
    }
    if (isOpen(openOn === asOf ? view : dealAsOf(deal, openOn, model.asOf))) openDeals += 1;
  }

  const bookings = fsum(won);
  const wonValue = bookings;
  const lostValue = fsum(lost);
  const quota = quotaFor(model, scope, period);
  const quotaAmount = quota.amount;
  const quotaRemaining = quotaAmount === null ? null : Math.max(0, quotaAmount - bookings);
  const openPipeline = fsum(open);
  const winRateByCount = ratio(wonCount, wonCount + lostCount);
  const averageWonSize = won.length > 0 ? bookings / won.length : null;
  const medianCycleDays = median(cycles) ?? null;
  const trailingWinRateByValue = ratio(fsum(trailingWon), fsum(trailingWon) + fsum(trailingLost));
  const velocity =
    winRateByCount === null || averageWonSize === null || medianCycleDays === null || medianCycleDays === 0
      ? null
      : (openDeals * winRateByCount * averageWonSize) / medianCycleDays;

  return {
    scope: scope.key,
    period: periodInfo(period),
    asOf,
    bookings,
    quota: quotaAmount,
    quotaSource: quota.source,
    attainment: quotaAmount === null ? null : ratio(bookings, quotaAmount),
    wonCount,
    lostCount,
    wonValue,
    lostValue,
    winRateByCount,
    winRateByValue: ratio(wonValue, wonValue + lostValue),
    averageWonSize,
    medianCycleDays,
    pipelineCreated: model.columnsPresent.createdDate ? fsum(created) : null,
    pipelineCreatedCount: model.columnsPresent.createdDate ? createdCount : null,
    openPipeline,
    openCount,
    quotaRemaining,
    coverage: quotaRemaining === null ? null : ratio(openPipeline, quotaRemaining),
    coverageTarget: trailingWinRateByValue === null ? null : ratio(1, trailingWinRateByValue),
    trailingWinRateByValue,
    trailingWindow,
    linearity: {
      lastMonthShare: won.length === 0 || bookings === 0 ? null : fsum(lastMonth) / bookings,
      last14DaysShare: won.length === 0 || bookings === 0 ? null : fsum(last14) / bookings,
    },
    velocity: { perDay: velocity, openDeals, openOn },
    missingAmountCount: missingAmount,
  };
}

function isOpen(view: DealView | null): boolean {
  return view !== null && view.status === 'open';
}

function inRange(date: IsoDate, range: { start: IsoDate; end: IsoDate }): boolean {
  return date >= range.start && date <= range.end;
}

function monthStartOf(date: IsoDate): IsoDate {
  const { year, month } = yearMonth(date);
  return monthStart(year, month);
}
