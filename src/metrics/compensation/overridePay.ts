/**
 * A manager's override for one period: `flat` pays rate × the team's credited bookings;
 * `tiered` pays the rate of the band the team's attainment (bookings / the team's quota) falls
 * in × the same bookings. A tiered override without a team quota cannot be computed (null amount).
 */
import type { CompensationPlan } from '../../schema/CompensationConfigSchema.ts';
import { bandOf } from './bandOf.ts';

export interface OverridePayResult {
  on: 'team' | 'descendants';
  mode: 'flat' | 'tiered';
  bookings: number;
  /** The team's quota for the period; null when none is known. */
  quota: number | null;
  attainment: number | null;
  /** Tier index reached (tiered only). */
  band: number | null;
  /** Rate applied; null when it cannot be known (tiered without quota). */
  rate: number | null;
  amount: number | null;
}

export function overridePay(bookings: number, quota: number | null, override: NonNullable<CompensationPlan['override']>): OverridePayResult {
  const attainment = quota !== null && quota > 0 ? bookings / quota : null;
  if (override.mode === 'flat') {
    const rate = override.rate ?? 0;
    return { on: override.on, mode: 'flat', bookings, quota, attainment, band: null, rate, amount: rate * bookings };
  }
  const tiers = override.tiers ?? [];
  if (attainment === null || tiers.length === 0) {
    return { on: override.on, mode: 'tiered', bookings, quota, attainment, band: null, rate: null, amount: null };
  }
  const band = bandOf(attainment, tiers);
  const rate = tiers[band]!.rate;
  return { on: override.on, mode: 'tiered', bookings, quota, attainment, band, rate, amount: rate * bookings };
}
