import { describe, expect, it } from 'vitest';
import { forecast } from '../../src/metrics/forecast.ts';
import type { BacktestPoint, ForecastBacktest } from '../../src/metrics/forecastBacktest.ts';
import { forecastCalls } from '../../src/metrics/forecastCalls.ts';
import type { ManagerCall } from '../../src/model/types.ts';
import { forecastModel, STAGES } from './forecastFixture.ts';

// The forecast fixture (as of 2026-06-15, FY2027 Q2); FY2027 Q1 closed with 80,000
// (L1 40,000 + L4 20,000 + P1 15,700 + R1 4,300).
const call = (date: string, scope: ManagerCall['scope'], name: string | null, amount: number, period: string, start: string, end: string, row: number): ManagerCall => ({
  date, scope, name, call: amount, commit: null, bestCase: null, period, periodStart: start, periodEnd: end, submittedBy: 'Max', source: { file: 'calls.csv', sheet: null, row },
});
const Q1 = ['FY2027-Q1', '2026-02-01', '2026-04-30'] as const;
const Q2 = ['FY2027-Q2', '2026-05-01', '2026-07-31'] as const;

const point = (asOf: string, p50: number): BacktestPoint => ({
  asOf, day: 1, p10: p50, p50, p90: p50, probabilityOfQuota: null, weighted: 0, commit: 0, bestCase: 0, reconstructed: false, closedWon: 0, quota: null,
  crmWeighted: 0, stageWeighted: 0, runRate: 0, sigma: 0, covered: true, ape: { p50: null, weighted: null, crmWeighted: null, stageWeighted: null, commit: null, runRate: null }, pinball: { p10: 0, p50: 0, p90: 0 },
});
const quarter = { period: 'FY2027-Q1', label: 'FY2027 Q1', start: '2026-02-01', end: '2026-04-30', actual: 80_000, points: [point('2026-03-01', 70_000), point('2026-04-01', 84_000)] };
const empty = { points: 0, quarters: 0, coverage: null, mape: { p50: null, weighted: null, crmWeighted: null, stageWeighted: null, commit: null, runRate: null }, pinball: { p10: null, p50: null, p90: null } };
const backtest: ForecastBacktest = {
  scope: 'company', asOf: '2026-06-15', currency: 'USD', trials: 1_000, seed: 1, quarters: [quarter], summary: empty, byWeek: [],
  scopes: [{ scope: 'company', level: 'company', name: 'Acme', quarters: [quarter], summary: empty, byWeek: [] }],
  deals: { basis: 'none', predictions: 0, brier: null, crmBrier: null, reliability: [], crmReliability: [] },
};

describe('forecastCalls', () => {
  const model = forecastModel();
  model.calls = [
    call('2026-03-05', 'company', null, 90_000, ...Q1, 2),
    call('2026-04-02', 'company', null, 75_000, ...Q1, 3),
    call('2026-06-10', 'company', null, 150_000, ...Q2, 4),
    call('2026-06-12', 'team', 'east', 120_000, ...Q2, 5), // names match whatever the case
    call('2026-06-12', 'region', 'Nowhere', 1, ...Q2, 6),
    call('2026-06-20', 'company', null, 1, ...Q2, 7), // after the as-of date: not known yet
  ];
  const f = forecast(model, { companyName: 'Acme', forecast: { minHistory: 5, commonFactor: 0 }, stages: STAGES });
  const result = forecastCalls(model, f, backtest, { companyName: 'Acme' });

  it('a closed quarter: each call against the actual, next to the model P50 replayed on or before the same date', () => {
    const q1 = result.history.find((h) => h.period === 'FY2027-Q1' && h.scope === 'company')!;
    // 90,000 on Mar 5: off by 10,000 = 12.5%; the model on Mar 1 said 70,000: 12.5%.
    // 75,000 on Apr 2: off by 5,000 = 6.25%; the model on Apr 1 said 84,000: 5%.
    expect(q1.calls.map((c) => [c.date, c.actual, c.callError, c.callApe, c.modelDate, c.modelP50, c.modelApe])).toEqual([
      ['2026-03-05', 80_000, 10_000, 0.125, '2026-03-01', 70_000, 0.125],
      ['2026-04-02', 80_000, -5_000, 0.0625, '2026-04-01', 84_000, 0.05],
    ]);
    expect(q1.callMape).toBeCloseTo(0.09375, 12);
    expect(q1.modelMape).toBeCloseTo(0.0875, 12);
    expect(q1.closed).toBe(true);
  });

  it("the current quarter: the reps' Commit roll-up, the latest call and the model's P50 side by side", () => {
    const company = result.current.find((c) => c.scope === 'company')!;
    expect(company).toMatchObject({ commitRollup: 165_000, latest: { date: '2026-06-10', call: 150_000, actual: null, callApe: null } });
    expect(company.p50).toBe(f.periods[0]!.scopes[0]!.simulation.p50);
    expect(result.current.find((c) => c.scope === 'team:East')!.latest).toMatchObject({ call: 120_000 });
    // Reps without calls are not listed; every company, region and team is.
    expect(result.current.map((c) => c.scope)).toEqual(['company', 'region:NA', 'team:East']);
  });

  it('counts every call, lists the ones matching no scope, ignores calls after the as-of date', () => {
    expect(result.count).toBe(6);
    expect(result.unmatched).toEqual([{ scope: 'region', name: 'Nowhere', file: 'calls.csv', row: 6 }]);
    expect(result.history.find((h) => h.period === 'FY2027-Q2' && h.scope === 'company')!.calls.map((c) => c.call)).toEqual([150_000]);
  });
});
