/**
 * The deals to discuss this week: the high-risk deals, at most `perRep` per rep (their largest
 * amounts at risk), in talking order; when no deal is high, the medium ones the same way.
 */
import type { RiskDeal } from '../../metrics/pipelineRiskTypes.ts';
import { riskOrder } from './riskOrder.ts';

export interface DealsToDiscussOptions {
  /** Default 3. */
  perRep?: number;
  /** Only this rep's deals. */
  owner?: string;
  /** Only deals matching this (a team's or region's). */
  where?: (deal: RiskDeal) => boolean;
}

export function dealsToDiscuss(deals: readonly RiskDeal[], options: DealsToDiscussOptions = {}): RiskDeal[] {
  const perRep = options.perRep ?? 3;
  const ordered = riskOrder(deals).filter((d) => (options.owner === undefined || d.owner === options.owner) && (options.where?.(d) ?? true));
  const level = ordered.some((d) => d.riskLevel === 'high') ? 'high' : 'medium';
  const count = new Map<string, number>();
  const out: RiskDeal[] = [];
  for (const deal of ordered) {
    if (deal.riskLevel !== level) continue;
    const n = count.get(deal.owner) ?? 0;
    if (n >= perRep) continue;
    count.set(deal.owner, n + 1);
    out.push(deal);
  }
  return out;
}
