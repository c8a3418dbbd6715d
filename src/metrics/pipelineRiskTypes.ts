/**
 * What pipelineRisk returns: plain JSON data (the build writes it to risk.json).
 */
import type { Thresholds } from '../schema/configSchema.ts';
import type { ForecastCategory, IsoDate } from '../model/types.ts';
import type { PeriodSummary } from './periodInfo.ts';
import type { NotEvaluated, RiskFlag, RiskFlagCode, RiskSeverity } from './riskFlags/types.ts';
import type { RiskLevel } from './riskLevel.ts';
import type { ScopeLevel } from './scopes.ts';

export type { RiskLevel } from './riskLevel.ts';

export type { NotEvaluated, RiskFlag, RiskFlagCode, RiskSeverity, RiskValues } from './riskFlags/types.ts';

/** Share of a deal's amount counted as "at risk" by its most severe flag. */
export const SEVERITY_WEIGHTS: Readonly<Record<RiskSeverity, number>> = { high: 1, medium: 0.5, low: 0.25 };

/** A flagged open deal. */
export interface RiskDeal {
  /** 1 = most amount at risk. */
  rank: number;
  id: string;
  name: string;
  account: string | null;
  owner: string;
  team: string | null;
  region: string | null;
  stage: string | null;
  amount: number | null;
  closeDate: IsoDate | null;
  forecastCategory: ForecastCategory | null;
  probability: number | null;
  /** The most severe of its flags. */
  severity: RiskSeverity;
  /** How much it needs a manager this week (riskLevel.ts): high, medium, low, or none (data-hygiene flags only). */
  riskLevel: RiskLevel;
  /** amount × SEVERITY_WEIGHTS[severity]; 0 without an amount. */
  amountAtRisk: number;
  flags: RiskFlag[];
  /** Checks that could not be made for this deal, and why. */
  notEvaluated: NotEvaluated[];
}

/** Flagged deals of one scope (company, region, team, rep). */
export interface RiskScopeSummary {
  key: string;
  level: ScopeLevel;
  name: string;
  /** Flagged deals in rank order. */
  dealIds: string[];
  flaggedDeals: number;
  /** Flagged deals by their most severe flag. */
  bySeverity: Record<RiskSeverity, number>;
  /** Deals raising each flag. */
  byFlag: Record<RiskFlagCode, number>;
  /** Sum of the flagged deals' amounts. */
  amount: number;
  amountAtRisk: number;
}

/** Whether a flag could be checked at all, and how often it was raised or could not be decided. */
export interface FlagAvailability {
  code: RiskFlagCode;
  available: boolean;
  /** Why the flag is unavailable; null when available. */
  reason: string | null;
  raised: number;
  notEvaluated: number;
  /** Why, for the deals it could not be decided on, most frequent first. */
  notEvaluatedReasons: { reason: string; deals: number }[];
}

export interface PipelineRiskResult {
  asOf: IsoDate;
  /** The fiscal quarter containing the as-of date. */
  quarter: PeriodSummary;
  daysLeftInQuarter: number;
  /** Open deals checked (open as of the as-of date, not disappeared from the latest snapshot). */
  openDeals: number;
  flaggedDeals: number;
  /** Open deals left out because they disappeared from the latest snapshot. */
  disappearedDeals: number;
  severityWeights: Record<RiskSeverity, number>;
  thresholds: Thresholds;
  /** Open deals by risk level (open deals without a flag count as none). */
  riskLevels: Record<RiskLevel, number>;
  /** Flagged deals, ranked: amount at risk, then severity, then number of flags, then id. */
  deals: RiskDeal[];
  /** Company first, then regions, teams, reps (as scopes()). */
  scopes: RiskScopeSummary[];
  flags: FlagAvailability[];
  /** The flags that could not be checked at all, and why. */
  unavailable: { code: RiskFlagCode; reason: string }[];
  method: {
    /** The risk level's amount thresholds (median and 75th percentile open deal), its cap on high, and deals the cap moved to medium. */
    riskLevel: { largeAmount: number | null; topAmount: number | null; highCap: number; cappedToMedium: number };
    /** Open stages in use, in ladder order (for "stage 2 of 6"). */
    openLadder: string[];
    /** Won deals' time in each stage. */
    stuckBaselines: { stage: string; wonDeals: number; percentile: number; percentileDays: number | null }[];
    /** Past close rates late in the quarter, by stage. */
    closeRates: {
      daysLeft: number;
      bucketDays: number;
      quarters: string[];
      stages: { stage: string; cases: number; won: number; share: number | null }[];
    };
  };
}
