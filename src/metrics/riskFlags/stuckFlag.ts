/**
 * stuck: longer in the current stage than thresholds.stuckPercentile of won deals stayed in
 * it (see stageBaselines). Needs the deal's time in stage and a baseline for the stage.
 */
import { addDays, daysBetween } from '../../model/isoDate.ts';
import type { Deal } from '../../model/types.ts';
import { formatShare } from './formatShare.ts';
import { plural } from './plural.ts';
import { MIN_BASELINE_SAMPLES } from './stageBaselines.ts';
import { raise, type FlagOutcome, type RiskContext } from './types.ts';

export function stuckFlag(deal: Deal, context: RiskContext): FlagOutcome {
  if (deal.stage === null) return { unknown: 'The deal has no stage.' };
  const { daysInStage } = deal.history;
  const stage = context.ladder.name(deal.stage);
  if (daysInStage === null) return { unknown: 'Time in stage is unknown: the deal was seen in one snapshot only.' };
  const baseline = context.baselines.get(context.ladder.key(deal.stage));
  if (baseline === undefined || baseline.quantileDays === null) {
    const n = baseline?.samples ?? 0;
    return {
      unknown: `${n === 0 ? 'No won deals' : `Only ${plural(n, 'won deal')}`} with a known time in ${stage} (${MIN_BASELINE_SAMPLES} needed to say what is normal).`,
    };
  }
  const enteredOn = addDays(context.model.asOf, -daysInStage);
  const days = daysBetween(enteredOn, context.asOf);
  const limit = baseline.quantileDays;
  if (days <= limit) return null;
  const share = formatShare(context.thresholds.stuckPercentile);
  const limitText = String(Math.round(limit * 10) / 10);
  return raise(
    'stuck',
    'medium',
    `The deal has been in its stage longer than ${share} of won deals stayed in it.`,
    `In ${stage} for ${plural(days, 'day')} (since ${enteredOn}); ${share} of won deals left this stage within ${limitText} days (${plural(baseline.samples, 'won deal')})`,
    { stage, days, enteredOn, percentile: context.thresholds.stuckPercentile, percentileDays: limit, wonDeals: baseline.samples },
  );
}
