/**
 * The next threshold above where a person stands: the gate when they are below it, else the
 * next band of their rates (or, for an override-only plan, of the override's tiers), with the
 * bookings still needed to pass it. Attainment moves into a band when it is above the band's
 * lower edge (a band holds attainments up to and including its upTo).
 */
import type { CompensationPlan } from '../../schema/CompensationConfigSchema.ts';
import { bandOf } from './bandOf.ts';

export interface NextTier {
  kind: 'gate' | 'band' | 'override band';
  /** Attainment to pass (1 = 100%). */
  threshold: number;
  /** Bookings still needed to reach the threshold (quota × threshold - bookings so far). */
  more: number;
  /** Multiplier (rates) or rate (override) of the band reached. */
  value: number;
  /** "$18,300 more bookings moves you to the 1.5× band" without the amount: "the 1.5× band". */
  label: string;
}

export interface NextTierInput {
  credited: number;
  quota: number | null;
  teamBookings: number;
  teamQuota: number | null;
}

export function nextTier(plan: CompensationPlan, input: NextTierInput): NextTier | null {
  if (plan.rates !== undefined && input.quota !== null && input.quota > 0) {
    const q = input.quota;
    const a = input.credited / q;
    if (plan.gate !== undefined && a < plan.gate) {
      return { kind: 'gate', threshold: plan.gate, more: plan.gate * q - input.credited, value: 0, label: `the gate (${pct(plan.gate)} of quota), where commission starts` };
    }
    const tiers = plan.rates.tiers;
    const band = bandOf(a, tiers);
    if (band + 1 >= tiers.length) return null;
    const threshold = tiers[band]!.upTo!;
    const value = tiers[band + 1]!.multiplier;
    return { kind: 'band', threshold, more: threshold * q - input.credited, value, label: `the ${multiple(value)} band (above ${pct(threshold)} of quota)` };
  }
  const o = plan.override;
  if (plan.rates === undefined && o !== undefined && o.mode === 'tiered' && o.tiers !== undefined && input.teamQuota !== null && input.teamQuota > 0) {
    const q = input.teamQuota;
    const band = bandOf(input.teamBookings / q, o.tiers);
    if (band + 1 >= o.tiers.length) return null;
    const threshold = o.tiers[band]!.upTo!;
    const value = o.tiers[band + 1]!.rate;
    return { kind: 'override band', threshold, more: threshold * q - input.teamBookings, value, label: `the ${pct(value)} override band (team above ${pct(threshold)} of quota)` };
  }
  return null;
}

function pct(x: number): string {
  return `${Math.round(x * 1000) / 10}%`;
}

function multiple(x: number): string {
  return `${Math.round(x * 100) / 100}×`;
}
