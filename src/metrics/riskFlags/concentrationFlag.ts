/**
 * concentration ("quota depends on it"): a deal due this quarter worth more than
 * thresholds.concentration of the quota its rep has left for the quarter, for a rep who is not
 * yet near quota. A rep who has booked NEAR_QUOTA (90%) of the quota or more does not depend
 * on any one deal: the little left would make any deal look like "959% of the remaining quota".
 * High when the deal is worth the whole remaining quota or more, else medium.
 */
import { inPeriod } from '../../model/fiscalCalendar.ts';
import type { Deal } from '../../model/types.ts';
import { formatMoneyText } from './formatMoneyText.ts';
import { formatShare } from './formatShare.ts';
import { raise, type FlagOutcome, type RiskContext } from './types.ts';

/** Share of the quota booked from which a rep is near quota and no deal is a concentration risk. */
export const NEAR_QUOTA = 0.9;

export function concentrationFlag(deal: Deal, context: RiskContext): FlagOutcome {
  const amount = deal.amount;
  const { quarter, thresholds } = context;
  if (amount === null || !inPeriod(deal.closeDate, quarter)) return null;
  const left = context.remainingQuota.get(deal.owner);
  if (left === undefined || left.quota === null || left.remaining === null) {
    return { unknown: `${deal.owner} has no quota for ${quarter.label}.` };
  }
  const { remaining, quota, bookings } = left;
  if (remaining <= 0 || quota <= 0) return null;
  const attainment = bookings / quota;
  if (attainment >= NEAR_QUOTA) return null;
  const limit = thresholds.concentration;
  if (amount <= limit * remaining) return null;
  const money = (n: number) => formatMoneyText(n, context.currency);
  const share = amount / remaining;
  const whole = amount >= remaining;
  const partial = left.quotaPartial ? '; the quota rows cover only part of the quarter' : '';
  return raise(
    'concentration',
    whole ? 'high' : 'medium',
    `The rep's quarter depends on this one deal: it is worth more than ${formatShare(limit)} of the quota the rep has left, and the rep is below ${formatShare(NEAR_QUOTA)} of quota.`,
    whole
      ? `${money(amount)} would cover all of the ${money(remaining)} ${deal.owner} still needs for ${quarter.label} (quota ${money(quota)}, booked ${money(bookings)}, ${formatShare(attainment)} of quota${partial})`
      : `${money(amount)} is ${formatShare(share)} of the ${money(remaining)} ${deal.owner} still needs for ${quarter.label} (quota ${money(quota)}, booked ${money(bookings)}, ${formatShare(attainment)} of quota${partial})`,
    { amount, remaining, quota, bookings, share, attainment, quotaSource: left.quotaSource, quotaPartial: left.quotaPartial },
  );
}
