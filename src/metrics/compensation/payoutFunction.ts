/**
 * periodPayout's payout as a fast function of (credited, team bookings) for one person and
 * period, for the simulation (10,000 trials × every person): the plan's bands, gate, kickers,
 * cap, override and draw are unpacked once and every call is arithmetic only. It must give
 * periodPayout's payout for every input (tests/metrics/compensation/payoutFunction.test.ts checks
 * them against each other over a grid of plans and inputs).
 */
import type { CompensationPlan } from '../../schema/CompensationConfigSchema.ts';
import { bandOf } from './bandOf.ts';

export type PayoutFn = (credited: number, teamBookings: number) => number;

export function payoutFunction(plan: CompensationPlan, fixed: { quota: number | null; teamQuota: number | null; drawBalance: number }): PayoutFn {
  const commission = commissionFn(plan, fixed.quota);
  const override = overrideFn(plan, fixed.teamQuota);
  const draw = plan.draw;
  const balance = fixed.drawBalance;
  return (credited, teamBookings) => {
    const earned = commission(credited) + override(teamBookings);
    if (draw === undefined) return earned;
    const advanced = Math.max(0, draw.amount - earned);
    const recovered = draw.recoverable ? Math.min(balance, Math.max(0, earned - draw.amount)) : 0;
    return earned + advanced - recovered;
  };
}

function commissionFn(plan: CompensationPlan, quota: number | null): (credited: number) => number {
  const rates = plan.rates;
  const tv = plan.targetVariable;
  if (rates === undefined || tv === undefined || quota === null || !(quota > 0)) return () => 0;
  const q = quota;
  const base = tv / q;
  const tiers = rates.tiers;
  const lo = tiers.map((_, i) => (i === 0 ? 0 : tiers[i - 1]!.upTo! * q));
  const hi = tiers.map((t) => (t.upTo === undefined ? Infinity : t.upTo * q));
  const rate = tiers.map((t) => t.multiplier * base);
  const gate = plan.gate;
  const kickers = plan.kickers.map((k) => [k.at, k.bonus] as const);
  const ceiling = plan.cap === undefined ? Infinity : plan.cap * tv;
  const marginal = rates.mode === 'marginal';
  return (credited) => {
    const a = credited / q;
    if (gate !== undefined && a < gate) return 0;
    let amount = 0;
    if (marginal) {
      for (let i = 0; i < rate.length; i += 1) amount += Math.max(0, Math.min(credited, hi[i]!) - lo[i]!) * rate[i]!;
    } else {
      amount = Math.max(0, credited) * rate[bandOf(a, tiers)]!;
    }
    for (const [at, bonus] of kickers) if (a >= at) amount += bonus;
    return Math.min(amount, ceiling);
  };
}

function overrideFn(plan: CompensationPlan, teamQuota: number | null): (bookings: number) => number {
  const o = plan.override;
  if (o === undefined) return () => 0;
  if (o.mode === 'flat') {
    const rate = o.rate ?? 0;
    return (b) => rate * b;
  }
  const tiers = o.tiers ?? [];
  if (teamQuota === null || !(teamQuota > 0) || tiers.length === 0) return () => 0;
  return (b) => tiers[bandOf(b / teamQuota, tiers)]!.rate * b;
}
