/** missing-close-date: an open deal without a close date. */
import type { Deal } from '../../model/types.ts';
import { raise, type FlagOutcome } from './types.ts';

export function missingCloseDateFlag(deal: Deal): FlagOutcome {
  if (deal.closeDate !== null) return null;
  return raise(
    'missing-close-date',
    'medium',
    'Without a close date the deal is in no quarter, so no forecast or coverage counts it.',
    'The close date is empty in the export',
    { closeDate: null },
  );
}
