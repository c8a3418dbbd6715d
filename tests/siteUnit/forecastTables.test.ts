import { describe, expect, it } from 'vitest';
import { forecastHeadlines, probabilitySources } from '../../src/site/forecastPage/forecastHeadlines.ts';
import { forecastAccuracyTables } from '../../src/site/forecastPage/tablesForecastAccuracy.ts';
import { forecastDealTables, probabilityBasis } from '../../src/site/forecastPage/tablesForecastDeals.ts';
import { forecastRollupTables } from '../../src/site/forecastPage/tablesForecastRollup.ts';
import { siteData } from './dashboardFixture.ts';

// Numbers from tests/siteUnit/dashboardFixture.ts.
describe('forecastRollupTables', () => {
  const tables = new Map(forecastRollupTables(siteData).map((t) => [t.id, t]));

  it('forecastRollupTables makes a group table and a rep table for the current and the next quarter', () => {
    expect([...tables.keys()]).toEqual(['forecast-groups-current', 'forecast-reps-current', 'forecast-groups-next', 'forecast-reps-next']);
  });

  it('the group table has the company, region and team roll-ups, no total', () => {
    const groups = tables.get('forecast-groups-current')!;
    expect(groups.rows.map((r) => [r.level, r.name, r.region])).toEqual([['Company', 'Acme', null], ['Region', 'West', null], ['Team', 'East', 'West'], ['Team', 'North', 'West']]);
    // Company: commit 70,000 + 25,000; best case + 10,000; pipeline + 40,000; weighted 70,000 + 31,000.
    expect(groups.rows[0]).toEqual({ level: 'Company', name: 'Acme', region: null, quota: 150_000, closedWon: 70_000, commitOpen: 25_000, commit: 95_000, bestCase: 105_000, pipeline: 145_000, weighted: 101_000, p10: 85_000, p50: 102_000, p90: 130_000, probabilityOfQuota: 0.15 });
    expect(groups.totals).toBeUndefined();
  });

  it('the rep table leaves out reps with no quota and no deal, and totals the amounts that add up', () => {
    const reps = tables.get('forecast-reps-current')!;
    expect(reps.rows.map((r) => r.name)).toEqual(['Ana', 'Bo']);
    // Ana 60,000 / 70,000 / 100,000 / 65,000 and Bo 35,000 / 35,000 / 45,000 / 36,000.
    expect(reps.totals).toEqual({ quota: 150_000, closedWon: 70_000, commitOpen: 25_000, commit: 95_000, bestCase: 105_000, pipeline: 145_000, weighted: 101_000 });
    expect(tables.get('forecast-reps-next')!.rows.map((r) => r.name)).toEqual(['Ana', 'Bo']);
  });
});

describe('forecastAccuracyTables', () => {
  const [company, groups] = forecastAccuracyTables(siteData);

  it("the company's track record: forecast, commit, actual, error and both percentage errors, with means", () => {
    // 80,000 vs 100,000: error -20,000, 20%; commit 60,000: 40%.
    expect(company!.rows).toEqual([{ quarter: 'FY2027 Q2', date: '2026-05-17', expected: 80_000, commit: 60_000, actual: 100_000, error: -20_000, ape: 0.2, commitApe: 0.4 }]);
    expect(company!.totals).toEqual({ quarter: 'Mean', error: -20_000, ape: 0.2, commitApe: 0.4 });
  });

  it('by region, team and rep, leaving out those with nothing forecast and nothing booked', () => {
    // North and Bo forecast 0 and booked 0; Cy has no quarters.
    expect(groups!.rows).toEqual([
      { level: 'Region', name: 'West', quarters: 1, mape: 0.2, bias: -20_000, direction: 'Ran low' },
      { level: 'Team', name: 'East', quarters: 1, mape: 0.25, bias: 10_000, direction: 'Ran high' },
      { level: 'Rep', name: 'Ana', quarters: 1, mape: 0.25, bias: 10_000, direction: 'Ran high' },
    ]);
  });
});

describe('forecastDealTables', () => {
  const tables = new Map(forecastDealTables(siteData).map((t) => [t.id, t]));

  it('every deal in the forecast with its team, category source and probability source', () => {
    const deals = tables.get('forecast-deals')!;
    expect(deals.rows).toEqual([
      { name: 'Deal F1', owner: 'Ana', team: 'East', quarter: 'FY2027 Q3', stage: 'Proposal', category: 'Commit (from the CRM)', amount: 20_000, closeDate: '2026-10-01', probability: 0.75, source: 'History', basis: '30 won of 40 past looks at this stage, pulled toward the stage default 50% (prior of 10 deals); 80% interval 65%-85%', daysInStage: 12, weighted: 15_000 },
      { name: 'Deal F2', owner: 'Bo', team: 'North', quarter: 'FY2027 Q3', stage: 'Prospecting', category: 'Pipeline (stage default)', amount: 10_000, closeDate: '2026-10-15', probability: 0.1, source: 'CRM', basis: 'Too little history: the CRM probability', daysInStage: 3, weighted: 1_000 },
      { name: 'Deal F3', owner: 'Ana', team: 'East', quarter: 'FY2027 Q4', stage: 'Prospecting', category: 'Pipeline (assumed)', amount: null, closeDate: '2026-12-01', probability: 0.2, source: 'Stage default', basis: 'Too little history, no CRM probability: the stage default', daysInStage: null, weighted: null },
    ]);
    expect(deals.totals).toEqual({ amount: 30_000, weighted: 16_000 });
    expect(deals.filters).toEqual(['quarter', 'team', 'owner', 'category', 'source']);
  });

  it('the sources table counts deals by quarter and source', () => {
    const sources = tables.get('forecast-sources')!;
    expect(sources.rows).toEqual([
      { quarter: 'FY2027 Q3', source: 'History', deals: 1, amount: 20_000, weighted: 15_000 },
      { quarter: 'FY2027 Q3', source: 'CRM', deals: 1, amount: 10_000, weighted: 1_000 },
      { quarter: 'FY2027 Q4', source: 'Stage default', deals: 1, amount: null, weighted: 0 },
    ]);
    expect(sources.totals).toEqual({ deals: 3, amount: 30_000, weighted: 16_000 });
  });

  it('what the learned probabilities rest on, stages in ladder order', () => {
    expect(tables.get('forecast-learned')!.rows).toEqual([
      { stage: 'Prospecting', band: 'Any time in stage', prior: 0.1, trials: 10, deals: 5, dealWins: 0.5, rawRate: 0.1, rate: 0.1, low: 0.03, high: 0.17, slipRate: 0.2 },
      { stage: 'Proposal', band: 'Any time in stage', prior: 0.5, trials: 40, deals: 20, dealWins: 15, rawRate: 0.75, rate: 20 / 30, low: 0.55, high: 0.78, slipRate: 0.1 },
      { stage: 'Proposal', band: '0-14 days in stage', prior: 0.5, trials: 25, deals: 12, dealWins: 10, rawRate: 10 / 12, rate: 15 / 22, low: 0.55, high: 0.8, slipRate: 0.1 },
    ]);
  });

  it('probabilityBasis says what a learned probability rests on', () => {
    expect(probabilityBasis({ probabilitySource: 'history', probabilityBasis: 'stage and days in stage', trials: 25, wins: 20 })).toBe('20 won of 25 past looks at this stage and time in stage');
    expect(probabilityBasis({ probabilitySource: 'history', probabilityBasis: 'stage', trials: 25, wins: 20, prior: { mean: 0.5, strength: 10, source: 'stage default' }, interval: [0.61, 0.79] })).toBe(
      '20 won of 25 past looks at this stage, pulled toward the stage default 50% (prior of 10 deals); 80% interval 61%-79%',
    );
    expect(probabilityBasis({ probabilitySource: 'none', probabilityBasis: null, trials: null, wins: null })).toBe('No history, CRM or stage probability: counted as 0');
  });
});

describe('forecastHeadlines', () => {
  it("forecastHeadlines writes the company's numbers for a quarter with their methods", () => {
    const byKey = new Map(forecastHeadlines(siteData, 'current').map((h) => [h.key, h]));
    expect(byKey.get('commit')).toMatchObject({ value: '$95,000', note: '+ $25,000 open in 2 deals; 63% of the $150K quota', method: 'M rollup.' });
    expect(byKey.get('weighted')).toMatchObject({ value: '$101K', note: 'Closed won + $31,000 of weighted open deals; 67% of the $150K quota' });
    expect(byKey.get('runRate')).toMatchObject({ value: '$1,000', note: 'Mean over FY2027 Q2' });
    expect(new Map(forecastHeadlines(siteData, 'next').map((h) => [h.key, h])).get('runRate')).toMatchObject({ value: 'Unknown', note: 'No past quarter to learn it from' });
  });

  it('probabilitySources names each source used', () => {
    expect(probabilitySources({ history: 3, crm: 1, 'stage default': 0, none: 2 })).toBe('Win probabilities of the 6 open deals: 3 from the company\'s history, 1 from the CRM probability, 2 with no probability at all (counted as 0).');
    expect(probabilitySources({ history: 0, crm: 0, 'stage default': 0, none: 0 })).toBe('No open deal closes in this quarter.');
  });
});

describe('forecast cards explain themselves', () => {
  // Imported here so the fixture stays the one of this file.
  it('the chance of quota reads "over 99%" / "under 1%" at the ends, 100% only when closed won covers the quota', async () => {
    const { chanceOfQuota } = await import('../../src/site/forecast/forecastExplain.ts');
    const s = (p: number | null, closed: number, quota: number | null) => ({ quota, closedWon: { amount: closed, count: 1 }, simulation: { p10: 0, p50: 0, p90: 0, mean: 0, probabilityOfQuota: p } });
    expect(chanceOfQuota(s(1, 10, 100))).toBe('over 99%');
    expect(chanceOfQuota(s(0.9961, 10, 100))).toBe('over 99%');
    expect(chanceOfQuota(s(0, 10, 100))).toBe('under 1%');
    expect(chanceOfQuota(s(1, 120, 100))).toBe('100%');
    expect(chanceOfQuota(s(null, 10, null))).toBeNull();
  });

  it('a P50 above Best Case says why, with the numbers', async () => {
    const { rollupGap } = await import('../../src/site/forecast/forecastExplain.ts');
    const base = siteData.dashboard.forecast.periods[0]!.scopes[0]!;
    // Closed 70,000; Commit 95,000 (+25,000 open); Best Case 95,000 + open Best Case; P50 placed above it.
    const scope = { ...base, runRate: 1_000, simulation: { ...base.simulation, p10: base.rollup.bestCase - 1, p50: base.rollup.bestCase + 5_000, p90: base.rollup.bestCase + 9_000 } };
    const deals = siteData.dashboard.forecast.deals.filter((d) => d.period === 'FY2027-Q3');
    // F1 20,000 Commit at 75% (CRM 50%): 5,000 short; F2 10,000 Pipeline at 10%: 1,000 expected.
    expect(rollupGap(scope, deals, 'USD')).toBe(
      `The P50 ($${(scope.simulation.p50 / 1000).toFixed(0)}K) is above Best Case ($${(base.rollup.bestCase / 1000).toFixed(0)}K): $1,000 of run-rate from deals not created yet, which no roll-up holds; $1,000 expected from $10,000 of Pipeline and Omitted deals that Best Case leaves out (win rates used average 10% by amount, the CRM's 10%); less $5,000 because not every Commit and Best Case deal is won (win rates used average 75% by amount, the CRM's 50%).`,
    );
    expect(rollupGap({ ...scope, simulation: { ...base.simulation, p10: base.rollup.commit, p50: base.rollup.commit + 1, p90: base.rollup.bestCase } }, deals, 'USD')).toBeNull();
  });

  it('a P50 below Commit says why: the Commit deals as history weighs them, slips, run-rate', async () => {
    const { rollupGap } = await import('../../src/site/forecast/forecastExplain.ts');
    const base = siteData.dashboard.forecast.periods[0]!.scopes[0]!;
    const scope = { ...base, runRate: 1_000, simulation: { ...base.simulation, p10: 10_000, p50: base.rollup.commit - 10_000, p90: base.rollup.commit + 1 } };
    const deals = siteData.dashboard.forecast.deals.filter((d) => d.period === 'FY2027-Q3');
    expect(rollupGap(scope, deals, 'USD')).toContain("Commit counts $20,000 of open deals as won, but the history of such deals gives $15,000 (win rates used average 75% by amount, the CRM's 50%); 10% of that amount is expected to slip into the next quarter; run-rate adds $1,000; Pipeline deals add $1,000.");
  });
});
