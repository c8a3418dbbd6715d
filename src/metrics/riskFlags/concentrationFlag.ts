/**
 * concentration: a deal due this quarter worth more than thresholds.concentration of its rep's
 * remaining quota for the quarter. High when it is worth the whole remaining quota or more.
 */
import { inPeriod } from '../../model/fiscalCalendar.ts';
import type { Deal } from '../../model/types.ts';
import { formatAmount } from './formatAmount.ts';
import { formatShare } from './formatShare.ts';
import { raise, type FlagOutcome, type RiskContext } from './types.ts';

export function concentrationFlag(deal: Deal, context: RiskContext): FlagOutcome {
  const amount = deal.amount;
  const { quarter, thresholds } = context;
  if (amount === null || !inPeriod(deal.closeDate, quarter)) return null;
  const left = context.remainingQuota.get(deal.owner);
  if (left === undefined || left.quota === null || left.remaining === null) {
    return { unknown: `${deal.owner} has no quota for ${quarter.label}.` };
  }
  const { remaining, quota, bookings } = left;
  if (remaining <= 0) return null;
  const limit = thresholds.concentration;
  if (amount <= limit * remaining) return null;
  const money = (n: number) => formatAmount(n, context.currency);
  const share = amount / remaining;
  return raise(
    'concentration',
    amount >= remaining ? 'high' : 'medium',
    `The rep's quarter depends on this one deal: it is worth more than ${formatShare(limit)} of the quota the rep has left.`,
    `Amount ${money(amount)} is ${formatShare(share)} of ${deal.owner}'s remaining quota for ${quarter.label}, ${money(remaining)} (quota ${money(quota)} minus bookings ${money(bookings)}${left.quotaPartial ? '; the quota rows cover only part of the quarter' : ''})`,
    { amount, remaining, quota, bookings, share, quotaSource: left.quotaSource, quotaPartial: left.quotaPartial },
  );
}
