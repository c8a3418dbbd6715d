import { describe, expect, it } from 'vitest';
import { forecast, type ScopeForecast } from '../../src/metrics/forecast.ts';
import { forecastModel, STAGES } from './forecastFixture.ts';

// Worked numbers for the fixture are in tests/metrics/forecastFixture.ts.
const model = forecastModel();
const result = forecast(model, { companyName: 'Acme', forecast: { minHistory: 5 }, stages: STAGES });
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
    expect(byId.get('C1')).toMatchObject({ probability: 0.4, probabilitySource: 'history', probabilityBasis: 'stage and days in stage', trials: 5, wins: 2, daysInStage: 5, weighted: 40_000 });
    expect(byId.get('C2')).toMatchObject({ probabilitySource: 'history', probabilityBasis: 'stage', trials: 7, wins: 3, daysInStage: 26 });
    expect(byId.get('C2')!.probability).toBeCloseTo(3 / 7, 12);
    expect(byId.get('C3')).toMatchObject({ probability: 0.15, probabilitySource: 'crm' });
    expect(byId.get('C4')).toMatchObject({ probability: 0.9, probabilitySource: 'stage default', category: 'commit', categorySource: 'stage default' });
    expect(byId.get('C5')).toMatchObject({ probability: 0, probabilitySource: 'none', category: 'omitted', categorySource: 'crm' });
    expect(byId.get('N1')).toMatchObject({ period: 'FY2027-Q3', probabilityBasis: 'stage', daysInStage: null });
  });

  it('shows what the learned probabilities rest on', () => {
    expect(result.learned.quarters).toEqual(['FY2027-Q1']);
    expect(result.learned.stages).toEqual([
      { stage: 'Proposal', trials: 7, wins: 3, rate: 3 / 7, buckets: [{ bucket: '0-14', trials: 5, wins: 2, rate: 0.4 }, { bucket: '15-45', trials: 2, wins: 1, rate: 0.5 }] },
      { stage: 'Prospecting', trials: 1, wins: 0, rate: 0, buckets: [{ bucket: '0-14', trials: 1, wins: 0, rate: 0 }] },
    ]);
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

  it('weighted pipeline: 100,000×0.4 + 50,000×3/7 + 20,000×0.15 + 10,000×0.9 + 5,000×0', () => {
    const open = 40_000 + (50_000 * 3) / 7 + 3_000 + 9_000;
    expect(company.weighted.open).toBeCloseTo(open, 6);
    expect(company.weighted.total).toBeCloseTo(55_000 + open, 6);
    expect(company.weighted.sources).toEqual({ history: 2, crm: 1, 'stage default': 1, none: 0 + 1 });
  });

  it('run-rate: R1 4,300 was created after day 46 of FY2027 Q1 (Mar 18) and won by its end; × 46 days left now / 43 then', () => {
    expect(current!.runRate.samples).toEqual([{ period: 'FY2027-Q1', point: '2026-03-18', daysLeft: 43, scale: 46 / 43 }]);
    expect(company.runRate).toBeCloseTo(4_600, 9);
  });

  it('simulation: mean near closed + weighted + run-rate, range within what can happen, probability of quota by hand', () => {
    const sim = company.simulation;
    const mean = 55_000 + 40_000 + (50_000 * 3) / 7 + 3_000 + 9_000 + 4_600; // 133,028.57
    // Standard deviation of the total is about 55,400: standard error of the mean over 10,000 trials about 554.
    expect(Math.abs(sim.mean - mean)).toBeLessThan(2_000);
    // Lowest total 55,000 + 4,600 = 59,600; highest 59,600 + 180,000.
    expect(sim.p10).toBeGreaterThanOrEqual(59_600);
    expect(sim.p10).toBeLessThanOrEqual(sim.p50);
    expect(sim.p50).toBeLessThanOrEqual(sim.p90);
    expect(sim.p90).toBeLessThanOrEqual(239_600);
    // Quota 200,000 needs 140,400 more: only C1 and C2 together (150,000) get there: 0.4 × 3/7 = 0.1714.
    expect(Math.abs(sim.probabilityOfQuota! - (0.4 * 3) / 7)).toBeLessThan(0.015);
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

  it('next quarter: N1 weighted 70,000 × 3/7 and run-rate from Q1 (everything won in Q1 was created after Dec 16) × 92/89', () => {
    const company = scope(next, 'company');
    expect(company.closedWon).toEqual({ amount: 0, count: 0 });
    expect(company.weighted.open).toBeCloseTo(30_000, 9);
    expect(next!.runRate.samples).toEqual([{ period: 'FY2027-Q1', point: '2025-12-16', daysLeft: 89, scale: 92 / 89 }]);
    const runRate = (80_000 * 92) / 89;
    expect(company.runRate).toBeCloseTo(runRate, 6);
    // N1 is lost in 4/7 of the trials: P10 and P50 are the run-rate alone, P90 adds N1.
    expect(company.simulation.p10).toBeCloseTo(runRate, 6);
    expect(company.simulation.p50).toBeCloseTo(runRate, 6);
    expect(company.simulation.p90).toBeCloseTo(runRate + 70_000, 6);
    expect(company.pacing).toBeNull();
    expect(company.trackRecord).toBeNull();
  });
});

describe('forecast: determinism and output', () => {
  it('the same inputs give the same numbers', () => {
    const again = forecast(forecastModel(), { companyName: 'Acme', forecast: { minHistory: 5 }, stages: STAGES });
    expect(again).toEqual(result);
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('records the settings and the methods', () => {
    expect(result.settings).toEqual({ trials: 10_000, seed: 20261, minHistory: 5 });
    expect(Object.keys(result.methods)).toContain('learnedProbability');
  });

  it('with the default minHistory (20) nothing in this fixture is learned: CRM and stage defaults', () => {
    const strict = forecast(model, { companyName: 'Acme', stages: STAGES });
    expect(strict.deals.find((d) => d.id === 'C1')).toMatchObject({ probability: 0.5, probabilitySource: 'stage default' });
  });
});
