/**
 * The compensation page's team view for the current period: everyone on a plan with their
 * earnings to date and likely payout, the cost of sales so far, the distribution of the total
 * payout over the forecast's trials, and who is near a tier.
 */
import { fsum } from 'd3';
import type { EarningsStatement } from '../../metrics/compensation/earningsTypes.ts';
import type { PayoutDistributionResult, PayoutOutlook } from '../../metrics/compensation/payoutDistribution.ts';
import type { Issue } from '../../schema/types.ts';
import type { SiteData } from '../load/siteData.ts';
import { standingText } from './standingText.ts';

export interface TeamCompensationRow {
  statement: EarningsStatement;
  outlook: PayoutOutlook | null;
  standing: string | null;
}

export interface CompensationTeamView {
  currency: string;
  asOf: string;
  /** The current period of the quarterly plans (else of the first plan). */
  periodLabel: string | null;
  rows: TeamCompensationRow[];
  /** Sum of the current statements' payouts. */
  paidToDate: number;
  /** Closed-won amounts credited to anyone on a plan this period (each deal once). */
  bookingsToDate: number;
  /** paidToDate / bookingsToDate; null without bookings. */
  costOfSales: number | null;
  outlook: PayoutDistributionResult | null;
  /** People within reach of their next threshold: at most 15% of their (or their team's) quota away, nearest first. */
  nearTier: TeamCompensationRow[];
  issues: Issue[];
  plans: number;
}

/** Within this share of the quota of the next threshold counts as near it. */
export const NEAR = 0.15;

export function compensationTeamView(siteData: SiteData): CompensationTeamView {
  const report = siteData.dashboard.compensation;
  const currency = siteData.model.currency;
  const current = (report?.earnings.statements ?? []).filter((s) => s.status === 'to date');
  const plans = siteData.report.config.compensation?.plans ?? [];
  const rows = current.map((statement) => {
    const outlook = report?.outlook?.people.find((p) => p.person === statement.person) ?? null;
    const curve = report?.curves.find((c) => c.person === statement.person && c.periodKey === statement.period.key)?.curve ?? null;
    const top = plans[statement.planIndex]?.rates?.tiers.at(-1)?.multiplier;
    return { statement, outlook, standing: curve === null ? null : standingText(curve.next, currency, top === undefined ? null : `${top}×`, statement.person) };
  });
  const deals = new Map<string, number>();
  for (const s of current) for (const c of s.credits) deals.set(c.dealId, c.amount);
  const paidToDate = fsum(current, (s) => s.total);
  const bookingsToDate = fsum(deals.values());
  const gap = (r: TeamCompensationRow): number | null => {
    const next = r.outlook?.nextTier ?? null;
    const quota = next === null ? null : next.kind === 'override band' ? (r.statement.override?.quota ?? null) : r.statement.quota;
    return next === null || quota === null || quota <= 0 ? null : next.more / quota;
  };
  const nearTier = rows.filter((r) => (gap(r) ?? Infinity) <= NEAR).sort((a, b) => gap(a)! - gap(b)!);
  const label = current.find((s) => s.granularity === 'quarter')?.period.label ?? current[0]?.period.label ?? null;
  return {
    currency,
    asOf: siteData.model.asOf,
    periodLabel: label,
    rows,
    paidToDate,
    bookingsToDate,
    costOfSales: bookingsToDate > 0 ? paidToDate / bookingsToDate : null,
    outlook: report?.outlook ?? null,
    nearTier,
    issues: report?.earnings.issues ?? [],
    plans: plans.length,
  };
}
