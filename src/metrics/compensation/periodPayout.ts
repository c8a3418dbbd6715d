/**
 * What a plan pays for one period from its inputs: commission (with gate, kickers and cap) on
 * the person's credited bookings against their quota, the override on their team's bookings
 * against the team's quota, and the draw on the sum. The earnings statements and the simulated
 * payouts (payoutDistribution.ts, dealWorth.ts) both go through here, so they agree.
 */
import type { CompensationPlan } from '../../schema/CompensationConfigSchema.ts';
import { commission, type CommissionResult } from './commission.ts';
import { drawStep, type DrawLine } from './drawStep.ts';
import { overridePay, type OverridePayResult } from './overridePay.ts';

export interface PeriodPayoutInput {
  credited: number;
  quota: number | null;
  teamBookings: number;
  teamQuota: number | null;
  /** Recoverable draw advances outstanding before the period. */
  drawBalance: number;
}

export interface PeriodPayout {
  /** null without rates or without a quota. */
  commission: CommissionResult | null;
  /** null without an override. */
  override: OverridePayResult | null;
  /** Commission total (after gate and cap, with kickers) + override. */
  earned: number;
  draw: DrawLine;
  payout: number;
}

export function periodPayout(plan: CompensationPlan, input: PeriodPayoutInput): PeriodPayout {
  const c = plan.rates === undefined ? null : commission(input.credited, input.quota, plan);
  const o = plan.override === undefined ? null : overridePay(input.teamBookings, input.teamQuota, plan.override);
  const earned = (c?.total ?? 0) + (o?.amount ?? 0);
  const draw = drawStep(earned, input.drawBalance, plan.draw);
  return { commission: c, override: o, earned, draw, payout: draw.payout };
}
