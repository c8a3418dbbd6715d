/**
 * Shapes shared by the pipeline-risk flags: a flag, the outcome of one check on one deal, and
 * the context every check reads (computed once per run).
 */
import type { Thresholds } from '../../schema/configSchema.ts';
import type { FiscalCalendar } from '../../model/fiscalCalendar.ts';
import type { Deal, FiscalPeriod, IsoDate, Model } from '../../model/types.ts';
import type { StageLadder } from './stageLadder.ts';
import type { StageBaseline } from './stageBaselines.ts';
import type { StageCloseRates } from './stageCloseRates.ts';
import type { RemainingQuota } from './remainingQuota.ts';

export type RiskFlagCode =
  | 'past-due'
  | 'pushed'
  | 'stale'
  | 'stuck'
  | 'amount-cut'
  | 'unlikely-to-close'
  | 'commit-risk'
  | 'concentration'
  | 'missing-amount'
  | 'missing-close-date'
  | 'missing-next-step';

/** Every flag, in the order they are checked and listed. */
export const RISK_FLAG_CODES: readonly RiskFlagCode[] = [
  'past-due',
  'pushed',
  'stale',
  'stuck',
  'amount-cut',
  'unlikely-to-close',
  'commit-risk',
  'concentration',
  'missing-amount',
  'missing-close-date',
  'missing-next-step',
];

export type RiskSeverity = 'high' | 'medium' | 'low';

/** Evidence values: numbers, dates and names behind the sentence (JSON-serialisable). */
export type RiskValues = { [name: string]: number | string | boolean | null };

export interface RiskFlag {
  code: RiskFlagCode;
  severity: RiskSeverity;
  /** Why this is a risk, in plain language, with the threshold that applies. */
  reason: string;
  /** What the data shows, with the real numbers and dates. */
  evidence: string;
  values: RiskValues;
}

/** A check that could not be made for one deal, and why. */
export interface NotEvaluated {
  code: RiskFlagCode;
  reason: string;
}

/** The outcome of one check on one deal: a flag, "could not tell" (with why), or nothing. */
export type FlagOutcome = { flag: RiskFlag } | { unknown: string } | null;

export interface RiskContext {
  model: Model;
  asOf: IsoDate;
  thresholds: Thresholds;
  calendar: FiscalCalendar;
  /** The fiscal quarter containing the as-of date. */
  quarter: FiscalPeriod;
  /** Days left in the quarter after the as-of date (0 on its last day). */
  daysLeft: number;
  ladder: StageLadder;
  /** Won deals' time in each open stage, by stage key. */
  baselines: Map<string, StageBaseline>;
  closeRates: StageCloseRates;
  /** Remaining quota this quarter, by rep name. */
  remainingQuota: Map<string, RemainingQuota>;
  currency: string;
}

export type FlagCheck = (deal: Deal, context: RiskContext) => FlagOutcome;

export function raise(
  code: RiskFlagCode,
  severity: RiskSeverity,
  reason: string,
  evidence: string,
  values: RiskValues,
): FlagOutcome {
  return { flag: { code, severity, reason, evidence, values } };
}
