/**
 * The shapes of the replayed track record (forecast-backtest.json).
 */
import type { IsoDate } from '../model/types.ts';
import type { ReliabilityBin } from './forecastScores.ts';
import type { ScopeLevel } from './scopes.ts';

/** The point forecasts scored besides the simulated P50. */
export const BASELINES = ['weighted', 'crmWeighted', 'stageWeighted', 'commit', 'runRate'] as const;
export type Baseline = (typeof BASELINES)[number];
export type Method = 'p50' | Baseline;

export interface BacktestPoint {
  asOf: IsoDate;
  /** Day of the quarter (1 = its first day). */
  day: number;
  p10: number;
  p50: number;
  p90: number;
  probabilityOfQuota: number | null;
  /** Closed won + open deals × the learned win probability. */
  weighted: number;
  /** Closed won + open Commit. */
  commit: number;
  /** Commit (incl. closed) + open Best Case. */
  bestCase: number;
  /** True for a weekly point before the first snapshot: deal states reconstructed from created and close dates. */
  reconstructed: boolean;
  closedWon: number;
  quota: number | null;
  /** Closed won + open deals × their CRM probability (else the stage default). */
  crmWeighted: number;
  /** Closed won + open deals × the stage default probability. */
  stageWeighted: number;
  /** Closed won + what the last four closed quarters booked after the same day (their mean): the run-rate alone. */
  runRate: number;
  /** The common factor's σ used. */
  sigma: number;
  /** P10 <= actual <= P90. */
  covered: boolean;
  /** Absolute percentage error of each method against the actual (null when the actual is 0). */
  ape: Record<Method, number | null>;
  /** Pinball loss of P10, P50, P90 (reporting currency). */
  pinball: { p10: number; p50: number; p90: number };
}

export interface BacktestQuarter {
  period: string;
  label: string;
  start: IsoDate;
  end: IsoDate;
  /** Won bookings with a close date in the quarter, as of the as-of date. */
  actual: number;
  points: BacktestPoint[];
}

export interface BacktestSummary {
  points: number;
  quarters: number;
  /** Share of points whose P10-P90 held the actual; null without points. */
  coverage: number | null;
  /** Mean absolute percentage error per method. */
  mape: Record<Method, number | null>;
  /** Mean pinball loss as a share of the actual, per quantile. */
  pinball: { p10: number | null; p50: number | null; p90: number | null };
}

export interface BacktestWeek extends BacktestSummary {
  /** Week of the quarter: days 1-7 are week 1. */
  week: number;
}

export interface BacktestScope {
  scope: string;
  level: ScopeLevel;
  name: string;
  quarters: BacktestQuarter[];
  summary: BacktestSummary;
  byWeek: BacktestWeek[];
}

export interface DealCalibration {
  /** 'snapshots': deal states as observed; 'reconstructed': only reconstructed points were available. */
  basis: 'snapshots' | 'reconstructed' | 'none';
  /** Deal × point predictions scored. */
  predictions: number;
  brier: number | null;
  /** The same for the CRM probability (else stage default). */
  crmBrier: number | null;
  reliability: ReliabilityBin[];
  crmReliability: ReliabilityBin[];
}

export interface ForecastBacktest extends Omit<BacktestScope, 'level' | 'name'> {
  scope: 'company';
  asOf: IsoDate;
  currency: string;
  trials: number;
  seed: number;
  /** The company, regions and teams (the company again first). */
  scopes: BacktestScope[];
  deals: DealCalibration;
}
