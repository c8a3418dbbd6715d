/**
 * How much a flagged deal needs a manager this week: its risk level, from its flags' severities
 * and its amount. Data-hygiene flags (missing amount, close date or next step) are not risk and
 * do not count here. The rule, for the risk flags of one open deal:
 *
 * - high: a high-severity flag on a deal worth at least the median open deal, backed by a
 *   second flag of medium severity or more, or on one of the largest open deals (the top quarter
 *   by amount) ("talk about it this week");
 * - medium: a high-severity flag otherwise, two medium flags, or one medium flag on a deal worth
 *   at least the median open deal;
 * - low: any other risk flag;
 * - none: no risk flag.
 *
 * High is then capped at a quarter of the open deals (HIGH_SHARE_CAP): when more qualify, the
 * largest amounts at risk stay high and the rest become medium, so the list stays one a manager
 * can get through in a week.
 */
import { median, quantile } from 'd3';
import type { RiskFlagCode, RiskSeverity } from './riskFlags/types.ts';

export type RiskLevel = 'high' | 'medium' | 'low' | 'none';

export const RISK_LEVELS: readonly RiskLevel[] = ['high', 'medium', 'low', 'none'];

/** Flags about the data's completeness rather than the deal's chances. */
export const HYGIENE_FLAGS: ReadonlySet<RiskFlagCode> = new Set(['missing-amount', 'missing-close-date', 'missing-next-step']);

/** At most this share of the open deals is high. */
export const HIGH_SHARE_CAP = 0.25;

export interface RiskLevelDeal {
  id: string;
  amount: number | null;
  flags: readonly { code: RiskFlagCode; severity: RiskSeverity }[];
}

export interface RiskLevels {
  /** Level of each flagged deal, by id (open deals without a flag are `none`). */
  byId: Map<string, RiskLevel>;
  /** The median amount of the open deals with an amount; null when none has one. */
  largeAmount: number | null;
  /** The 75th percentile of those amounts: from here a deal is one of the largest. */
  topAmount: number | null;
  /** Most deals that can be high: a quarter of the open deals, rounded down (at least 1 when there are open deals). */
  highCap: number;
  /** Deals that met the rule for high but were set to medium by the cap. */
  cappedToMedium: number;
}

/** The level of one deal by the rule, before the cap. */
export function riskLevelOf(deal: RiskLevelDeal, largeAmount: number | null, topAmount: number | null = null): RiskLevel {
  const flags = deal.flags.filter((f) => !HYGIENE_FLAGS.has(f.code));
  if (flags.length === 0) return 'none';
  const high = flags.filter((f) => f.severity === 'high').length;
  const medium = flags.filter((f) => f.severity === 'medium').length;
  const large = deal.amount !== null && largeAmount !== null && deal.amount >= largeAmount;
  const top = deal.amount !== null && topAmount !== null && deal.amount >= topAmount;
  if (high >= 1 && ((high + medium >= 2 && large) || top)) return 'high';
  if (high >= 1 || medium >= 2 || (medium >= 1 && large)) return 'medium';
  return 'low';
}

/**
 * Levels of the flagged deals among `openDeals` open deals. `openAmounts` are the amounts of all
 * the open deals (null when unknown).
 */
export function riskLevels(flagged: readonly RiskLevelDeal[], openAmounts: readonly (number | null)[]): RiskLevels {
  const known = openAmounts.filter((a): a is number => a !== null && Number.isFinite(a));
  const largeAmount = median(known) ?? null;
  const topAmount = quantile(known, 0.75) ?? null;
  const highCap = openAmounts.length === 0 ? 0 : Math.max(1, Math.floor(openAmounts.length * HIGH_SHARE_CAP));
  const byId = new Map<string, RiskLevel>();
  const high: RiskLevelDeal[] = [];
  for (const deal of flagged) {
    const level = riskLevelOf(deal, largeAmount, topAmount);
    byId.set(deal.id, level);
    if (level === 'high') high.push(deal);
  }
  let cappedToMedium = 0;
  if (high.length > highCap) {
    const ranked = [...high].sort((a, b) => (b.amount ?? 0) - (a.amount ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (const deal of ranked.slice(highCap)) {
      byId.set(deal.id, 'medium');
      cappedToMedium += 1;
    }
  }
  return { byId, largeAmount, topAmount, highCap, cappedToMedium };
}
