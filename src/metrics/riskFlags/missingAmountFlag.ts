/**
 * missing-amount: no longer raised as a deal-risk flag. A gap in the export is data quality, not a deal
 * at risk: such deals are listed in the Data page's data-quality section (metrics/dataQuality.ts),
 * so gaps no longer crowd the deals most in need of intervention. The code stays known to the
 * risk flags (saved outputs, flag tables) so nothing that names it breaks.
 */
import type { Deal } from '../../model/types.ts';
import type { FlagOutcome } from './types.ts';

export function missingAmountFlag(_deal: Deal): FlagOutcome {
  return null;
}
