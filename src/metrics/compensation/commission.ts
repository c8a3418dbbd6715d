/**
 * Commission on a person's credited bookings for one period, from the plan's rates:
 * - base rate = targetVariable / quota;
 * - marginal: the bookings in each attainment band (previous upTo × quota up to this upTo ×
 *   quota) earn multiplier × base rate; retroactive: all bookings earn the multiplier of the band
 *   the attainment falls in (a band holds attainments above the previous upTo up to and
 *   including its own);
 * - gate: below this attainment no commission and no kicker is earned;
 * - kickers: a bonus for each threshold the attainment reaches (at or above `at`);
 * - cap: commission plus kickers are at most cap × targetVariable.
 * Without a positive quota nothing is computed (null).
 */
import type { CompensationPlan } from '../../schema/CompensationConfigSchema.ts';
import { bandOf } from './bandOf.ts';

export interface CommissionBand {
  /** 0-based tier index in the plan. */
  tier: number;
  /** Attainment range of the band (1 = 100%); `to` null for the open-ended last band. */
  from: number;
  to: number | null;
  multiplier: number;
  /** multiplier × base rate: commission per unit of credited bookings in this band. */
  rate: number;
  /** Credited bookings that fall in the band (marginal) or all bookings in the band reached (retroactive). */
  bookings: number;
  commission: number;
}

export interface KickerLine {
  at: number;
  bonus: number;
  /** Reached and not gated. */
  earned: boolean;
}

export interface CommissionResult {
  quota: number;
  credited: number;
  attainment: number;
  baseRate: number;
  mode: 'marginal' | 'retroactive';
  /** Every band of the plan, with what it earned (0 for bands not reached). */
  bands: CommissionBand[];
  /** Index of the band the attainment falls in. */
  bandReached: number;
  /** Sum of the bands before the gate and cap. */
  commissionBeforeGate: number;
  /** False when a gate exists and the attainment is below it; null without a gate. */
  gateMet: boolean | null;
  /** Commission after the gate, before the cap. */
  commission: number;
  kickers: KickerLine[];
  kicker: number;
  /** Amount taken off commission plus kickers by the cap (0 when not capped). */
  capReduction: number;
  /** commission + kicker - capReduction. */
  total: number;
}

export type CommissionPlan = Pick<CompensationPlan, 'targetVariable' | 'rates' | 'gate' | 'cap' | 'kickers'>;

export function commission(credited: number, quota: number | null, plan: CommissionPlan): CommissionResult | null {
  if (quota === null || !(quota > 0) || plan.rates === undefined || plan.targetVariable === undefined) return null;
  const tiers = plan.rates.tiers;
  const mode = plan.rates.mode;
  const baseRate = plan.targetVariable / quota;
  const attainment = credited / quota;
  const reached = bandOf(attainment, tiers);
  const bands: CommissionBand[] = tiers.map((tier, i) => {
    const from = i === 0 ? 0 : tiers[i - 1]!.upTo!;
    const to = tier.upTo ?? null;
    const rate = tier.multiplier * baseRate;
    let bookings = 0;
    if (mode === 'marginal') {
      const lo = from * quota;
      const hi = to === null ? Infinity : to * quota;
      bookings = Math.max(0, Math.min(credited, hi) - lo);
    } else if (i === reached) {
      bookings = Math.max(0, credited);
    }
    return { tier: i, from, to, multiplier: tier.multiplier, rate, bookings, commission: bookings * rate };
  });
  // A handful of bands: a plain sum (this runs once per person per simulated trial).
  let commissionBeforeGate = 0;
  for (const b of bands) commissionBeforeGate += b.commission;
  const gateMet = plan.gate === undefined ? null : attainment >= plan.gate;
  const earns = gateMet !== false;
  const amount = earns ? commissionBeforeGate : 0;
  const kickers = [...(plan.kickers ?? [])]
    .sort((a, b) => a.at - b.at)
    .map((k) => ({ at: k.at, bonus: k.bonus, earned: earns && attainment >= k.at }));
  let kicker = 0;
  for (const k of kickers) if (k.earned) kicker += k.bonus;
  const ceiling = plan.cap === undefined ? Infinity : plan.cap * plan.targetVariable;
  const capReduction = Math.max(0, amount + kicker - ceiling);
  return {
    quota,
    credited,
    attainment,
    baseRate,
    mode,
    bands,
    bandReached: reached,
    commissionBeforeGate,
    gateMet,
    commission: amount,
    kickers,
    kicker,
    capReduction,
    total: amount + kicker - capReduction,
  };
}
