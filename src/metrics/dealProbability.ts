/**
 * The probability that an open deal is won within the period its close date is in, with the
 * source used:
 * 1. 'history': learned from past trials at the same stage (winProbability), at the same stage and
 *    days-in-stage bucket when that bucket has at least `minHistory` trials, else over the stage,
 *    and pulled toward a prior (a Beta prior of `priorStrength` deals whose mean is the deal's CRM
 *    probability, else the stage's default probability, else the rate over all stages), so small
 *    or lopsided counts never give 0% or 100%: rate = (won deals + k·m) / (deals + k). The prior
 *    mean is kept within 2%..95%. The interval is the posterior Beta's 10th to 90th percentile
 *    (normal approximation);
 * 2. 'crm': no trial at the stage: the deal's probability from the export, 0..1 (a value above 1
 *    is read as a percentage; a 0 on an open deal is taken as not filled in);
 * 3. 'stage default': the stage ladder's default probability (config `stages`, else the CRM's
 *    standard ladder);
 * 4. 'none': probability 0, and the deal is listed as such.
 */
import { normalizeKey } from '../schema/values/normalizeKey.ts';
import type { StageLookup } from '../schema/stages.ts';
import { daysBucket } from './winProbability.ts';
import { pooledCounts, type TrialCounts, type WinRates } from './winRates.ts';

export type ProbabilitySource = 'history' | 'crm' | 'stage default' | 'none';

/** Default strength of the Beta prior, in deals (config forecast.priorStrength). */
export const DEFAULT_PRIOR_STRENGTH = 10;
const PRIOR_MIN = 0.02;
const PRIOR_MAX = 0.95;
/** z of the 90th percentile of the standard normal. */
const Z90 = 1.2815515655446004;

export interface RatePrior {
  mean: number;
  strength: number;
  source: 'crm' | 'stage default' | 'all stages';
}

export interface DealProbability {
  probability: number;
  source: ProbabilitySource;
  /** For 'history': what the trials matched on. */
  basis: 'stage and days in stage' | 'stage' | null;
  /** For 'history': the trials (observations) and wins behind the estimate. */
  trials: number | null;
  wins: number | null;
  /** For 'history': distinct deals and won deals (the evidence weighed against the prior). */
  deals: number | null;
  dealWins: number | null;
  /** For 'history': the prior the counts were pulled toward. */
  prior: RatePrior | null;
  /** For 'history': the 10th-90th percentile interval of the rate. */
  interval: [number, number] | null;
}

export interface DealProbabilityInput {
  stage: string | null;
  daysInStage: number | null;
  /** From the export, 0..1. */
  crmProbability: number | null;
}

export interface DealProbabilityOptions {
  rates: WinRates;
  minHistory: number;
  stageLookup: StageLookup;
  /** Beta prior strength in deals (default DEFAULT_PRIOR_STRENGTH). */
  priorStrength?: number;
}

/** The CRM probability as 0..1, or null when not given (0 on an open deal counts as not given). */
export function crmShare(crm: number | null): number | null {
  if (crm === null || !Number.isFinite(crm) || crm <= 0) return null;
  return Math.min(1, crm > 1 ? crm / 100 : crm);
}

/** Posterior mean and 10-90% interval of a rate: `successes` of `n` with a Beta(k·m, k·(1-m)) prior. */
export function shrunkRate(successes: number, n: number, mean: number, strength: number): { rate: number; interval: [number, number] } {
  const a = successes + strength * mean;
  const b = n - successes + strength * (1 - mean);
  const rate = a + b === 0 ? mean : a / (a + b);
  const sd = Math.sqrt((a * b) / ((a + b) ** 2 * (a + b + 1)));
  return { rate, interval: [Math.max(0, rate - Z90 * sd), Math.min(1, rate + Z90 * sd)] };
}

export function dealProbability(input: DealProbabilityInput, options: DealProbabilityOptions): DealProbability {
  const { rates, minHistory, stageLookup } = options;
  const strength = options.priorStrength ?? DEFAULT_PRIOR_STRENGTH;
  const crm = crmShare(input.crmProbability);
  const stageDefault = input.stage === null ? null : (stageLookup(input.stage)?.probability ?? null);
  const stageRate = input.stage === null ? undefined : rates.get(normalizeKey(input.stage));
  if (stageRate !== undefined && stageRate.trials > 0) {
    const bucket = stageRate.buckets.get(daysBucket(input.daysInStage));
    const byBucket = input.daysInStage !== null && bucket !== undefined && bucket.trials >= minHistory;
    const counts: TrialCounts = byBucket ? bucket : stageRate;
    const prior = priorOf(crm, stageDefault, rates, strength);
    const { rate, interval } = shrunkRate(counts.dealWins, counts.deals, prior.mean, strength);
    return {
      probability: rate,
      source: 'history',
      basis: byBucket ? 'stage and days in stage' : 'stage',
      trials: counts.trials,
      wins: counts.wins,
      deals: counts.deals,
      dealWins: counts.dealWins,
      prior,
      interval,
    };
  }
  const none = { basis: null, trials: null, wins: null, deals: null, dealWins: null, prior: null, interval: null };
  if (crm !== null) return { probability: crm, source: 'crm', ...none };
  if (stageDefault !== null) return { probability: Math.min(1, Math.max(0, stageDefault)), source: 'stage default', ...none };
  return { probability: 0, source: 'none', ...none };
}

/** The prior of a learned rate: the CRM probability, else the stage default, else all stages' rate. */
export function priorOf(crm: number | null, stageDefault: number | null, rates: WinRates, strength: number): RatePrior {
  const clamp = (x: number) => Math.min(PRIOR_MAX, Math.max(PRIOR_MIN, x));
  if (crm !== null) return { mean: clamp(crm), strength, source: 'crm' };
  if (stageDefault !== null) return { mean: clamp(stageDefault), strength, source: 'stage default' };
  const all = pooledCounts(rates);
  return { mean: clamp((all.dealWins + 1) / (all.deals + 2)), strength, source: 'all stages' };
}
