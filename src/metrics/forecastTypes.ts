/**
 * The shapes of the forecast result (forecast.json).
 */
import type { IsoDate } from '../model/types.ts';
import type { StageConfig } from '../schema/configSchema.ts';
import type { StageLookup } from '../schema/stages.ts';
import type { OpenCategory } from './dealCategory.ts';
import type { ProbabilitySource, RatePrior } from './dealProbability.ts';
import type { FORECAST_METHODS } from './forecastMethods.ts';
import type { PeriodSummary } from './periodInfo.ts';
import type { QuotaSource } from './quotaFor.ts';
import type { ScopeLevel } from './scopes.ts';
import type { HistogramBin } from './trialHistogram.ts';

export type { HistogramBin } from './trialHistogram.ts';

export interface ForecastOptions {
  companyName: string;
  /** Default: the model's as-of date. */
  asOf?: IsoDate;
  /** config.forecast: trials, seed, minHistory (defaults as in the config schema). */
  forecast?: { trials?: number; seed?: number; minHistory?: number; priorStrength?: number; commonFactor?: number | 'auto' };
  /** config.stages: the stage ladder for default probabilities and categories. */
  stages?: StageConfig[];
  /** Overrides `stages`. */
  stageLookup?: StageLookup;
}

export interface AmountCount {
  amount: number;
  count: number;
}

export interface ScopeForecast {
  scope: string;
  level: ScopeLevel;
  name: string;
  quota: number | null;
  quotaSource: QuotaSource;
  /** Won deals with a close date in the period. */
  closedWon: AmountCount;
  /** Open deals with a close date in the period, by forecast category (each deal in exactly one). */
  open: Record<OpenCategory, AmountCount> & { total: AmountCount };
  /** Cumulative roll-ups: commit = closed won + open Commit; bestCase = commit + open Best Case; pipeline = bestCase + open Pipeline. Omitted is never included. */
  rollup: { commit: number; bestCase: number; pipeline: number };
  weighted: {
    /** Σ open amount × win probability. */
    open: number;
    /** closed won + weighted open. */
    total: number;
    /** Open deals by where their probability came from. */
    sources: Record<ProbabilitySource, number>;
  };
  /** Mean scaled run-rate over the past analogues (the simulation draws one per trial). */
  runRate: number;
  simulation: {
    p10: number;
    p50: number;
    p90: number;
    mean: number;
    /** Share of trials at or above quota; null without quota. */
    probabilityOfQuota: number | null;
  };
  /** Current quarter only (null for the next quarter). */
  pacing: Pacing | null;
  /** Current quarter only: the weighted forecast made on the same day of each of the last four closed quarters against what closed. */
  trackRecord: TrackRecord | null;
  /** Open or won deals in the period without an amount (not in any amount). */
  missingAmountCount: number;
}

export interface PeriodForecast {
  kind: 'current' | 'next';
  period: PeriodSummary;
  /** Day of the period of the as-of date (0 for the next quarter). */
  day: number;
  length: number;
  daysLeft: number;
  runRate: { samples: Array<{ period: string; point: IsoDate; daysLeft: number; scale: number }> };
  pacingQuarters: string[];
  /** The company's simulated period-end totals in bins of a round width (trialHistogram.ts). */
  histogram: HistogramBin[];
  scopes: ScopeForecast[];
}

export interface ForecastDeal {
  id: string;
  name: string;
  owner: string;
  stage: string | null;
  amount: number | null;
  closeDate: IsoDate;
  period: string;
  category: OpenCategory;
  categorySource: 'crm' | 'stage default' | 'assumed pipeline';
  probability: number;
  probabilitySource: ProbabilitySource;
  /** For 'history': matched on stage, or on stage and days-in-stage bucket. */
  probabilityBasis: 'stage and days in stage' | 'stage' | null;
  trials: number | null;
  wins: number | null;
  /** For 'history': the 10th-90th percentile interval of the learned rate. */
  interval: [number, number] | null;
  /** For 'history': the Beta prior the counts were pulled toward. */
  prior: RatePrior | null;
  /** Chance of slipping out of the period still open (counted in the next quarter when it is then won). */
  slip: number;
  /** The CRM probability of the export, 0..1 (null when not given). */
  crmProbability: number | null;
  daysInStage: number | null;
  /** amount × probability (0 without amount). */
  weighted: number;
}

export interface Forecast {
  asOf: IsoDate;
  currency: string;
  settings: { trials: number; seed: number; minHistory: number; priorStrength: number; commonFactor: number | 'auto' };
  /** The common factor of each period (current, next): its spread σ on the log-odds scale and what it was calibrated on. */
  commonFactor: CommonFactorFit[];
  methods: typeof FORECAST_METHODS;
  periods: PeriodForecast[];
  /** Open deals closing in the current or next quarter, by period, then id. */
  deals: ForecastDeal[];
  /** What the learned probabilities rest on: trials and wins per stage and days-in-stage bucket. */
  learned: {
    quarters: string[];
    stages: LearnedStage[];
  };
}

export interface Pacing {
  bookingsToDate: number;
  /** Expected share of the quarter's bookings closed by this day. */
  expectedShare: number | null;
  shareSource: 'scope' | 'company' | null;
  /** expectedShare × quota; null without quota or share. */
  expectedByNow: number | null;
  /** bookingsToDate - expectedByNow. */
  difference: number | null;
  status: 'ahead' | 'behind' | null;
  /** bookingsToDate / expectedShare: where the quarter ends at the usual pace. */
  projected: number | null;
}

export interface TrackRecordQuarter {
  period: string;
  /** The forecast point used: the latest on or before the same day of that quarter. */
  date: IsoDate;
  /** Weighted forecast then. */
  expected: number;
  commit: number;
  actual: number;
  error: number;
  absolutePercentageError: number | null;
}

export interface TrackRecord {
  /** Newest first. */
  quarters: TrackRecordQuarter[];
  /** Mean of (forecast - actual): above 0 the forecast ran high. null without quarters. */
  meanSignedError: number | null;
  meanAbsolutePercentageError: number | null;
}

export interface LearnedCounts {
  trials: number;
  wins: number;
  slips: number;
  deals: number;
  dealWins: number;
  dealSlips: number;
  /** Won deals / deals, unshrunk; null without deals. */
  rawRate: number | null;
  /** Pulled toward the stage default (or all stages' rate) with the Beta prior. */
  rate: number;
  interval: [number, number];
  /** Slipped deals / deals, pulled toward all stages' slip share. */
  slipRate: number;
}

export interface LearnedStage extends LearnedCounts {
  stage: string;
  prior: RatePrior;
  buckets: Array<LearnedCounts & { bucket: string }>;
}

export interface CommonFactorFit {
  period: string;
  sigma: number;
  /** 'replay': from the spread of the past quarters' outcomes around their replayed forecasts; 'default': too few quarters to learn it. */
  source: 'replay' | 'default' | 'config';
  /** The closed quarters it was calibrated on (their keys). */
  quarters: string[];
}
