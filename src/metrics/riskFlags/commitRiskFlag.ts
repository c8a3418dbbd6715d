/**
 * commit-risk: in the Commit forecast category at an early stage (the first half of the open
 * ladder) or with a CRM probability below thresholds.commitMinProbability.
 */
import type { Deal } from '../../model/types.ts';
import { formatShare } from './formatShare.ts';
import { earlyStage } from './stageLadder.ts';
import { raise, type FlagOutcome, type RiskContext } from './types.ts';

export function commitRiskFlag(deal: Deal, context: RiskContext): FlagOutcome {
  if (deal.forecastCategory !== 'commit') return null;
  const { ladder, thresholds } = context;
  const position = ladder.position(deal.stage);
  const length = ladder.open.length;
  const early = position !== null && earlyStage(position, length);
  const limit = thresholds.commitMinProbability;
  const lowProbability = deal.probability !== null && deal.probability < limit;
  if (!early && !lowProbability) {
    if (position === null && deal.probability === null) {
      return { unknown: 'The deal is in Commit, but its stage is not on the stage ladder and it has no probability.' };
    }
    return null;
  }
  const stage = deal.stage === null ? null : ladder.name(deal.stage);
  const parts: string[] = [];
  if (early) parts.push(`In Commit at ${stage}, stage ${position! + 1} of ${length} on the open ladder (its first half)`);
  if (lowProbability) parts.push(`In Commit with a CRM probability of ${formatShare(deal.probability!)} (below ${formatShare(limit)})`);
  return raise(
    'commit-risk',
    'high',
    `A committed deal should be late in the sales process and likely to close; this one is early or has a probability below ${formatShare(limit)}.`,
    parts.join('; '),
    {
      stage,
      stagePosition: position === null ? null : position + 1,
      openStages: length,
      earlyStage: early,
      probability: deal.probability,
      minProbability: limit,
    },
  );
}
