/**
 * What each person will likely earn this period, from the forecast's own simulation trials: in
 * each trial a person's credited bookings are what is already won plus the open deals won in that
 * trial (times the plan's multipliers) plus their run-rate sample; a manager's team bookings
 * likewise. The payout of every trial is periodPayout's (through its fast twin payoutFunction), and
 * P10/P50/P90 are taken over the trials the way the forecast takes them (R-7 quantiles). Only
 * plans paying on the forecast's quarter are simulated.
 */
import { fsum, quantileSorted } from 'd3';
import type { Deal, Model } from '../../model/types.ts';
import type { CompensationPlan } from '../../schema/CompensationConfigSchema.ts';
import { dealMultiplier } from './dealMultiplier.ts';
import type { EarningsStatement } from './earningsTypes.ts';
import { nextTier, type NextTier } from './nextTier.ts';
import { overrideScope } from './overrideScope.ts';
import type { PayoutTrials } from './payoutTrials.ts';
import { trialHistogram, type HistogramBin } from '../trialHistogram.ts';
import { payoutFunction } from './payoutFunction.ts';

export interface Quantiles {
  p10: number;
  p50: number;
  p90: number;
  mean: number;
}

export interface PayoutOutlook {
  person: string;
  plan: string;
  /** Payout this period over the trials. */
  payout: Quantiles;
  /** The person's credited bookings over the trials (null without rates). */
  credited: Quantiles | null;
  /** The team's bookings over the trials (null without an override). */
  teamBookings: Quantiles | null;
  /** The next threshold from where the person stands today. */
  nextTier: NextTier | null;
  /** Share of trials that pass that threshold by the period end; null without one. */
  chanceOfNextTier: number | null;
}

export interface PayoutDistributionResult {
  period: string;
  trials: number;
  people: PayoutOutlook[];
  /** Sum of everyone's payout, per trial. */
  total: Quantiles;
  /** The total payout of the trials in bins (for the distribution chart). */
  totalHistogram: HistogramBin[];
}

export function payoutDistribution(
  model: Pick<Model, 'deals' | 'reps'>,
  statements: readonly EarningsStatement[],
  plans: readonly CompensationPlan[],
  trials: PayoutTrials,
): PayoutDistributionResult {
  const T = trials.trials;
  const D = trials.dealIds.length;
  const R = trials.repIds.length;
  const deals = new Map(model.deals.map((d) => [d.id, d]));
  const simulated = trials.dealIds.map((id) => deals.get(id) ?? null);
  const repIndex = new Map(trials.repIds.map((r, i) => [r, i]));
  const total = new Float64Array(T);
  const people: PayoutOutlook[] = [];

  for (const s of statements) {
    if (s.granularity !== 'quarter' || s.period.key !== trials.period || s.status !== 'to date') continue;
    const plan = plans[s.planIndex]!;
    const credits = (take: (d: Deal) => boolean) => {
      const idx: number[] = [];
      const amounts: number[] = [];
      simulated.forEach((deal, i) => {
        if (deal === null || deal.amount === null || !take(deal)) return;
        idx.push(i);
        amounts.push((trials.amounts?.[i] ?? deal.amount) * dealMultiplier(deal, plan.multipliers).multiplier);
      });
      return { idx, amounts };
    };
    const own = plan.rates === undefined ? null : credits((d) => d.owner === s.person);
    const ownRep = repIndex.get(s.person);
    const scope = plan.override === undefined ? null : overrideScope(model, s.person, plan.override.on);
    const team = scope === null ? null : credits((d) => scope.counts(d));
    const teamTeams = new Set(scope?.teams ?? []);
    const teamReps =
      scope === null
        ? []
        : model.reps
            .filter((r) => r.name !== s.person && (r.team !== null ? teamTeams.has(r.team) : scope.people.includes(r.name)))
            .flatMap((r) => (repIndex.has(r.name) ? [repIndex.get(r.name)!] : []));
    const next = nextTier(plan, s.inputs);
    const pay = payoutFunction(plan, s.inputs);
    const payout = new Float64Array(T);
    const credited = new Float64Array(T);
    const teamBookings = new Float64Array(T);
    let passed = 0;
    for (let t = 0; t < T; t += 1) {
      let c = s.inputs.credited;
      if (own !== null) {
        for (let k = 0; k < own.idx.length; k += 1) if (trials.won[t * D + own.idx[k]!] === 1) c += own.amounts[k]!;
        if (ownRep !== undefined) c += trials.runRate[t * R + ownRep]!;
      }
      let b = s.inputs.teamBookings;
      if (team !== null) {
        for (let k = 0; k < team.idx.length; k += 1) if (trials.won[t * D + team.idx[k]!] === 1) b += team.amounts[k]!;
        for (const r of teamReps) b += trials.runRate[t * R + r]!;
      }
      const p = pay(c, b);
      payout[t] = p;
      credited[t] = c;
      teamBookings[t] = b;
      total[t]! += p;
      if (next !== null) {
        const attainment = next.kind === 'override band' ? b / s.inputs.teamQuota! : c / s.inputs.quota!;
        if (next.kind === 'gate' ? attainment >= next.threshold : attainment > next.threshold) passed += 1;
      }
    }
    people.push({
      person: s.person,
      plan: s.plan,
      payout: quantiles(payout),
      credited: own === null ? null : quantiles(credited),
      teamBookings: team === null ? null : quantiles(teamBookings),
      nextTier: next,
      chanceOfNextTier: next === null ? null : passed / T,
    });
  }
  return { period: trials.period, trials: T, people, total: quantiles(total), totalHistogram: trialHistogram(total.slice().sort()) };
}

function quantiles(values: Float64Array): Quantiles {
  const sorted = Array.from(values.slice().sort());
  return {
    p10: quantileSorted(sorted, 0.1) ?? 0,
    p50: quantileSorted(sorted, 0.5) ?? 0,
    p90: quantileSorted(sorted, 0.9) ?? 0,
    mean: sorted.length === 0 ? 0 : fsum(sorted) / sorted.length,
  };
}
