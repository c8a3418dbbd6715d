/**
 * unlikely-to-close: closing this quarter from a stage this company rarely closes from with
 * the days left (stageCloseRates below thresholds.unlikelyToClose). With fewer than
 * MIN_CLOSE_RATE_CASES past cases, a rule of thumb: a stage before the ladder's midpoint with
 * fewer than 14 days left.
 */
import { inPeriod } from '../../model/fiscalCalendar.ts';
import type { Deal } from '../../model/types.ts';
import { formatShare } from './formatShare.ts';
import { plural } from './plural.ts';
import { MIN_CLOSE_RATE_CASES } from './stageCloseRates.ts';
import { earlyStage } from './stageLadder.ts';
import { raise, type FlagOutcome, type RiskContext } from './types.ts';

/** Fewer days left than this at an early stage: the rule of thumb's limit. */
export const FALLBACK_DAYS_LEFT = 14;

export function unlikelyToCloseFlag(deal: Deal, context: RiskContext): FlagOutcome {
  const { quarter, daysLeft, closeRates, ladder, thresholds } = context;
  if (!inPeriod(deal.closeDate, quarter)) return null;
  if (deal.stage === null) return { unknown: 'The deal has no stage.' };
  const stage = ladder.name(deal.stage);
  const rate = closeRates.byStage.get(ladder.key(deal.stage));
  const cases = rate?.cases ?? 0;
  const won = rate?.won ?? 0;
  const bucket = closeRates.bucketDays;
  const limit = thresholds.unlikelyToClose;
  const reason = `The deal is due this quarter at a stage from which this company closes fewer than ${formatShare(limit)} of deals in the days left.`;
  const left = `${plural(daysLeft, 'day')} left in ${quarter.label}`;

  if (rate !== undefined && rate.share !== null && cases >= MIN_CLOSE_RATE_CASES) {
    if (rate.share >= limit) return null;
    return raise(
      'unlikely-to-close',
      'high',
      reason,
      `Of ${plural(cases, 'past deal')} at ${stage} with ${bucket} or fewer days left in their quarter, ${won} (${formatShare(rate.share)}) were won by quarter end; ${left}`,
      { method: 'history', stage, cases, won, share: rate.share, bucketDays: bucket, daysLeft },
    );
  }
  const position = ladder.position(deal.stage);
  if (position === null) {
    return {
      unknown: `Only ${plural(cases, 'past case')} at ${stage} (${MIN_CLOSE_RATE_CASES} needed) and the stage is not an open stage of the stage ladder.`,
    };
  }
  const length = ladder.open.length;
  if (!earlyStage(position, length) || daysLeft >= FALLBACK_DAYS_LEFT) return null;
  return raise(
    'unlikely-to-close',
    'high',
    reason,
    `Only ${plural(cases, 'past case')} at ${stage} with ${bucket} or fewer days left (${MIN_CLOSE_RATE_CASES} needed), so the rule of thumb applies: stage ${position + 1} of ${length} on the open ladder (before its midpoint) with ${left} (fewer than ${FALLBACK_DAYS_LEFT})`,
    { method: 'rule of thumb', stage, cases, won, stagePosition: position + 1, openStages: length, daysLeft },
  );
}
