import { quantileSorted } from 'd3';
import { describe, expect, it } from 'vitest';
import { dealWorth } from '../../../src/metrics/compensation/dealWorth.ts';
import { earnings } from '../../../src/metrics/compensation/earnings.ts';
import { nextTier } from '../../../src/metrics/compensation/nextTier.ts';
import { payoutCurve } from '../../../src/metrics/compensation/payoutCurve.ts';
import { payoutDistribution } from '../../../src/metrics/compensation/payoutDistribution.ts';
import type { PayoutTrials } from '../../../src/metrics/compensation/payoutTrials.ts';
import { CompensationConfigSchema } from '../../../src/schema/CompensationConfigSchema.ts';
import { fiscalQuota, makeDeal, makeModel, makeRep } from '../fixtures.ts';

const config = CompensationConfigSchema.parse({
  plans: [
    { name: 'AE', roles: ['Account Executive'], targetVariable: 20_000,
      rates: { mode: 'marginal', tiers: [{ upTo: 0.5, multiplier: 0.5 }, { upTo: 1.0, multiplier: 1.0 }, { multiplier: 1.5 }] } },
    { name: 'Manager', roles: ['Sales Manager'], override: { on: 'team', mode: 'flat', rate: 0.01 } },
  ],
});
const plans = config.plans;
// As of 2026-06-15 (FY2027 Q2, May-Jul): Ana has won 60,000, Bea 40,000; three open deals.
const model = makeModel({
  reps: [
    makeRep('Mo', { role: 'Sales Manager', team: 'East' }),
    makeRep('Ana', { role: 'Account Executive', team: 'East', manager: 'Mo' }),
    makeRep('Bea', { role: 'Account Executive', team: 'East', manager: 'Mo' }),
  ],
  quotas: [fiscalQuota('rep', 'Ana', 'quarter', 2027, 2, 100_000), fiscalQuota('rep', 'Bea', 'quarter', 2027, 2, 100_000)],
  deals: [
    makeDeal({ id: 'A1', owner: 'Ana', team: 'East', status: 'won', closeDate: '2026-05-20', amount: 60_000 }),
    makeDeal({ id: 'B1', owner: 'Bea', team: 'East', status: 'won', closeDate: '2026-05-21', amount: 40_000 }),
    makeDeal({ id: 'O1', owner: 'Ana', team: 'East', status: 'open', closeDate: '2026-07-10', amount: 30_000 }),
    makeDeal({ id: 'O2', owner: 'Ana', team: 'East', status: 'open', closeDate: '2026-07-20', amount: 20_000 }),
    makeDeal({ id: 'O3', owner: 'Bea', team: 'East', status: 'open', closeDate: '2026-07-25', amount: 50_000 }),
  ],
});
// Five trials, as the forecast's simulation would hand them over.
const trials: PayoutTrials = {
  period: 'FY2027-Q2',
  trials: 5,
  dealIds: ['O1', 'O2', 'O3'],
  // prettier-ignore
  won: Uint8Array.from([
    1, 0, 0, // t0
    1, 1, 0, // t1
    0, 0, 1, // t2
    0, 1, 1, // t3
    1, 1, 1, // t4
  ]),
  repIds: ['Ana', 'Bea'],
  // prettier-ignore
  runRate: Float64Array.from([
    0, 0,
    5_000, 0,
    0, 10_000,
    2_000, 0,
    0, 0,
  ]),
};
const statements = earnings(model, config, { asOf: '2026-06-15' }).statements;

describe('payoutDistribution', () => {
  const result = payoutDistribution(model, statements, plans, trials);
  const ana = result.people.find((p) => p.person === 'Ana')!;
  const mo = result.people.find((p) => p.person === 'Mo')!;

  it('the P50 payout is the payout of the median trial of the forecast: same trials, worked by hand', () => {
    // Ana's bookings per trial: t0 60+30 = 90k; t1 60+30+20+5 = 115k; t2 60k; t3 60+20+2 = 82k; t4 60+30+20 = 110k.
    // The forecast's P50 of her bookings over these trials is the median, 90,000 (trial t0).
    const bookings = [90_000, 115_000, 60_000, 82_000, 110_000].sort((a, b) => a - b);
    expect(quantileSorted(bookings, 0.5)).toBe(90_000);
    expect(ana.credited!.p50).toBe(90_000);
    // Trial t0 pays 50,000 × 0.1 + 40,000 × 0.2 = 13,000, and that is the P50 payout.
    expect(ana.payout.p50).toBeCloseTo(13_000, 6);
    // All five payouts: 13,000; 19,500; 7,000; 11,400; 18,000 → sorted 7,000, 11,400, 13,000, 18,000, 19,500.
    // P10: 7,000 + 0.4 × 4,400 = 8,760; P90: 18,000 + 0.6 × 1,500 = 18,900.
    expect(ana.payout.p10).toBeCloseTo(8_760, 6);
    expect(ana.payout.p90).toBeCloseTo(18_900, 6);
    expect(ana.payout.mean).toBeCloseTo((7_000 + 11_400 + 13_000 + 18_000 + 19_500) / 5, 6);
  });

  it('the chance of the next tier: above 100% in t1 (115k) and t4 (110k) = 2 of 5', () => {
    expect(ana.nextTier).toMatchObject({ kind: 'band', threshold: 1, more: 40_000, value: 1.5 });
    expect(ana.chanceOfNextTier).toBe(0.4);
  });

  it("the manager's override adds the team's won deals and run-rate in the same trials", () => {
    // Team so far 100,000. t0 +30k; t1 +30+20+5k; t2 +50+10k; t3 +20+50+2k; t4 +100k → 130k, 155k, 160k, 172k, 200k; 1% each.
    expect(mo.teamBookings!.p50).toBe(160_000);
    expect(mo.payout.p50).toBeCloseTo(1_600, 9);
    expect(mo.payout.p10).toBeCloseTo(1_300 + 0.4 * 250, 9);
    // Bea per trial: 40k, 40k, 40+50+10 = 100k, 90k, 90k → 4,000; 4,000; 15,000; 13,000; 13,000.
    // Total per trial (Ana + Bea + Mo): 18,300; 25,050; 23,600; 26,120; 33,000 → median 25,050 (trial t1).
    expect(result.total.p50).toBeCloseTo(25_050, 6);
    expect(result.people.map((p) => p.person)).toEqual(['Ana', 'Bea', 'Mo']);
  });
});

describe('dealWorth', () => {
  it("what closing each open deal adds to the owner's commission and the manager's override", () => {
    const rows = dealWorth(model, statements, plans);
    const gains = rows.map((r) => [r.dealId, r.gains.map((g) => [g.person, g.kind, Math.round(g.gain * 100) / 100])]);
    // Ana at 60,000 of 100,000: O1 (30,000) all in the 1× band at 0.2 = 6,000; O2 (20,000) = 4,000.
    // Bea at 40,000: O3 (50,000) is 10,000 × 0.1 + 40,000 × 0.2 = 9,000. Mo: 1% of each.
    expect(gains).toEqual([
      ['O1', [['Ana', 'own', 6_000], ['Mo', 'override', 300]]],
      ['O2', [['Ana', 'own', 4_000], ['Mo', 'override', 200]]],
      ['O3', [['Bea', 'own', 9_000], ['Mo', 'override', 500]]],
    ]);
  });
});

describe('nextTier and payoutCurve', () => {
  const ae = plans[0]!;
  it('"$18,300 more bookings moves you to the 1.5× band": 81,700 of 100,000', () => {
    expect(nextTier(ae, { credited: 81_700, quota: 100_000, teamBookings: 0, teamQuota: null })).toEqual({
      kind: 'band',
      threshold: 1,
      more: 18_300,
      value: 1.5,
      label: 'the 1.5× band (above 100% of quota)',
    });
    // Past the last band there is no next tier.
    expect(nextTier(ae, { credited: 120_000, quota: 100_000, teamBookings: 0, teamQuota: null })).toBeNull();
    // Below a gate the gate comes first.
    expect(nextTier({ ...ae, gate: 0.5 }, { credited: 30_000, quota: 100_000, teamBookings: 0, teamQuota: null })).toMatchObject({ kind: 'gate', more: 20_000 });
  });

  it('the curve passes through the plan at the band edges and the person sits on it', () => {
    const curve = payoutCurve(ae, { credited: 81_700, quota: 100_000, teamBookings: 0, teamQuota: null, drawBalance: 0 })!;
    const at = (a: number) => curve.points.find((p) => Math.abs(p.attainment - a) < 1e-9)!.payout;
    expect(at(0.5)).toBeCloseTo(5_000, 6);
    expect(at(1)).toBeCloseTo(15_000, 6);
    expect(at(1.3)).toBeCloseTo(24_000, 6);
    expect(curve.current.attainment).toBeCloseTo(0.817, 12);
    expect(curve.current.payout).toBeCloseTo(5_000 + 31_700 * 0.2, 6);
  });
});
