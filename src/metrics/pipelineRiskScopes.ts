/** Flagged deals summed per scope (company, regions, teams, reps), each list in rank order. */
import { fsum } from 'd3';
import type { Deal, Model } from '../model/types.ts';
import type { RiskDeal, RiskScopeSummary } from './pipelineRiskTypes.ts';
import { RISK_FLAG_CODES, type RiskFlagCode } from './riskFlags/types.ts';
import { inScope, scopes } from './scopes.ts';

export function pipelineRiskScopes(model: Model, companyName: string, ranked: readonly RiskDeal[]): RiskScopeSummary[] {
  const dealById = new Map<string, Deal>(model.deals.map((d) => [d.id, d]));
  return scopes(model, companyName).map((scope) => {
    const mine = ranked.filter((r) => inScope(dealById.get(r.id)!, scope));
    const byFlag = Object.fromEntries(RISK_FLAG_CODES.map((c) => [c, 0])) as Record<RiskFlagCode, number>;
    for (const r of mine) for (const f of r.flags) byFlag[f.code] += 1;
    return {
      key: scope.key,
      level: scope.level,
      name: scope.name,
      dealIds: mine.map((r) => r.id),
      flaggedDeals: mine.length,
      bySeverity: {
        high: mine.filter((r) => r.severity === 'high').length,
        medium: mine.filter((r) => r.severity === 'medium').length,
        low: mine.filter((r) => r.severity === 'low').length,
      },
      byFlag,
      amount: fsum(mine, (r) => r.amount ?? 0),
      amountAtRisk: fsum(mine, (r) => r.amountAtRisk),
    };
  });
}
