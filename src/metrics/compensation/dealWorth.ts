/**
 * What an open deal is worth to the people paid on it: for each person's statement of the current
 * period, the earnings (commission, kickers, cap and override; before any draw) with the deal
 * closed-won now, less the earnings without it: to its owner through their rates, to each manager
 * through their override. Each deal is priced on its own against what is already won (not
 * together with the other open deals). Deals without an amount are left out.
 */
import { compareText } from '../../model/compareText.ts';
import type { IsoDate, Model } from '../../model/types.ts';
import type { CompensationPlan } from '../../schema/CompensationConfigSchema.ts';
import { dealMultiplier } from './dealMultiplier.ts';
import type { EarningsStatement } from './earningsTypes.ts';
import { overrideScope } from './overrideScope.ts';
import { periodPayout } from './periodPayout.ts';

export interface DealGain {
  person: string;
  plan: string;
  kind: 'own' | 'override';
  /** The deal's credit under that person's plan (amount × multipliers). */
  credited: number;
  /** Added earnings if the deal closes won this period. */
  gain: number;
}

export interface DealWorthRow {
  dealId: string;
  dealName: string;
  account: string | null;
  owner: string;
  team: string | null;
  stage: string | null;
  closeDate: IsoDate | null;
  amount: number;
  /** The close date falls in the period (or before it: overdue). */
  dueThisPeriod: boolean;
  gains: DealGain[];
}

export function dealWorth(
  model: Pick<Model, 'deals' | 'reps'>,
  statements: readonly EarningsStatement[],
  plans: readonly CompensationPlan[],
): DealWorthRow[] {
  const current = statements.filter((s) => s.status === 'to date');
  const open = model.deals.filter((d) => d.status === 'open' && d.amount !== null);
  const rows = new Map<string, DealWorthRow>();
  for (const s of current) {
    const plan = plans[s.planIndex]!;
    const before = periodPayout(plan, s.inputs).earned;
    const scope = plan.override === undefined ? null : overrideScope(model, s.person, plan.override.on);
    for (const deal of open) {
      const own = plan.rates !== undefined && deal.owner === s.person;
      const team = scope !== null && scope.counts(deal);
      if (!own && !team) continue;
      const credited = deal.amount! * dealMultiplier(deal, plan.multipliers).multiplier;
      const after = periodPayout(plan, {
        ...s.inputs,
        credited: s.inputs.credited + (own ? credited : 0),
        teamBookings: s.inputs.teamBookings + (team ? credited : 0),
      }).earned;
      let row = rows.get(deal.id);
      if (row === undefined) {
        row = {
          dealId: deal.id,
          dealName: deal.name,
          account: deal.account,
          owner: deal.owner,
          team: deal.team,
          stage: deal.stage,
          closeDate: deal.closeDate,
          amount: deal.amount!,
          dueThisPeriod: deal.closeDate !== null && deal.closeDate <= s.period.end,
          gains: [],
        };
        rows.set(deal.id, row);
      }
      row.gains.push({ person: s.person, plan: s.plan, kind: own ? 'own' : 'override', credited, gain: after - before });
    }
  }
  return [...rows.values()].sort((a, b) => compareText(a.dealId, b.dealId));
}
