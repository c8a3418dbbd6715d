import { describe, expect, it } from 'vitest';
import { forecast, type ScopeForecast } from '../../src/metrics/forecast.ts';
import { forecastModel, STAGES } from './forecastFixture.ts';

// Worked numbers for the fixture are in tests/metrics/forecastFixture.ts. Prior strength 10 deals
// (the default); the common factor off (σ = 0) so that shares can be worked out by hand.
//
// Learned from FY2027 Q1, in deals (a deal seen twice at a stage in a quarter counts ½ each time):
//   Proposal overall: 5 deals (L1, L2, L3, L4, L5), 2 won (L1, L4), 1 slipped (L3)
//   Proposal 0-14 days: L1 ½ W, L2 ½ L, L3 S, L4 W, L5 L = 4 deals, 1.5 won (5 looks, >= minHistory 5)
//   Prospecting: 1 deal (L5), 0 won.   All stages: 6 deals, 1 slipped: slip prior (1+1)/(6+2) = 0.25
// Win rates, (won + 10 × prior) / (deals + 10):
//   C1 Proposal 0-14, stage default 50%: (1.5 + 5) / 14 = 0.4642857
//   C2 Proposal (15-45 has 2 looks < 5), stage: (2 + 5) / 15 = 0.4666667
//   C3 Prospecting, CRM 15%: (0 + 1.5) / 11 = 0.1363636
//   C4 no trials at Negotiation/Review: stage default 0.9;  C5 none: 0;  N1 Proposal, stage: 7/15
// Slip, 46 days left (31-60; Proposal has 4 looks there < 5): by stage (1 + 2.5) / 15 = 0.2333;
//   C3 (0 + 2.5) / 11; C4 all stages (1 + 2.5) / 16 = 0.21875, held to 1 - 0.9 = 0.1.
const P1 = 6.5 / 14;
const P2 = 7 / 15;
const P3 = 1.5 / 11;
const S12 = 3.5 / 15;
const S3 = 2.5 / 11;
const model = forecastModel();
const settings = { minHistory: 5, commonFactor: 0 } as const;
const result = forecast(model, { companyName: 'Acme', forecast: settings, stages: STAGES });
const [current, next] = result.periods;
const scope = (period: typeof current, key: string): ScopeForecast => period!.scopes.find((s) => s.scope === key)!;

describe('forecast: periods and deals', () => {
  it('forecasts the quarter holding the as-of date and the next one', () => {
    expect(current).toMatchObject({ kind: 'current', period: { key: 'FY2027-Q2' }, day: 46, length: 92, daysLeft: 46 });
    expect(next).toMatchObject({ kind: 'next', period: { key: 'FY2027-Q3' }, day: 0, length: 92, daysLeft: 92 });
  });

  it('records each open deal\'s probability and its source', () => {
    const byId = new Map(result.deals.map((d) => [d.id, d]));
    expect(result.deals.map((d) => d.id)).toEqual(['C1', 'C2', 'C3', 'C4', 'C5', 'N1']);
    expect(byId.get('C1')).toMatchObject({ probabilitySource: 'history', probabilityBasis: 'stage and days in stage', trials: 5, wins: 2, daysInStage: 5, prior: { mean: 0.5, strength: 10, source: 'stage default' } });
    expect(byId.get('C1')!.probability).toBeCloseTo(P1, 12);
    expect(byId.get('C1')!.weighted).toBeCloseTo(100_000 * P1, 6);
    expect(byId.get('C1')!.slip).toBeCloseTo(S12, 12);
    expect(byId.get('C2')).toMatchObject({ probabilitySource: 'history', probabilityBasis: 'stage', trials: 7, wins: 3, daysInStage: 26 });
    expect(byId.get('C2')!.probability).toBeCloseTo(P2, 12);
    expect(byId.get('C3')).toMatchObject({ probabilitySource: 'history', prior: { mean: 0.15, source: 'crm' } });
    expect(byId.get('C3')!.probability).toBeCloseTo(P3, 12);
    expect(byId.get('C3')!.slip).toBeCloseTo(S3, 12);
    expect(byId.get('C4')).toMatchObject({ probability: 0.9, probabilitySource: 'stage default', category: 'commit', categorySource: 'stage default' });
    expect(byId.get('C4')!.slip).toBeCloseTo(0.1, 12);
    expect(byId.get('C5')).toMatchObject({ probability: 0, probabilitySource: 'none', category: 'omitted', categorySource: 'crm' });
    expect(byId.get('N1')).toMatchObject({ period: 'FY2027-Q3', probabilityBasis: 'stage', daysInStage: null });
  });

  it('shows what the learned probabilities rest on', () => {
    expect(result.learned.quarters).toEqual(['FY2027-Q1']);
    const [proposal, prospecting] = result.learned.stages;
    expect(proposal).toMatchObject({ stage: 'Proposal', trials: 7, wins: 3, slips: 1, deals: 5, dealWins: 2, dealSlips: 1, rawRate: 0.4, prior: { mean: 0.5, source: 'stage default' } });
    expect(proposal!.rate).toBeCloseTo(7 / 15, 12);
    expect(proposal!.slipRate).toBeCloseTo(3.5 / 15, 12);
    expect(proposal!.buckets.map((b) => [b.bucket, b.trials, b.deals, b.dealWins])).toEqual([['0-14', 5, 4, 1.5], ['15-45', 2, 1, 0.5]]);
    expect(proposal!.buckets[0]!.rate).toBeCloseTo(6.5 / 14, 12);
    // The interval of 7/15: Beta(7, 8), sd = √(56 / (225 × 16)) = 0.1247
    expect(proposal!.interval[0]).toBeCloseTo(7 / 15 - 1.2815515655 * Math.sqrt(56 / 3600), 9);
    expect(prospecting).toMatchObject({ stage: 'Prospecting', trials: 1, deals: 1, dealWins: 0, rawRate: 0, prior: { mean: 0.1 } });
    expect(prospecting!.rate).toBeCloseTo(1 / 11, 12);
  });
});

describe('forecast: company, current quarter', () => {
  const company = scope(current, 'company');

  it('closed won to date: W1 30,000 + L3 25,000', () => {
    expect(company.closedWon).toEqual({ amount: 55_000, count: 2 });
  });

  it('open amounts by category (each deal in one) and the cumulative roll-ups', () => {
    expect(company.open).toEqual({
      commit: { amount: 110_000, count: 2 }, // C1 100,000 + C4 10,000 (commit by its stage)
      bestCase: { amount: 50_000, count: 1 }, // C2
      pipeline: { amount: 20_000, count: 1 }, // C3
      omitted: { amount: 5_000, count: 1 }, // C5
      total: { amount: 185_000, count: 5 },
    });
    // commit 55,000 + 110,000; best case + 50,000; pipeline + 20,000 (omitted never)
    expect(company.rollup).toEqual({ commit: 165_000, bestCase: 215_000, pipeline: 235_000 });
  });

  it('weighted pipeline: 100,000×P1 + 50,000×P2 + 20,000×P3 + 10,000×0.9 + 5,000×0', () => {
    const open = 100_000 * P1 + 50_000 * P2 + 20_000 * P3 + 9_000;
    expect(company.weighted.open).toBeCloseTo(open, 6);
    expect(company.weighted.total).toBeCloseTo(55_000 + open, 6);
    expect(company.weighted.sources).toEqual({ history: 3, crm: 0, 'stage default': 1, none: 1 });
  });

  it('run-rate: R1 4,300 was created after day 46 of FY2027 Q1 (Mar 18) and won by its end; × 46 days left now / 43 then', () => {
    expect(current!.runRate.samples).toEqual([{ period: 'FY2027-Q1', point: '2026-03-18', daysLeft: 43, scale: 46 / 43 }]);
    expect(company.runRate).toBeCloseTo(4_600, 9);
  });

  it('simulation: mean near closed + weighted + run-rate, range within what can happen, probability of quota by hand', () => {
    const sim = company.simulation;
    const mean = 55_000 + 100_000 * P1 + 50_000 * P2 + 20_000 * P3 + 9_000 + 4_600; // 141,089
    // Standard deviation of the total is about 57,000: standard error of the mean over 10,000 trials about 570.
    expect(Math.abs(sim.mean - mean)).toBeLessThan(2_000);
    // Lowest total 55,000 + 4,600 = 59,600; highest 59,600 + 180,000.
    expect(sim.p10).toBeGreaterThanOrEqual(59_600);
    expect(sim.p10).toBeLessThanOrEqual(sim.p50);
    expect(sim.p50).toBeLessThanOrEqual(sim.p90);
    expect(sim.p90).toBeLessThanOrEqual(239_600);
    // Quota 200,000 needs 140,400 more: only C1 and C2 together (150,000) get there: P1 × P2 = 0.2167.
    expect(Math.abs(sim.probabilityOfQuota! - P1 * P2)).toBeLessThan(0.015);
  });

  it('pacing: 15,700 of Q1\'s 80,000 had closed by day 46 (Mar 18); expected by now 0.19625 × 200,000', () => {
    expect(current!.pacingQuarters).toEqual(['FY2027-Q1']);
    expect(company.pacing).toMatchObject({ bookingsToDate: 55_000, expectedShare: 0.19625, shareSource: 'company', status: 'ahead' });
    expect(company.pacing!.expectedByNow).toBeCloseTo(39_250, 9);
    expect(company.pacing!.difference).toBeCloseTo(15_750, 9);
    expect(company.pacing!.projected).toBeCloseTo(55_000 / 0.19625, 6);
  });

  it('track record: the forecast on day 29 of FY2027 Q1 (Mar 1, the latest point by day 46) against its 80,000', () => {
    // On Mar 1 nothing was learned yet: stage defaults. L1 40,000×0.5 + L2 30,000×0.5 + L3 25,000×0.5
    // + L4 20,000×0.5 + L5 10,000×0.1 = 58,500; P1 has no stage (reconstructed): 0.
    expect(company.trackRecord).toEqual({
      quarters: [{ period: 'FY2027-Q1', date: '2026-03-01', expected: 58_500, commit: 0, actual: 80_000, error: -21_500, absolutePercentageError: 21_500 / 80_000 }],
      meanSignedError: -21_500,
      meanAbsolutePercentageError: 0.26875,
    });
  });
});

describe('forecast: reps, teams and the next quarter', () => {
  it('Ben has only a closed deal: every quantile is that amount, no quota so no probability', () => {
    const ben = scope(current, 'rep:Ben');
    expect(ben.simulation).toEqual({ p10: 25_000, p50: 25_000, p90: 25_000, mean: 25_000, probabilityOfQuota: null });
    expect(ben.quota).toBeNull();
  });

  it('Ana: her own deals, her quota, the company pacing curve (one past quarter is too few of her own)', () => {
    const ana = scope(current, 'rep:Ana');
    expect(ana.closedWon).toEqual({ amount: 30_000, count: 1 });
    expect(ana.quota).toBe(120_000);
    expect(ana.pacing).toMatchObject({ expectedShare: 0.19625, shareSource: 'company' });
    expect(ana.pacing!.expectedByNow).toBeCloseTo(23_550, 9);
  });

  it('a team adds up its reps', () => {
    const east = scope(current, 'team:East');
    expect(east.closedWon.amount).toBe(55_000);
    expect(east.quota).toBe(120_000); // sum of reps: Ana 120,000, Ben none
    expect(east.quotaSource).toBe('sum of reps');
  });

  it('next quarter: N1 weighted 70,000 × 7/15 and run-rate from Q1 (everything won in Q1 was created after Dec 16) × 92/89', () => {
    const company = scope(next, 'company');
    expect(company.closedWon).toEqual({ amount: 0, count: 0 });
    expect(company.weighted.open).toBeCloseTo((70_000 * 7) / 15, 9);
    expect(next!.runRate.samples).toEqual([{ period: 'FY2027-Q1', point: '2025-12-16', daysLeft: 89, scale: 92 / 89 }]);
    const runRate = (80_000 * 92) / 89;
    expect(company.runRate).toBeCloseTo(runRate, 6);
    // Deals of the current quarter that slip are counted here when they are then won (with their
    // win probability again): C1 100,000 × S12 × P1, C2 50,000 × S12 × P2, C3 20,000 × S3 × P3,
    // C4 10,000 × 0.1 × 0.9; plus N1 70,000 × 7/15 (N1 itself can slip out of both quarters).
    const slipped = 100_000 * S12 * P1 + 50_000 * S12 * P2 + 20_000 * S3 * P3 + 10_000 * 0.1 * 0.9;
    expect(Math.abs(company.simulation.mean - (runRate + (70_000 * 7) / 15 + slipped))).toBeLessThan(1_500);
    // Nothing won in about (1 - 7/15) × (1 - S12 P1) × (1 - S12 P2) × (1 - S3 P3) × (1 - 0.09) = 37% of trials:
    // P10 is the run-rate alone; the highest total adds N1 and the slipped deals.
    expect(company.simulation.p10).toBeCloseTo(runRate, 6);
    expect(company.simulation.p90).toBeLessThanOrEqual(runRate + 70_000 + 180_000);
    expect(company.pacing).toBeNull();
    expect(company.trackRecord).toBeNull();
  });
});

describe('forecast: determinism and output', () => {
  it('the same inputs give the same numbers', () => {
    const again = forecast(forecastModel(), { companyName: 'Acme', forecast: settings, stages: STAGES });
    expect(again).toEqual(result);
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('records the settings and the methods', () => {
    expect(result.settings).toEqual({ trials: 10_000, seed: 20261, minHistory: 5, priorStrength: 10, commonFactor: 0 });
    expect(result.commonFactor).toEqual([
      { period: 'FY2027-Q2', sigma: 0, source: 'config', quarters: [] },
      { period: 'FY2027-Q3', sigma: 0, source: 'config', quarters: [] },
    ]);
    expect(Object.keys(result.methods)).toContain('learnedProbability');
  });

  it('with the default minHistory (20) no bucket has enough looks: the stage rate (2 + 5) / 15', () => {
    const strict = forecast(model, { companyName: 'Acme', stages: STAGES });
    expect(strict.deals.find((d) => d.id === 'C1')).toMatchObject({ probabilitySource: 'history', probabilityBasis: 'stage' });
    expect(strict.deals.find((d) => d.id === 'C1')!.probability).toBeCloseTo(7 / 15, 12);
    // One closed quarter is too few to calibrate the common factor: the default.
    expect(strict.commonFactor[0]).toMatchObject({ sigma: 0.5, source: 'default' });
  });

  it('adding a deal with amount 0 leaves every number of the simulation unchanged', () => {
    const withZero = forecastModel();
    const zero = { ...withZero.deals.find((d) => d.id === 'C2')!, id: 'C0', amount: 0 };
    withZero.deals = [zero, ...withZero.deals];
    const again = forecast(withZero, { companyName: 'Acme', forecast: { minHistory: 5 }, stages: STAGES });
    const before = forecast(model, { companyName: 'Acme', forecast: { minHistory: 5 }, stages: STAGES });
    expect(again.periods.map((p) => p.scopes.map((s) => s.simulation))).toEqual(before.periods.map((p) => p.scopes.map((s) => s.simulation)));
  });
});
