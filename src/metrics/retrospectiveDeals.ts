/**
 * A closed quarter's notable deals: the largest wins, the largest losses with their loss reasons,
 * and the losses grouped by reason. Largest first, ties by id.
 */
import { fsum } from 'd3';
import { inPeriod } from '../model/fiscalCalendar.ts';
import { daysBetween } from '../model/isoDate.ts';
import type { Deal, FiscalPeriod, IsoDate } from '../model/types.ts';

export interface ClosedDealLine {
  id: string;
  name: string;
  account: string | null;
  owner: string;
  amount: number | null;
  closeDate: IsoDate | null;
  /** Days from created to close date; null without a created date. */
  cycleDays: number | null;
  lossReason: string | null;
}

export interface LossReason {
  /** As written in the export (trimmed); null when the deal gave none. */
  reason: string | null;
  count: number;
  amount: number;
}

export interface RetrospectiveDeals {
  topWins: ClosedDealLine[];
  largestLosses: ClosedDealLine[];
  /** Largest amount first, then most deals, then reason. */
  lossReasons: LossReason[];
}

export function retrospectiveDeals(deals: readonly Deal[], quarter: FiscalPeriod, options: { top: number }): RetrospectiveDeals {
  const closed = (status: 'won' | 'lost') =>
    deals
      .filter((d) => d.status === status && inPeriod(d.closeDate, quarter))
      .sort((a, b) => (b.amount ?? -Infinity) - (a.amount ?? -Infinity) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const lost = closed('lost');
  const reasons = new Map<string | null, Deal[]>();
  for (const deal of lost) {
    const reason = deal.lossReason === null || deal.lossReason.trim() === '' ? null : deal.lossReason.trim();
    const list = reasons.get(reason);
    if (list === undefined) reasons.set(reason, [deal]);
    else list.push(deal);
  }
  const lossReasons = [...reasons].map(([reason, list]): LossReason => ({
    reason,
    count: list.length,
    amount: fsum(list.map((d) => d.amount ?? 0)),
  }));
  lossReasons.sort((a, b) => b.amount - a.amount || b.count - a.count || byReason(a.reason, b.reason));
  return {
    topWins: closed('won').slice(0, options.top).map(line),
    largestLosses: lost.slice(0, options.top).map(line),
    lossReasons,
  };
}

/** Text order, a missing reason last. */
function byReason(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

function line(deal: Deal): ClosedDealLine {
  const cycle = deal.createdDate !== null && deal.closeDate !== null ? daysBetween(deal.createdDate, deal.closeDate) : null;
  return {
    id: deal.id,
    name: deal.name,
    account: deal.account,
    owner: deal.owner,
    amount: deal.amount,
    closeDate: deal.closeDate,
    cycleDays: cycle !== null && cycle >= 0 ? cycle : null,
    lossReason: deal.lossReason,
  };
}
