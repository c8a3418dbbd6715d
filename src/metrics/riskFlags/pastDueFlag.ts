/** past-due: the close date is before the as-of date and the deal is still open. */
import { daysBetween } from '../../model/isoDate.ts';
import type { Deal } from '../../model/types.ts';
import { plural } from './plural.ts';
import { raise, type FlagOutcome, type RiskContext } from './types.ts';

export function pastDueFlag(deal: Deal, context: RiskContext): FlagOutcome {
  const { closeDate } = deal;
  if (closeDate === null || closeDate >= context.asOf) return null;
  const daysPastDue = daysBetween(closeDate, context.asOf);
  return raise(
    'past-due',
    'high',
    'The close date has passed and the deal is still open, so the forecast counts a deal that should already have closed.',
    `Close date ${closeDate} is ${plural(daysPastDue, 'day')} before the as-of date ${context.asOf}`,
    { closeDate, asOf: context.asOf, daysPastDue },
  );
}
