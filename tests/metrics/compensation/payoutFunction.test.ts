import { describe, expect, it } from 'vitest';
import { payoutFunction } from '../../../src/metrics/compensation/payoutFunction.ts';
import { periodPayout } from '../../../src/metrics/compensation/periodPayout.ts';
import { CompensationPlanSchema } from '../../../src/schema/CompensationConfigSchema.ts';

const tiers = [{ upTo: 0.5, multiplier: 0.5 }, { upTo: 1.0, multiplier: 1.0 }, { multiplier: 1.5 }];
const overrideTiers = [{ upTo: 0.8, rate: 0.01 }, { upTo: 1.2, rate: 0.02 }, { rate: 0.04 }];
const plans = [
  { name: 'm', reps: ['x'], targetVariable: 20_000, rates: { mode: 'marginal', tiers } },
  { name: 'r', reps: ['x'], targetVariable: 20_000, rates: { mode: 'retroactive', tiers }, gate: 0.5, cap: 1.6 },
  { name: 'k', reps: ['x'], targetVariable: 20_000, rates: { mode: 'marginal', tiers }, kickers: [{ at: 1, bonus: 2_000 }, { at: 0.3, bonus: 500 }], cap: 1.2 },
  { name: 'd', reps: ['x'], targetVariable: 20_000, rates: { mode: 'marginal', tiers }, draw: { amount: 8_000, recoverable: true } },
  { name: 'n', reps: ['x'], targetVariable: 20_000, rates: { mode: 'retroactive', tiers }, draw: { amount: 8_000, recoverable: false } },
  { name: 'o', reps: ['x'], override: { on: 'team', mode: 'tiered', tiers: overrideTiers } },
  { name: 'f', reps: ['x'], targetVariable: 20_000, rates: { mode: 'marginal', tiers }, override: { on: 'descendants', mode: 'flat', rate: 0.01 }, gate: 0.2 },
].map((p) => CompensationPlanSchema.parse(p));

describe('payoutFunction', () => {
  it("gives periodPayout's payout over a grid of plans, quotas, bookings and draw balances", () => {
    let checked = 0;
    for (const plan of plans) {
      for (const quota of [null, 100_000]) {
        for (const teamQuota of [null, 300_000]) {
          for (const drawBalance of [0, 3_000]) {
            const fn = payoutFunction(plan, { quota, teamQuota, drawBalance });
            for (let credited = 0; credited <= 200_000; credited += 2_500) {
              for (const teamBookings of [0, 150_000, 240_000, 240_001, 330_000, 400_000]) {
                const expected = periodPayout(plan, { credited, quota, teamBookings, teamQuota, drawBalance }).payout;
                expect(fn(credited, teamBookings)).toBeCloseTo(expected, 6);
                checked += 1;
              }
            }
          }
        }
      }
    }
    expect(checked).toBe(7 * 2 * 2 * 2 * 81 * 6);
  });
});
