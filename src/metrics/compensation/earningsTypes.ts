/** The shapes of the earnings estimate (earnings.ts). */
import type { IsoDate, PeriodGranularity } from '../../model/types.ts';
import type { Issue } from '../../schema/types.ts';
import type { PeriodSummary } from '../periodInfo.ts';
import type { CommissionResult } from './commission.ts';
import type { DrawLine } from './drawStep.ts';
import type { PeriodPayoutInput } from './periodPayout.ts';
import type { OverridePayResult } from './overridePay.ts';

/** One deal's part in a statement. */
export interface CreditLine {
  dealId: string;
  dealName: string;
  account: string | null;
  owner: string;
  team: string | null;
  closeDate: IsoDate;
  type: string | null;
  /** Deal amount (reporting currency). */
  amount: number;
  /** Product of the plan's attribute multipliers that matched. */
  multiplier: number;
  /** Rules that matched, e.g. "Type = New Business ×1.2". */
  matched: string[];
  /** amount × multiplier. */
  credited: number;
  /** 'own': the person's deal (commission); 'override': a team member's deal. */
  kind: 'own' | 'override';
  /** Own deals: commission this deal earned (the bands it filled, before the cap; 0 below the gate). Override deals: override rate × credited. */
  pay: number | null;
}

export interface EarningsStatement {
  person: string;
  role: string | null;
  manager: string | null;
  team: string | null;
  plan: string;
  planIndex: number;
  /** How the plan reaches the person: 'name' or 'role Account Executive'. */
  via: string;
  granularity: PeriodGranularity;
  period: PeriodSummary;
  /** The dates whose closed-won deals count: the period within the plan's from/to dates. */
  window: { start: IsoDate; end: IsoDate };
  /** 'closed' when the period ended on or before the as-of date; 'to date' for the current one. */
  status: 'closed' | 'to date';
  /** The plan has rates (commission on the person's own bookings). */
  paysCommission: boolean;
  /** Quota the commission is computed on (ramped when in ramp); null without one. */
  quota: number | null;
  /** Quota file's amount for the period (before any ramp). */
  fileQuota: number | null;
  /** Average ramp share over the period's months; 1 when not ramping. */
  rampShare: number;
  credited: number;
  attainment: number | null;
  commission: CommissionResult | null;
  override: (OverridePayResult & { teams: string[] }) | null;
  earned: number;
  draw: DrawLine;
  /** The payout: earned + draw advance - draw recovery. */
  total: number;
  /** Inputs of periodPayout, kept so simulations add to them. */
  inputs: PeriodPayoutInput;
  credits: CreditLine[];
  notes: string[];
}

export interface EarningsResult {
  asOf: IsoDate;
  currency: string;
  statements: EarningsStatement[];
  issues: Issue[];
  /** Number of plans in the config. */
  plans: number;
}
