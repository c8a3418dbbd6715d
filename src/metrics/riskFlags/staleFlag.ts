/**
 * stale: no activity for thresholds.staleDays days or more (the last-activity column), or, when
 * the export has no activity date for the deal, no change seen in its history for that long.
 * High from twice the threshold.
 */
import { addDays, daysBetween } from '../../model/isoDate.ts';
import type { Deal } from '../../model/types.ts';
import { plural } from './plural.ts';
import { raise, type FlagOutcome, type RiskContext } from './types.ts';

export function staleFlag(deal: Deal, context: RiskContext): FlagOutcome {
  const { daysSinceActivity, daysSinceActivitySource } = deal.history;
  if (daysSinceActivity === null) {
    return {
      unknown: context.model.columnsPresent.lastActivityDate
        ? 'The deal has no last-activity date and was seen in one snapshot only.'
        : 'The export has no last-activity column and the deal was seen in one snapshot only.',
    };
  }
  const byActivity = daysSinceActivitySource === 'activity column';
  const lastDate =
    byActivity && deal.lastActivityDate !== null ? deal.lastActivityDate : addDays(context.model.asOf, -daysSinceActivity);
  const days = daysBetween(lastDate, context.asOf);
  const limit = context.thresholds.staleDays;
  if (days < limit) return null;
  return raise(
    'stale',
    days >= 2 * limit ? 'high' : 'medium',
    `Nothing has happened on the deal for ${plural(limit, 'day')} or more.`,
    byActivity
      ? `No activity for ${plural(days, 'day')} (last activity ${lastDate})`
      : `No change seen for ${plural(days, 'day')} (last change ${lastDate})`,
    { days, lastDate, source: byActivity ? 'activity column' : 'last change' },
  );
}
