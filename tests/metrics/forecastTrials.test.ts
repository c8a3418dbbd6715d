import { describe, expect, it } from 'vitest';
import { forecast } from '../../src/metrics/forecast.ts';
import { forecastTrials } from '../../src/metrics/forecastTrials.ts';
import { quantile } from '../../src/metrics/monteCarlo.ts';
import { forecastModel, STAGES } from './forecastFixture.ts';

const options = { companyName: 'Acme', forecast: { minHistory: 5, trials: 4_000 }, stages: STAGES };

describe('forecastTrials', () => {
  const model = forecastModel();
  const trials = forecastTrials(model, options);
  const result = forecast(model, options);
  const company = result.periods[0]!.scopes.find((s) => s.scope === 'company')!;

  it('lists the current quarter\'s open deals with an amount and every rep', () => {
    expect(trials.period).toBe('FY2027-Q2');
    expect(trials.trials).toBe(4_000);
    expect([...trials.dealIds]).toEqual(['C1', 'C2', 'C3', 'C4', 'C5']);
    expect([...trials.repIds].sort()).toEqual(['Ana', 'Ben']);
    expect(trials.won).toHaveLength(4_000 * 5);
    expect(trials.runRate).toHaveLength(4_000 * 2);
    // C5 has probability 0 (no source at all): never won.
    for (let t = 0; t < trials.trials; t += 1) expect(trials.won[t * 5 + 4]).toBe(0);
  });

  it('closed won + won amounts + run-rate, trial by trial: its P50 is the forecast\'s company P50', () => {
    const d = trials.dealIds.length;
    const r = trials.repIds.length;
    const totals = Float64Array.from({ length: trials.trials }, (_, t) => {
      let total = trials.closedWon;
      for (let k = 0; k < d; k += 1) if (trials.won[t * d + k] === 1) total += trials.amounts[k]!;
      for (let k = 0; k < r; k += 1) total += trials.runRate[t * r + k]!;
      return total;
    }).sort();
    expect(trials.closedWon).toBe(company.closedWon.amount);
    expect(quantile(totals, 0.5)).toBeCloseTo(company.simulation.p50, 6);
    expect(quantile(totals, 0.1)).toBeCloseTo(company.simulation.p10, 6);
    expect(quantile(totals, 0.9)).toBeCloseTo(company.simulation.p90, 6);
  });
});
