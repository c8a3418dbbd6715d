/**
 * Each rep's quota left this quarter: the rep's quota for the quarter (quotaFor) minus the
 * rep's bookings so far (won deals with a close date from the quarter's start to the as-of
 * date).
 */
import { fsum } from 'd3';
import type { FiscalPeriod, IsoDate, Model } from '../../model/types.ts';
import { quotaFor } from '../quotaFor.ts';

export interface RemainingQuota {
  /** null when the rep has no quota for the quarter. */
  quota: number | null;
  quotaSource: string;
  /** True when the quota rows cover only part of the quarter. */
  quotaPartial: boolean;
  bookings: number;
  /** quota - bookings; null without a quota. */
  remaining: number | null;
}

export function remainingQuota(model: Model, quarter: FiscalPeriod, asOf: IsoDate): Map<string, RemainingQuota> {
  const booked = new Map<string, number[]>();
  for (const deal of model.deals) {
    if (deal.status !== 'won' || deal.amount === null || deal.closeDate === null) continue;
    if (deal.closeDate < quarter.start || deal.closeDate > asOf || deal.closeDate > quarter.end) continue;
    let list = booked.get(deal.owner);
    if (list === undefined) booked.set(deal.owner, (list = []));
    list.push(deal.amount);
  }
  const out = new Map<string, RemainingQuota>();
  for (const rep of model.reps) {
    const quota = quotaFor(model, { level: 'rep', name: rep.name }, quarter);
    const bookings = fsum(booked.get(rep.name) ?? []);
    out.set(rep.name, {
      quota: quota.amount,
      quotaSource: quota.source,
      quotaPartial: quota.partial,
      bookings,
      remaining: quota.amount === null ? null : quota.amount - bookings,
    });
  }
  return out;
}
