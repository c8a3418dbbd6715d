import { describe, expect, it } from 'vitest';
import { commission, type CommissionPlan } from '../../../src/metrics/compensation/commission.ts';

// The worked example: quota 100,000, target variable 20,000 (base rate 0.2), bookings 130,000.
const tiers = [{ upTo: 0.5, multiplier: 0.5 }, { upTo: 1.0, multiplier: 1.0 }, { multiplier: 1.5 }];
const plan = (mode: 'marginal' | 'retroactive', extra: Partial<CommissionPlan> = {}): CommissionPlan => ({
  targetVariable: 20_000,
  rates: { mode, tiers },
  kickers: [],
  ...extra,
});

describe('commission', () => {
  it('marginal: each band of bookings earns its own multiplier (50,000×0.1 + 50,000×0.2 + 30,000×0.3 = 24,000)', () => {
    const c = commission(130_000, 100_000, plan('marginal'))!;
    expect(c.baseRate).toBeCloseTo(0.2, 12);
    expect(c.attainment).toBeCloseTo(1.3, 12);
    expect(c.bands.map((b) => b.bookings)).toEqual([50_000, 50_000, 30_000]);
    expect(c.bands.map((b) => b.rate)).toEqual([0.1, 0.2, expect.closeTo(0.3, 12)]);
    expect(c.bands.map((b) => Math.round(b.commission))).toEqual([5_000, 10_000, 9_000]);
    expect(c.total).toBeCloseTo(24_000, 6);
    expect(c.bandReached).toBe(2);
  });

  it('retroactive: all bookings earn the band the attainment falls in (130,000 × 0.3 = 39,000)', () => {
    const c = commission(130_000, 100_000, plan('retroactive'))!;
    expect(c.bands.map((b) => b.bookings)).toEqual([0, 0, 130_000]);
    expect(c.total).toBeCloseTo(39_000, 6);
  });

  it('retroactive at exactly 100%: the band up to 1.0 includes 1.0 (100,000 × 0.2 = 20,000)', () => {
    expect(commission(100_000, 100_000, plan('retroactive'))!.total).toBeCloseTo(20_000, 6);
    // One dollar more moves all bookings to 1.5×: 100,001 × 0.3.
    expect(commission(100_001, 100_000, plan('retroactive'))!.total).toBeCloseTo(30_000.3, 6);
  });

  it('gate: below it nothing is earned; at it the bands pay', () => {
    const below = commission(49_999, 100_000, plan('marginal', { gate: 0.5 }))!;
    expect(below.gateMet).toBe(false);
    expect(below.commissionBeforeGate).toBeCloseTo(4_999.9, 6);
    expect(below.total).toBe(0);
    const at = commission(50_000, 100_000, plan('marginal', { gate: 0.5 }))!;
    expect(at.gateMet).toBe(true);
    expect(at.total).toBeCloseTo(5_000, 6); // 50,000 × 0.1
  });

  it('cap: commission plus kickers at most cap × target variable (39,000 capped at 1.5 × 20,000 = 30,000)', () => {
    const c = commission(130_000, 100_000, plan('retroactive', { cap: 1.5 }))!;
    expect(c.capReduction).toBeCloseTo(9_000, 6);
    expect(c.total).toBeCloseTo(30_000, 6);
    // Under the cap nothing changes: 80,000 → 50,000×0.1 + 30,000×0.2 = 11,000.
    expect(commission(80_000, 100_000, plan('marginal', { cap: 1.5 }))!.total).toBeCloseTo(11_000, 6);
  });

  it('kickers: each threshold reached adds its bonus once; the gate also blocks kickers', () => {
    const kickers = [{ at: 1.2, bonus: 3_000 }, { at: 1.0, bonus: 2_000 }];
    // 130,000: both reached → 24,000 + 2,000 + 3,000 = 29,000.
    expect(commission(130_000, 100_000, plan('marginal', { kickers }))!.total).toBeCloseTo(29_000, 6);
    // 110,000: only the 100% kicker → 5,000 + 10,000 + 10,000×0.3 + 2,000 = 20,000.
    const c = commission(110_000, 100_000, plan('marginal', { kickers }))!;
    expect(c.kickers).toEqual([
      { at: 1.0, bonus: 2_000, earned: true },
      { at: 1.2, bonus: 3_000, earned: false },
    ]);
    expect(c.total).toBeCloseTo(20_000, 6);
    // A kicker below the gate is not paid.
    expect(commission(40_000, 100_000, plan('marginal', { gate: 0.5, kickers: [{ at: 0.3, bonus: 1_000 }] }))!.total).toBe(0);
    // The cap takes kickers too: 24,000 + 5,000 capped at 1.2 × 20,000 = 24,000.
    expect(commission(130_000, 100_000, plan('marginal', { kickers, cap: 1.2 }))!.total).toBeCloseTo(24_000, 6);
  });

  it('no quota (null or 0): nothing is computed', () => {
    expect(commission(50_000, null, plan('marginal'))).toBeNull();
    expect(commission(50_000, 0, plan('marginal'))).toBeNull();
  });
});
