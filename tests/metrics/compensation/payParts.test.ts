import { describe, expect, it } from 'vitest';
import { drawStep } from '../../../src/metrics/compensation/drawStep.ts';
import { overridePay } from '../../../src/metrics/compensation/overridePay.ts';
import { rampedQuota } from '../../../src/metrics/compensation/rampedQuota.ts';

describe('overridePay', () => {
  it('flat: rate × the team bookings (1% of 250,000 = 2,500)', () => {
    const o = overridePay(250_000, 300_000, { on: 'team', mode: 'flat', rate: 0.01 });
    expect(o.amount).toBeCloseTo(2_500, 9);
    expect(o.attainment).toBeCloseTo(250 / 300, 12);
  });

  it('tiered: the rate of the band the team attainment falls in × all team bookings', () => {
    const tiers = [{ upTo: 0.8, rate: 0.01 }, { upTo: 1.2, rate: 0.02 }, { rate: 0.04 }];
    // 330,000 / 300,000 = 110% → 2% × 330,000 = 6,600.
    expect(overridePay(330_000, 300_000, { on: 'team', mode: 'tiered', tiers }).amount).toBeCloseTo(6_600, 9);
    // 240,000 / 300,000 = 80% exactly → the first band: 1% × 240,000 = 2,400.
    expect(overridePay(240_000, 300_000, { on: 'team', mode: 'tiered', tiers }).amount).toBeCloseTo(2_400, 9);
    // 390,000 / 300,000 = 130% → 4% × 390,000 = 15,600.
    expect(overridePay(390_000, 300_000, { on: 'team', mode: 'tiered', tiers }).amount).toBeCloseTo(15_600, 9);
    // No team quota: no attainment, so no amount.
    expect(overridePay(390_000, null, { on: 'team', mode: 'tiered', tiers }).amount).toBeNull();
  });
});

describe('drawStep', () => {
  it('recoverable: advances up to the draw, paid back from later earnings above it', () => {
    const draw = { amount: 5_000, recoverable: true };
    const q1 = drawStep(2_000, 0, draw); // advance 3,000
    expect(q1).toEqual({ earned: 2_000, advanced: 3_000, recovered: 0, balanceBefore: 0, balance: 3_000, payout: 5_000 });
    const q2 = drawStep(6_000, q1.balance, draw); // 1,000 above the draw recovers 1,000 of 3,000
    expect(q2).toEqual({ earned: 6_000, advanced: 0, recovered: 1_000, balanceBefore: 3_000, balance: 2_000, payout: 5_000 });
    const q3 = drawStep(12_000, q2.balance, draw); // 7,000 above: recovers the last 2,000
    expect(q3).toEqual({ earned: 12_000, advanced: 0, recovered: 2_000, balanceBefore: 2_000, balance: 0, payout: 10_000 });
  });

  it('non-recoverable: advances are kept and nothing is recovered', () => {
    const draw = { amount: 5_000, recoverable: false };
    const q1 = drawStep(2_000, 0, draw);
    expect(q1.payout).toBe(5_000);
    expect(q1.balance).toBe(0);
    expect(drawStep(12_000, q1.balance, draw).payout).toBe(12_000);
  });
});

describe('rampedQuota', () => {
  it('averages the share of each month of the period by tenure month', () => {
    // Started 2026-06-10; FY2027 Q2 is May, Jun, Jul: tenure months 0 (before start), 1, 2.
    // Shares: 0, 0.25, 0.5 → average 0.25; full quota 90,000 → 22,500.
    const r = rampedQuota(90_000, { start: '2026-05-01', end: '2026-07-31' }, '2026-06-10', { months: [0.25, 0.5, 0.75] });
    expect(r.tenureMonths).toEqual([0, 1, 2]);
    expect(r.share).toBeCloseTo(0.25, 12);
    expect(r.quota).toBeCloseTo(22_500, 9);
    // Next quarter (Aug, Sep, Oct = tenure months 3, 4, 5): 0.75, 1, 1 → 11/12 × 90,000 = 82,500.
    expect(rampedQuota(90_000, { start: '2026-08-01', end: '2026-10-31' }, '2026-06-10', { months: [0.25, 0.5, 0.75] }).quota).toBeCloseTo(82_500, 9);
    // Fully ramped: the file quota unchanged.
    const after = rampedQuota(90_000, { start: '2026-11-01', end: '2027-01-31' }, '2026-06-10', { months: [0.25, 0.5, 0.75] });
    expect(after).toMatchObject({ quota: 90_000, ramped: false });
  });

  it('uses ramp.quota when the quota file has none', () => {
    expect(rampedQuota(null, { start: '2026-05-01', end: '2026-07-31' }, '2026-05-01', { months: [0, 0.5], quota: 60_000 }).quota).toBeCloseTo(30_000, 9);
  });
});
