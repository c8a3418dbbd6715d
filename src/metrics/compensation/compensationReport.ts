/**
 * Everything the compensation pages show, computed once: the earnings statements, each current
 * statement's payout curve and next threshold, the payout distribution from the forecast's
 * trials, and what each open deal is worth to the people paid on it. Estimates from the exports,
 * not payroll.
 */
import type { IsoDate, Model } from '../../model/types.ts';
import type { CompensationConfig } from '../../schema/CompensationConfigSchema.ts';
import { dealWorth, type DealWorthRow } from './dealWorth.ts';
import { earnings, type EarningsResult } from './earnings.ts';
import { payoutCurve, type PayoutCurve } from './payoutCurve.ts';
import { payoutDistribution, type PayoutDistributionResult } from './payoutDistribution.ts';
import type { PayoutTrials } from './payoutTrials.ts';

export interface CompensationCurve {
  person: string;
  plan: string;
  periodKey: string;
  curve: PayoutCurve;
}

export interface CompensationReport {
  earnings: EarningsResult;
  curves: CompensationCurve[];
  /** null without trials (no forecast) or without plans. */
  outlook: PayoutDistributionResult | null;
  dealWorth: DealWorthRow[];
}

export interface CompensationReportOptions {
  asOf: IsoDate;
  /** The forecast's trials for its current quarter (see forecastTrials.ts); null when there are none. */
  trials: PayoutTrials | null;
}

export function compensationReport(model: Model, compensation: CompensationConfig, options: CompensationReportOptions): CompensationReport {
  const result = earnings(model, compensation, { asOf: options.asOf });
  const plans = compensation.plans;
  const current = result.statements.filter((s) => s.status === 'to date');
  const curves = current.flatMap((s) => {
    const curve = payoutCurve(plans[s.planIndex]!, s.inputs);
    return curve === null ? [] : [{ person: s.person, plan: s.plan, periodKey: s.period.key, curve }];
  });
  const outlook = options.trials === null || plans.length === 0 ? null : payoutDistribution(model, result.statements, plans, options.trials);
  return { earnings: result, curves, outlook, dealWorth: dealWorth(model, result.statements, plans) };
}
