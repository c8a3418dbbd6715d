/**
 * The attainment-to-payout curve of a plan for one person and period: what the plan pays at each
 * attainment (commission with gate, kickers and cap; for a plan with only an override, the
 * override at each team attainment), the person's point today and the next threshold. Sampled
 * every 1% with both sides of every jump (gate, retroactive bands, kickers), so a line through
 * the points draws the plan exactly.
 */
import type { CompensationPlan } from '../../schema/CompensationConfigSchema.ts';
import { commission } from './commission.ts';
import { nextTier, type NextTier } from './nextTier.ts';
import { overridePay } from './overridePay.ts';
import type { PeriodPayoutInput } from './periodPayout.ts';

export interface CurvePoint {
  attainment: number;
  payout: number;
}

export interface PayoutCurve {
  axis: 'attainment' | 'team attainment';
  /** Quota the attainment is of (the person's, or the team's). */
  quota: number;
  points: CurvePoint[];
  current: CurvePoint;
  /** Band edges, gate and kickers, for rules on the chart. */
  thresholds: Array<{ attainment: number; label: string }>;
  next: NextTier | null;
}

const STEP = 0.01;
const EPSILON = 1e-6;

export function payoutCurve(plan: CompensationPlan, inputs: PeriodPayoutInput): PayoutCurve | null {
  const next = nextTier(plan, inputs);
  if (plan.rates !== undefined) {
    const q = inputs.quota;
    if (q === null || q <= 0) return null;
    const pay = (a: number) => commission(a * q, q, plan)!.total;
    const thresholds = [
      ...plan.rates.tiers.flatMap((t, i) => (t.upTo === undefined ? [] : [{ attainment: t.upTo, label: `${plan.rates!.tiers[i + 1]!.multiplier}× above ${pct(t.upTo)}` }])),
      ...(plan.gate === undefined ? [] : [{ attainment: plan.gate, label: `gate ${pct(plan.gate)}` }]),
      ...plan.kickers.map((k) => ({ attainment: k.at, label: `kicker at ${pct(k.at)}` })),
    ];
    const current = inputs.credited / q;
    return { axis: 'attainment', quota: q, points: sample(pay, thresholds, current), current: { attainment: current, payout: pay(current) }, thresholds, next };
  }
  const o = plan.override;
  const q = inputs.teamQuota;
  if (o === undefined || q === null || q <= 0) return null;
  const pay = (a: number) => overridePay(a * q, q, o).amount ?? 0;
  const thresholds = (o.tiers ?? []).flatMap((t, i) => (t.upTo === undefined || o.mode === 'flat' ? [] : [{ attainment: t.upTo, label: `${pct(o.tiers![i + 1]!.rate)} above ${pct(t.upTo)}` }]));
  const current = inputs.teamBookings / q;
  return { axis: 'team attainment', quota: q, points: sample(pay, thresholds, current), current: { attainment: current, payout: pay(current) }, thresholds, next };
}

function sample(pay: (a: number) => number, thresholds: ReadonlyArray<{ attainment: number }>, current: number): CurvePoint[] {
  const top = Math.min(4, Math.max(1.5, current + 0.25, ...thresholds.map((t) => t.attainment + 0.3)));
  const xs = new Set<number>();
  for (let i = 0; i * STEP <= top + EPSILON; i += 1) xs.add(Math.round(i * STEP * 1e6) / 1e6);
  for (const t of thresholds) {
    xs.add(t.attainment);
    xs.add(t.attainment - EPSILON);
    xs.add(t.attainment + EPSILON);
  }
  return [...xs].filter((x) => x >= 0).sort((a, b) => a - b).map((attainment) => ({ attainment, payout: pay(attainment) }));
}

function pct(x: number): string {
  return `${Math.round(x * 1000) / 10}%`;
}
