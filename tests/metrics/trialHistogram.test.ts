import { describe, expect, it } from 'vitest';
import { forecast } from '../../src/metrics/forecast.ts';
import { monteCarlo } from '../../src/metrics/monteCarlo.ts';
import { trialHistogram } from '../../src/metrics/trialHistogram.ts';
import { forecastModel, STAGES } from './forecastFixture.ts';

describe('trialHistogram', () => {
  it('trialHistogram(0..9, 5 bins) gives five bins of width 2 holding two trials each', () => {
    // d3's tick step for 0..9 in about 5 steps is 2: [0,2) [2,4) [4,6) [6,8) [8,10].
    const bins = trialHistogram([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], { bins: 5 });
    expect(bins).toEqual([
      { x0: 0, x1: 2, trials: 2 },
      { x0: 2, x1: 4, trials: 2 },
      { x0: 4, x1: 6, trials: 2 },
      { x0: 6, x1: 8, trials: 2 },
      { x0: 8, x1: 10, trials: 2 },
    ]);
  });

  it('a total on the upper edge of the last bin stays in it; empty bins in between are kept', () => {
    // 100..200 in about 2 steps: step 50, bins [100,150) [150,200]; 200 belongs to the last one.
    expect(trialHistogram([100, 100, 200], { bins: 2 })).toEqual([
      { x0: 100, x1: 150, trials: 2 },
      { x0: 150, x1: 200, trials: 1 },
    ]);
    // 0..30 by 10: the middle bin [10,20) is empty.
    expect(trialHistogram([0, 1, 25, 30], { bins: 3 })).toEqual([
      { x0: 0, x1: 10, trials: 2 },
      { x0: 10, x1: 20, trials: 0 },
      { x0: 20, x1: 30, trials: 2 },
    ]);
  });

  it('steps below 1 are exact: 0..1 in 5 bins is 0.2 wide', () => {
    const bins = trialHistogram([0, 0.1, 0.5, 1], { bins: 5 });
    expect(bins.map((b) => b.x0)).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
    expect(bins.map((b) => b.trials)).toEqual([2, 0, 1, 0, 1]);
  });

  it('one value for every trial gives one bin of zero width; no trials give no bins', () => {
    expect(trialHistogram([700, 700, 700])).toEqual([{ x0: 700, x1: 700, trials: 3 }]);
    expect(trialHistogram([])).toEqual([]);
  });
});

describe('monteCarlo histogram', () => {
  it('bins only the columns asked for; the bins hold every trial', () => {
    const out = monteCarlo({
      trials: 1_000,
      columns: 2,
      deals: [{ key: 12345, amount: 1_000, probability: 0.5, columns: [0, 1] }],
      fixed: [0, 0],
      runRate: [],
      targets: [null, null],
      histogram: { columns: [1], bins: 2 },
    });
    expect(out[0]!.histogram).toBeUndefined();
    // Totals are 0 or 1,000: step 500, bins [0,500) and [500,1000].
    const bins = out[1]!.histogram!;
    expect(bins.map((b) => [b.x0, b.x1])).toEqual([[0, 500], [500, 1_000]]);
    expect(bins[0]!.trials + bins[1]!.trials).toBe(1_000);
    expect(Math.abs(bins[1]!.trials / 1_000 - 0.5)).toBeLessThan(0.06);
  });
});

describe('forecast histogram', () => {
  it("the next quarter's company trials: run-rate alone, or plus N1's 70,000 (won in 7/15 of trials)", () => {
    // Worked in forecast.test.ts: run-rate 80,000 × 92/89 = 82,696.6; with N1, 152,696.6.
    // Range 70,000 in about 24 bins: d3's step is 2,000, bins from 82,000 to 154,000 (36 bins).
    // Without the current quarter's open deals (none can slip into the next quarter).
    const model = forecastModel();
    model.deals = model.deals.filter((d) => !['C1', 'C2', 'C3', 'C4', 'C5'].includes(d.id));
    const result = forecast(model, { companyName: 'Acme', forecast: { minHistory: 5, commonFactor: 0 }, stages: STAGES });
    const bins = result.periods[1]!.histogram;
    expect(bins).toHaveLength(36);
    expect(bins[0]).toMatchObject({ x0: 82_000, x1: 84_000 });
    expect(bins[35]).toMatchObject({ x0: 152_000, x1: 154_000 });
    expect(bins.slice(1, 35).every((b) => b.trials === 0)).toBe(true);
    expect(bins[0]!.trials + bins[35]!.trials).toBe(10_000);
    expect(Math.abs(bins[35]!.trials / 10_000 - 7 / 15)).toBeLessThan(0.02);
  });
});
