/**
 * The order in which deals are talked about: risk level (high first), then amount at risk, then
 * the metric's rank. Deals whose only flags are data hygiene (level none) are not risk and are left out.
 */
import type { RiskDeal, RiskLevel } from '../../metrics/pipelineRiskTypes.ts';
import { HYGIENE_FLAGS } from '../../metrics/riskLevel.ts';

const LEVEL_RANK: Record<RiskLevel, number> = { high: 0, medium: 1, low: 2, none: 3 };

export function riskOrder(deals: readonly RiskDeal[]): RiskDeal[] {
  return deals
    .filter((d) => d.riskLevel !== 'none')
    .sort((a, b) => LEVEL_RANK[a.riskLevel] - LEVEL_RANK[b.riskLevel] || b.amountAtRisk - a.amountAtRisk || a.rank - b.rank);
}

/** A deal's risk flags, without the data-hygiene ones, most severe first. */
export function riskFlagsOf(deal: RiskDeal): RiskDeal['flags'] {
  const rank = { high: 0, medium: 1, low: 2 } as const;
  return deal.flags.filter((f) => !HYGIENE_FLAGS.has(f.code)).sort((a, b) => rank[a.severity] - rank[b.severity]);
}

/** `high` -> `High`. */
export function riskLevelLabel(level: RiskLevel): string {
  return level === 'high' ? 'High' : level === 'medium' ? 'Medium' : level === 'low' ? 'Low' : 'None';
}
