/**
 * Deals needing intervention: every open deal as of the as-of date is checked against the risk
 * flags (src/metrics/riskFlags), flagged deals are ranked by amount at risk, and the flags are
 * summed per scope. Flags the data cannot support (no history, no column) are listed as
 * unavailable with the reason; checks that cannot be decided for one deal are listed on it.
 */
import type { Config, Thresholds } from '../schema/configSchema.ts';
import { daysRemaining, fiscalCalendar } from '../model/fiscalCalendar.ts';
import type { Deal, IsoDate, Model } from '../model/types.ts';
import { periodInfo } from './periodInfo.ts';
import { pipelineRiskAvailability } from './pipelineRiskAvailability.ts';
import { pipelineRiskScopes } from './pipelineRiskScopes.ts';
import { RISK_LEVELS, riskLevels, type RiskLevel } from './riskLevel.ts';
import { SEVERITY_WEIGHTS, type FlagAvailability, type PipelineRiskResult, type RiskDeal } from './pipelineRiskTypes.ts';
import { amountCutFlag } from './riskFlags/amountCutFlag.ts';
import { commitRiskFlag } from './riskFlags/commitRiskFlag.ts';
import { concentrationFlag } from './riskFlags/concentrationFlag.ts';
import { missingAmountFlag } from './riskFlags/missingAmountFlag.ts';
import { missingCloseDateFlag } from './riskFlags/missingCloseDateFlag.ts';
import { missingNextStepFlag } from './riskFlags/missingNextStepFlag.ts';
import { pastDueFlag } from './riskFlags/pastDueFlag.ts';
import { pushedFlag } from './riskFlags/pushedFlag.ts';
import { remainingQuota } from './riskFlags/remainingQuota.ts';
import { staleFlag } from './riskFlags/staleFlag.ts';
import { stageBaselines } from './riskFlags/stageBaselines.ts';
import { stageCloseRates } from './riskFlags/stageCloseRates.ts';
import { stageLadder } from './riskFlags/stageLadder.ts';
import { stuckFlag } from './riskFlags/stuckFlag.ts';
import {
  RISK_FLAG_CODES,
  type FlagCheck,
  type NotEvaluated,
  type RiskContext,
  type RiskFlag,
  type RiskFlagCode,
  type RiskSeverity,
} from './riskFlags/types.ts';
import { unlikelyToCloseFlag } from './riskFlags/unlikelyToCloseFlag.ts';

export * from './pipelineRiskTypes.ts';

export interface PipelineRiskOptions {
  /** The model's as-of date. */
  asOf: IsoDate;
  companyName: string;
  thresholds: Thresholds;
  fiscalYearStartMonth: number;
  fiscalYearNaming: 'end' | 'start';
  /** config.stages (the stage ladder); the default ladder when absent. */
  stages?: Config['stages'];
}

const CHECKS: Record<RiskFlagCode, FlagCheck> = {
  'past-due': pastDueFlag,
  pushed: pushedFlag,
  stale: staleFlag,
  stuck: stuckFlag,
  'amount-cut': amountCutFlag,
  'unlikely-to-close': unlikelyToCloseFlag,
  'commit-risk': commitRiskFlag,
  concentration: concentrationFlag,
  'missing-amount': missingAmountFlag,
  'missing-close-date': missingCloseDateFlag,
  'missing-next-step': missingNextStepFlag,
};

const SEVERITY_RANK: Record<RiskSeverity, number> = { high: 3, medium: 2, low: 1 };

export function pipelineRisk(model: Model, options: PipelineRiskOptions): PipelineRiskResult {
  const { asOf, thresholds } = options;
  const calendar = fiscalCalendar({ startMonth: options.fiscalYearStartMonth, naming: options.fiscalYearNaming });
  const quarter = calendar.periodOf(asOf, 'quarter');
  const daysLeft = daysRemaining(asOf, quarter);
  const ladder = stageLadder(model, { stages: options.stages });
  const context: RiskContext = {
    model,
    asOf,
    thresholds,
    calendar,
    quarter,
    daysLeft,
    ladder,
    baselines: stageBaselines(model, ladder, thresholds.stuckPercentile),
    closeRates: stageCloseRates(model, ladder, calendar, quarter, daysLeft),
    remainingQuota: remainingQuota(model, quarter, asOf),
    currency: model.currency,
  };
  const unavailable = pipelineRiskAvailability(model);
  const codes = RISK_FLAG_CODES.filter((c) => !unavailable.has(c));

  const open = model.deals.filter((d) => d.status === 'open' && !d.history.disappeared);
  const raised = new Map<RiskFlagCode, number>();
  const undecided = new Map<RiskFlagCode, Map<string, number>>();
  const flagged: Omit<RiskDeal, 'rank' | 'riskLevel'>[] = [];
  for (const deal of open) {
    const flags: RiskFlag[] = [];
    const notEvaluated: NotEvaluated[] = [];
    for (const code of codes) {
      const outcome = CHECKS[code](deal, context);
      if (outcome === null) continue;
      if ('flag' in outcome) {
        flags.push(outcome.flag);
        raised.set(code, (raised.get(code) ?? 0) + 1);
      } else {
        notEvaluated.push({ code, reason: outcome.unknown });
        let reasons = undecided.get(code);
        if (reasons === undefined) undecided.set(code, (reasons = new Map()));
        reasons.set(outcome.unknown, (reasons.get(outcome.unknown) ?? 0) + 1);
      }
    }
    if (flags.length > 0) flagged.push(riskDeal(deal, flags, notEvaluated));
  }
  flagged.sort(
    (a, b) =>
      b.amountAtRisk - a.amountAtRisk ||
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
      b.flags.length - a.flags.length ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const levels = riskLevels(flagged, open.map((d) => d.amount));
  const deals: RiskDeal[] = flagged.map((d, i) => ({ rank: i + 1, ...d, riskLevel: levels.byId.get(d.id) ?? 'none' }));
  const levelCounts = Object.fromEntries(RISK_LEVELS.map((l) => [l, 0])) as Record<RiskLevel, number>;
  for (const d of deals) levelCounts[d.riskLevel] += 1;
  levelCounts.none += open.length - deals.length;

  const flags: FlagAvailability[] = RISK_FLAG_CODES.map((code) => {
    const reasons = [...(undecided.get(code) ?? new Map<string, number>())]
      .map(([reason, count]) => ({ reason, deals: count }))
      .sort((a, b) => b.deals - a.deals || (a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0));
    return {
      code,
      available: !unavailable.has(code),
      reason: unavailable.get(code) ?? null,
      raised: raised.get(code) ?? 0,
      notEvaluated: reasons.reduce((n, r) => n + r.deals, 0),
      notEvaluatedReasons: reasons,
    };
  });

  const byName = <T extends { stage: string }>(a: T, b: T) => (a.stage < b.stage ? -1 : a.stage > b.stage ? 1 : 0);
  return {
    asOf,
    quarter: periodInfo(quarter),
    daysLeftInQuarter: daysLeft,
    openDeals: open.length,
    flaggedDeals: deals.length,
    disappearedDeals: model.deals.filter((d) => d.status === 'open' && d.history.disappeared).length,
    severityWeights: { ...SEVERITY_WEIGHTS },
    thresholds: { ...thresholds },
    riskLevels: levelCounts,
    deals,
    scopes: pipelineRiskScopes(model, options.companyName, deals),
    flags,
    unavailable: RISK_FLAG_CODES.filter((c) => unavailable.has(c)).map((code) => ({ code, reason: unavailable.get(code)! })),
    method: {
      riskLevel: { largeAmount: levels.largeAmount, topAmount: levels.topAmount, highCap: levels.highCap, cappedToMedium: levels.cappedToMedium },
      openLadder: [...ladder.open],
      stuckBaselines: [...context.baselines.values()]
        .map((b) => ({ stage: b.stage, wonDeals: b.samples, percentile: thresholds.stuckPercentile, percentileDays: b.quantileDays }))
        .sort(byName),
      closeRates: {
        daysLeft,
        bucketDays: context.closeRates.bucketDays,
        quarters: context.closeRates.quarters,
        stages: [...context.closeRates.byStage.values()].map((r) => ({ ...r })).sort(byName),
      },
    },
  };
}

function riskDeal(deal: Deal, flags: RiskFlag[], notEvaluated: NotEvaluated[]): Omit<RiskDeal, 'rank' | 'riskLevel'> {
  const severity = flags.reduce<RiskSeverity>((s, f) => (SEVERITY_RANK[f.severity] > SEVERITY_RANK[s] ? f.severity : s), 'low');
  return {
    id: deal.id,
    name: deal.name,
    account: deal.account,
    owner: deal.owner,
    team: deal.team,
    region: deal.region,
    stage: deal.stage,
    amount: deal.amount,
    closeDate: deal.closeDate,
    forecastCategory: deal.forecastCategory,
    probability: deal.probability,
    severity,
    amountAtRisk: deal.amount === null ? 0 : deal.amount * SEVERITY_WEIGHTS[severity],
    flags,
    notEvaluated,
  };
}
