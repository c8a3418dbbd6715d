/**
 * What the learned probabilities rest on, for the forecast page: per stage and days-in-stage
 * bucket, the trials, distinct deals, wins and slips, the raw rate, the rate pulled toward the
 * stage default (or all stages' rate) with the Beta prior, its 10-90% interval and the slip rate.
 */
import type { StageLookup } from '../schema/stages.ts';
import { priorOf, shrunkRate, type RatePrior } from './dealProbability.ts';
import type { LearnedCounts, LearnedStage } from './forecastTypes.ts';
import { ratio } from './ratio.ts';
import { pooledCounts, type TrialCounts, type WinRates } from './winRates.ts';

const BUCKET_ORDER = ['0-14', '15-45', '46+', 'unknown'];

export function learnedStages(rates: WinRates, options: { stageLookup: StageLookup; priorStrength: number; minHistory: number }): LearnedStage[] {
  const k = options.priorStrength;
  const all = pooledCounts(rates);
  const slipMean = Math.min(0.95, Math.max(0.02, (all.dealSlips + 1) / (all.deals + 2)));
  const describe = (c: TrialCounts, prior: RatePrior): LearnedCounts => {
    const { rate, interval } = shrunkRate(c.dealWins, c.deals, prior.mean, k);
    return { ...pick(c), rawRate: ratio(c.dealWins, c.deals), rate, interval, slipRate: shrunkRate(c.dealSlips, c.deals, slipMean, k).rate };
  };
  return [...rates.values()]
    .sort((a, b) => (a.stage < b.stage ? -1 : a.stage > b.stage ? 1 : 0))
    .map((r) => {
      const prior = priorOf(null, options.stageLookup(r.stage)?.probability ?? null, rates, k);
      return {
        stage: r.stage,
        prior,
        ...describe(r, prior),
        buckets: [...r.buckets.entries()]
          .sort(([a], [b]) => BUCKET_ORDER.indexOf(a) - BUCKET_ORDER.indexOf(b))
          .map(([bucket, c]) => ({ bucket, ...describe(c, prior) })),
      };
    });
}

function pick(c: TrialCounts): TrialCounts {
  return { trials: c.trials, wins: c.wins, slips: c.slips, deals: c.deals, dealWins: c.dealWins, dealSlips: c.dealSlips };
}
