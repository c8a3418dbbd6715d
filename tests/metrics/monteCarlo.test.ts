import { describe, expect, it } from 'vitest';
import { monteCarlo, type SimulationInput } from '../../src/metrics/monteCarlo.ts';

const base: SimulationInput = { trials: 10_000, seed: 20261, columns: 1, deals: [], fixed: [0], runRate: [], targets: [null] };

describe('monteCarlo', () => {
  it('a p=1 deal and a p=0 deal: every quantile and the mean equal the p=1 amount', () => {
    const [s] = monteCarlo({ ...base, deals: [{ amount: 700, probability: 1, columns: [0] }, { amount: 300, probability: 0, columns: [0] }] });
    expect(s).toEqual({ p10: 700, p50: 700, p90: 700, mean: 700, probabilityOfTarget: null });
  });

  it('one deal at p=0.5: P10 = 0, P90 = the amount, P(reaching the amount) about 0.5', () => {
    const [s] = monteCarlo({ ...base, deals: [{ amount: 1_000, probability: 0.5, columns: [0] }], targets: [1_000] });
    expect(s!.p10).toBe(0);
    expect(s!.p90).toBe(1_000);
    // Standard error of a share over 10,000 trials at 0.5 is 0.005: allow four of them.
    expect(Math.abs(s!.probabilityOfTarget! - 0.5)).toBeLessThan(0.02);
    expect(Math.abs(s!.mean - 500)).toBeLessThan(20);
  });

  it('the same inputs and seed give the same numbers; another seed moves them', () => {
    const input = { ...base, deals: [{ amount: 1_000, probability: 0.3, columns: [0] }, { amount: 2_500, probability: 0.6, columns: [0] }], targets: [2_000] };
    expect(monteCarlo(input)).toEqual(monteCarlo(input));
    expect(monteCarlo({ ...input, seed: 7 })[0]!.mean).not.toBe(monteCarlo(input)[0]!.mean);
  });

  it('fills every column in one pass: a deal counted in two scopes adds to both, with the same draws', () => {
    const [company, rep, other] = monteCarlo({
      ...base,
      columns: 3,
      deals: [{ amount: 1_000, probability: 0.5, columns: [0, 1] }, { amount: 10, probability: 1, columns: [0, 2] }],
      fixed: [5, 0, 0],
      targets: [null, null, null],
    });
    expect(company!.mean - 15).toBeCloseTo(rep!.mean, 9); // company = rep's deal + 10 + 5 in every trial
    expect(other).toMatchObject({ p10: 10, p90: 10 });
  });

  it('columns simulated in batches (to bound memory) see the same trials as in one pass', () => {
    const input = {
      ...base,
      columns: 3,
      deals: [{ amount: 1_000, probability: 0.3, columns: [0, 1] }, { amount: 400, probability: 0.7, columns: [0, 2] }],
      fixed: [0, 0, 0],
      runRate: [[0, 0, 0], [50, 20, 30]],
      targets: [1_000, null, 400],
    };
    expect(monteCarlo({ ...input, maxCells: 10_000 })).toEqual(monteCarlo(input)); // one column per batch
  });

  it('adds one run-rate sample per trial, drawn uniformly', () => {
    const [s] = monteCarlo({ ...base, runRate: [[0], [100]], targets: [100] });
    expect(s!.p10).toBe(0);
    expect(s!.p90).toBe(100);
    expect(Math.abs(s!.probabilityOfTarget! - 0.5)).toBeLessThan(0.02);
  });

  it('keeps 10,000 trials × 1,000 deals × 80 columns fast', () => {
    const deals = Array.from({ length: 1_000 }, (_, i) => ({ amount: 1_000 + i, probability: (i % 10) / 10, columns: [0, 1 + (i % 79)] }));
    const started = performance.now();
    const out = monteCarlo({ ...base, columns: 80, deals, fixed: new Array(80).fill(0), targets: new Array(80).fill(null) });
    expect(out).toHaveLength(80);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
