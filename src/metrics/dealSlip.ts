/**
 * The probability that an open deal slips out of its period still open (rather than being won in
 * it or lost), learned like win rates: the share of past trials at the same stage that slipped,
 * at the same stage and days-left bucket (days from the forecast date to the period's end: 0-30,
 * 31-60, 61+) when that bucket has at least `minHistory` trials, else over the stage, else over
 * all stages; pulled toward the share over all stages with a Beta prior of `priorStrength` deals,
 * and capped so that win + slip <= 1. Without any past trial: 0 (a deal not won is lost).
 */
import { normalizeKey } from '../schema/values/normalizeKey.ts';
import { DEFAULT_PRIOR_STRENGTH, shrunkRate } from './dealProbability.ts';
import { leftBucket } from './winProbability.ts';
import { pooledCounts, type TrialCounts, type WinRates } from './winRates.ts';

export interface DealSlip {
  probability: number;
  basis: 'stage and days left' | 'stage' | 'all stages' | 'none';
  deals: number;
  dealSlips: number;
}

export function dealSlip(
  input: { stage: string | null; daysLeft: number; winProbability: number },
  options: { rates: WinRates; minHistory: number; priorStrength?: number },
): DealSlip {
  const strength = options.priorStrength ?? DEFAULT_PRIOR_STRENGTH;
  const all = pooledCounts(options.rates);
  if (all.deals === 0) return { probability: 0, basis: 'none', deals: 0, dealSlips: 0 };
  const mean = Math.min(0.95, Math.max(0.02, (all.dealSlips + 1) / (all.deals + 2)));
  const stage = input.stage === null ? undefined : options.rates.get(normalizeKey(input.stage));
  const left = stage?.left.get(leftBucket(Math.max(0, input.daysLeft)));
  let counts: TrialCounts = all;
  let basis: DealSlip['basis'] = 'all stages';
  if (left !== undefined && left.trials >= options.minHistory) [counts, basis] = [left, 'stage and days left'];
  else if (stage !== undefined && stage.trials > 0) [counts, basis] = [stage, 'stage'];
  const { rate } = shrunkRate(counts.dealSlips, counts.deals, mean, strength);
  return { probability: Math.max(0, Math.min(rate, 1 - input.winProbability)), basis, deals: counts.deals, dealSlips: counts.dealSlips };
}
