import { describe, expect, it } from 'vitest';
import { monteCarlo, type SimulationInput } from '../../src/metrics/monteCarlo.ts';
import { streamKey } from '../../src/metrics/randomStream.ts';

let next = 0;
/** A deal with its own stream. */
const deal = (d: { amount: number; probability: number; columns: number[]; slip?: number }, seed = 20261) => ({ key: streamKey(seed, 'deal', `d${next++}`), ...d });
const rr = (samples: number[][]) => [{ key: streamKey(20261, 'run-rate'), samples }];

const base: SimulationInput = { trials: 10_000, columns: 1, deals: [], fixed: [0], runRate: [], targets: [null] };

describe('monteCarlo', () => {
  it('a p=1 deal and a p=0 deal: every quantile and the mean equal the p=1 amount', () => {
    const [s] = monteCarlo({ ...base, deals: [deal({ amount: 700, probability: 1, columns: [0] }), deal({ amount: 300, probability: 0, columns: [0] })] });
    expect(s).toEqual({ p10: 700, p50: 700, p90: 700, mean: 700, probabilityOfTarget: null });
  });

  it('one deal at p=0.5: P10 = 0, P90 = the amount, P(reaching the amount) about 0.5', () => {
    const [s] = monteCarlo({ ...base, deals: [deal({ amount: 1_000, probability: 0.5, columns: [0] })], targets: [1_000] });
    expect(s!.p10).toBe(0);
    expect(s!.p90).toBe(1_000);
    // Standard error of a share over 10,000 trials at 0.5 is 0.005: allow four of them.
    expect(Math.abs(s!.probabilityOfTarget! - 0.5)).toBeLessThan(0.02);
    expect(Math.abs(s!.mean - 500)).toBeLessThan(20);
  });

  it('the same inputs and seed give the same numbers; another seed moves them', () => {
    const input = { ...base, deals: [deal({ amount: 1_000, probability: 0.3, columns: [0] }), deal({ amount: 2_500, probability: 0.6, columns: [0] })], targets: [2_000] };
    expect(monteCarlo(input)).toEqual(monteCarlo(input));
    const reseeded = { ...input, deals: input.deals.map((d, i) => ({ ...d, key: streamKey(7, 'deal', `x${i}`) })) };
    expect(monteCarlo(reseeded)[0]!.mean).not.toBe(monteCarlo(input)[0]!.mean);
  });

  it('fills every column in one pass: a deal counted in two scopes adds to both, with the same draws', () => {
    const [company, rep, other] = monteCarlo({
      ...base,
      columns: 3,
      deals: [deal({ amount: 1_000, probability: 0.5, columns: [0, 1] }), deal({ amount: 10, probability: 1, columns: [0, 2] })],
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
      deals: [deal({ amount: 1_000, probability: 0.3, columns: [0, 1] }), deal({ amount: 400, probability: 0.7, columns: [0, 2] })],
      fixed: [0, 0, 0],
      runRate: rr([[0, 0, 0], [50, 20, 30]]),
      targets: [1_000, null, 400],
    };
    expect(monteCarlo({ ...input, maxCells: 10_000 })).toEqual(monteCarlo(input)); // one column per batch
  });

  it('adds one run-rate sample per trial, drawn uniformly', () => {
    const [s] = monteCarlo({ ...base, runRate: rr([[0], [100]]), targets: [100] });
    expect(s!.p10).toBe(0);
    expect(s!.p90).toBe(100);
    expect(Math.abs(s!.probabilityOfTarget! - 0.5)).toBeLessThan(0.02);
  });

  it('keeps 10,000 trials × 1,000 deals × 80 columns fast', () => {
    const deals = Array.from({ length: 1_000 }, (_, i) => (deal({ amount: 1_000 + i, probability: (i % 10) / 10, columns: [0, 1 + (i % 79)] })));
    const started = performance.now();
    const out = monteCarlo({ ...base, columns: 80, deals, fixed: new Array(80).fill(0), targets: new Array(80).fill(null) });
    expect(out).toHaveLength(80);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('monteCarlo: per-deal streams, slips and the common factor', () => {
  const totals = (input: SimulationInput) => monteCarlo(input);
  it('adding a deal with amount 0 leaves every other trial unchanged (every quantile and the mean)', () => {
    const deals = [deal({ amount: 1_000, probability: 0.3, columns: [0] }), deal({ amount: 2_500, probability: 0.6, columns: [0] })];
    const input = { ...base, trials: 2_000, deals, targets: [2_000] };
    const before = totals(input);
    const zero = { key: streamKey(20261, 'deal', 'new one'), amount: 0, probability: 0.5, columns: [0] };
    expect(totals({ ...input, deals: [zero, ...deals] })).toEqual(before);
    expect(totals({ ...input, deals: [...deals].reverse() })).toEqual(before); // order does not matter either
  });

  it('a deal that slips is counted in the next quarter: p(win) 0, p(slip) 1 gives the amount in the next period with its probability', () => {
    // Current quarter column 0, next quarter column 1. Won 0 in the quarter, slips always; then
    // won in the next quarter with its probability... which is 0 here: make a second deal with p 0.5.
    const slipper = { key: streamKey(1, 'deal', 's'), amount: 800, probability: 0.5, slip: 0.5, period: 0, columns: [0], slipColumns: [1] };
    const [cur, nxt] = monteCarlo({ ...base, columns: 2, deals: [slipper], fixed: [0, 0], targets: [null, null] });
    // Won in the quarter half of the time: mean 400. Slips the other half, then won next with 0.5: 0.25 × 800 = 200.
    expect(Math.abs(cur!.mean - 400)).toBeLessThan(20);
    expect(Math.abs(nxt!.mean - 200)).toBeLessThan(20);
    // A deal of the next quarter that slips is out of both.
    const out = { ...slipper, key: streamKey(1, 'deal', 'n'), period: 1, probability: 0, slip: 1, columns: [1], slipColumns: undefined };
    expect(monteCarlo({ ...base, columns: 2, deals: [out], fixed: [0, 0], targets: [null, null] })[1]!.mean).toBe(0);
  });

  it('the common factor keeps the mean near Σ amount × p but widens the range', () => {
    const many = Array.from({ length: 200 }, (_, i) => ({ key: streamKey(3, 'deal', `m${i}`), amount: 100, probability: 0.5, columns: [0] }));
    const input = { ...base, trials: 4_000, deals: many };
    const [indep] = monteCarlo(input);
    const [together] = monteCarlo({ ...input, factors: [{ key: streamKey(3, 'factor'), sigma: 1 }] });
    expect(Math.abs(indep!.mean - 10_000)).toBeLessThan(100);
    expect(Math.abs(together!.mean - 10_000)).toBeLessThan(300); // symmetric shift around p = 0.5
    // Independent: sd = 100 × √(200 × 0.25) ≈ 707, P90 - P10 ≈ 1,812; with σ = 1 the spread is several times wider.
    expect(indep!.p90 - indep!.p10).toBeLessThan(2_200);
    expect(together!.p90 - together!.p10).toBeGreaterThan(3 * (indep!.p90 - indep!.p10));
  });
});
