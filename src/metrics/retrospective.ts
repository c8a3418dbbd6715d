/**
 * The review of one closed fiscal quarter, company-wide: bookings against quota and against the
 * forecast at the start, middle and last week; where the pipeline went; slipped deals; top wins
 * and largest losses; linearity; comparison with the previous quarter and the same quarter a
 * year earlier; and the rep leaderboard.
 */
import { fiscalCalendar } from '../model/fiscalCalendar.ts';
import type { FiscalPeriod, IsoDate, Model } from '../model/types.ts';
import type { StageConfig } from '../schema/configSchema.ts';
import { dashboardPeriods } from './dashboardPeriods.ts';
import { periodMetrics, type PeriodMetrics } from './periodMetrics.ts';
import type { QuotaSource } from './quotaFor.ts';
import { repPeriods, type RepPeriodRow } from './repPeriods.ts';
import { repTrendsRanks } from './repTrendsRanks.ts';
import { retrospectiveComparison, type QuarterComparison, type QuarterFigures } from './retrospectiveComparison.ts';
import { retrospectiveDeals, type ClosedDealLine, type LossReason } from './retrospectiveDeals.ts';
import { retrospectiveForecast, type RetrospectiveForecastPoint } from './retrospectiveForecast.ts';
import { retrospectiveWaterfall, type Waterfall, type WaterfallDeal } from './retrospectiveWaterfall.ts';
import type { Scope } from './scopes.ts';
import type { WinProbabilityTable } from './winProbability.ts';

export type { QuarterComparison, ComparedValue, QuarterFigures } from './retrospectiveComparison.ts';
export type { ClosedDealLine, LossReason } from './retrospectiveDeals.ts';
export type { RetrospectiveForecastPoint, ForecastPointName } from './retrospectiveForecast.ts';
export type { Waterfall, WaterfallDeal, WaterfallEntry, WaterfallExit } from './retrospectiveWaterfall.ts';

export interface LeaderboardRow {
  /** 1 = highest attainment (ties: bookings, then name); null for reps without a quota, listed last by bookings, then name. */
  rank: number | null;
  rep: string;
  team: string | null;
  quota: number | null;
  bookings: number;
  attainment: number | null;
  wonCount: number;
}

export interface RetrospectiveResult {
  quarter: { key: string; label: string; start: IsoDate; end: IsoDate };
  bookings: number;
  quota: number | null;
  quotaSource: QuotaSource;
  attainment: number | null;
  wonCount: number;
  lostCount: number;
  winRateCount: number | null;
  winRateValue: number | null;
  avgWonSize: number | null;
  medianCycleDays: number | null;
  /** The forecast at the quarter's start, middle and last week. */
  forecast: RetrospectiveForecastPoint[];
  waterfall: Waterfall;
  /** Deals that were due in the quarter and ended it with a later close date; largest first. */
  slipped: WaterfallDeal[];
  topWins: ClosedDealLine[];
  largestLosses: ClosedDealLine[];
  lossReasons: LossReason[];
  /** Shares of the quarter's bookings closed in its last month and its last 14 days; null without bookings. */
  linearity: { lastMonthShare: number | null; last14DaysShare: number | null };
  comparisons: { previousQuarter: QuarterComparison; yearEarlier: QuarterComparison };
  leaderboard: LeaderboardRow[];
}

export interface RetrospectiveOptions {
  /** Default the model's as-of date. The quarter must have ended by then (on it at the latest). */
  asOf?: IsoDate;
  /** config.stages: the stage ladder for the forecast's default categories and probabilities. */
  stages?: StageConfig[];
  /** config.forecast.minHistory (default 20). */
  minHistory?: number;
  /** How many top wins and largest losses to list (default 5). */
  top?: number;
  /** The rep table when already computed (saves recomputing it per quarter). */
  rows?: readonly RepPeriodRow[];
  /** The learned win-probability table when already computed. */
  winTable?: WinProbabilityTable;
}

const COMPANY: Scope = { level: 'company', name: 'company', key: 'company', team: null, region: null };

export function retrospective(model: Model, quarter: FiscalPeriod, options: RetrospectiveOptions = {}): RetrospectiveResult {
  const asOf = options.asOf ?? model.asOf;
  if (quarter.end > asOf) throw new RangeError(`quarter not closed: ${quarter.key}`);
  const calendar = fiscalCalendar({ startMonth: model.fiscalYearStartMonth, naming: model.fiscalYearNaming });
  const dataStart = dashboardPeriods(model, { asOf }).quarters[0]?.start ?? quarter.start;
  const own = periodMetrics(model, COMPANY, quarter, { asOf });
  const otherFigures = (period: FiscalPeriod) => ({
    period,
    figures: period.start >= dataStart ? figures(periodMetrics(model, COMPANY, period, { asOf })) : null,
  });

  const { waterfall, deals } = retrospectiveWaterfall(model.deals, quarter);
  const slipped = deals
    .filter((d) => d.exit === 'pushed out')
    .sort((a, b) => b.exitAmount - a.exitAmount || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const notable = retrospectiveDeals(model.deals, quarter, { top: options.top ?? 5 });

  const rows = (options.rows ?? repPeriods(model, { asOf, quarters: [quarter] })).filter((r) => r.period === quarter.key);
  const rowByRep = new Map(rows.map((r) => [r.rep, r]));
  const leaderboard = repTrendsRanks(rows).map((rank): LeaderboardRow => {
    const row = rowByRep.get(rank.rep)!;
    return {
      rank: rank.company?.rank ?? null,
      rep: row.rep,
      team: row.team,
      quota: row.quota,
      bookings: row.bookings,
      attainment: row.attainment,
      wonCount: row.won_count,
    };
  });

  return {
    quarter: { key: quarter.key, label: quarter.label, start: quarter.start, end: quarter.end },
    bookings: own.bookings,
    quota: own.quota,
    quotaSource: own.quotaSource,
    attainment: own.attainment,
    wonCount: own.wonCount,
    lostCount: own.lostCount,
    winRateCount: own.winRateByCount,
    winRateValue: own.winRateByValue,
    avgWonSize: own.averageWonSize,
    medianCycleDays: own.medianCycleDays,
    forecast: retrospectiveForecast(model, quarter, {
      asOf,
      stages: options.stages,
      minHistory: options.minHistory,
      winTable: options.winTable,
    }),
    waterfall,
    slipped,
    topWins: notable.topWins,
    largestLosses: notable.largestLosses,
    lossReasons: notable.lossReasons,
    linearity: own.linearity,
    comparisons: {
      previousQuarter: retrospectiveComparison(figures(own), otherFigures(calendar.shift(quarter, -1))),
      yearEarlier: retrospectiveComparison(figures(own), otherFigures(calendar.shift(quarter, -4))),
    },
    leaderboard,
  };
}

function figures(m: PeriodMetrics): QuarterFigures {
  return {
    bookings: m.bookings,
    attainment: m.attainment,
    winRateCount: m.winRateByCount,
    winRateValue: m.winRateByValue,
    wonCount: m.wonCount,
    avgWonSize: m.averageWonSize,
  };
}
