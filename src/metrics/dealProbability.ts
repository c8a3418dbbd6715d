/**
 * The probability that an open deal is won within the period its close date is in, with the
 * source used, in this order:
 * 1. 'history': the share of past trials at the same stage that were won (winProbability):
 *    at the same stage and days-in-stage bucket when that bucket has at least `minHistory`
 *    trials, else at the same stage over all buckets when the stage has at least `minHistory`;
 * 2. 'crm': the deal's probability from the export, 0..1 (a value above 1 is read as a
 *    percentage; a 0 on an open deal is taken as not filled in, as many exports leave it at 0);
 * 3. 'stage default': the stage ladder's default probability (config `stages`, else the
 *    CRM's standard ladder);
 * 4. 'none': probability 0, and the deal is listed as such.
 */
import { normalizeKey } from '../schema/values/normalizeKey.ts';
import type { StageLookup } from '../schema/stages.ts';
import { daysBucket } from './winProbability.ts';
import type { WinRates } from './winRates.ts';

export type ProbabilitySource = 'history' | 'crm' | 'stage default' | 'none';

export interface DealProbability {
  probability: number;
  source: ProbabilitySource;
  /** For 'history': what the trials matched on. */
  basis: 'stage and days in stage' | 'stage' | null;
  /** For 'history': the trials and wins behind the estimate. */
  trials: number | null;
  wins: number | null;
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
}

export function dealProbability(input: DealProbabilityInput, options: DealProbabilityOptions): DealProbability {
  const { rates, minHistory, stageLookup } = options;
  const stageRate = input.stage === null ? undefined : rates.get(normalizeKey(input.stage));
  if (stageRate !== undefined) {
    const bucket = stageRate.buckets.get(daysBucket(input.daysInStage));
    if (input.daysInStage !== null && bucket !== undefined && bucket.trials >= minHistory) {
      return { probability: bucket.wins / bucket.trials, source: 'history', basis: 'stage and days in stage', trials: bucket.trials, wins: bucket.wins };
    }
    if (stageRate.trials >= minHistory) {
      return { probability: stageRate.wins / stageRate.trials, source: 'history', basis: 'stage', trials: stageRate.trials, wins: stageRate.wins };
    }
  }
  const crm = input.crmProbability;
  if (crm !== null && Number.isFinite(crm) && crm > 0) {
    return { probability: Math.min(1, crm > 1 ? crm / 100 : crm), source: 'crm', basis: null, trials: null, wins: null };
  }
  const fallback = input.stage === null ? null : (stageLookup(input.stage)?.probability ?? null);
  if (fallback !== null) {
    return { probability: Math.min(1, Math.max(0, fallback)), source: 'stage default', basis: null, trials: null, wins: null };
  }
  return { probability: 0, source: 'none', basis: null, trials: null, wins: null };
}
