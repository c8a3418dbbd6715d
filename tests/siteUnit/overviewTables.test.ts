import { describe, expect, it } from 'vitest';
import { coverageStatus } from '../../src/site/format/coverageStatus.ts';
import { overviewHeadlines } from '../../src/site/overview/overviewHeadlines.ts';
import { quarterView } from '../../src/site/load/quarterView.ts';
import { overviewTeamsTable } from '../../src/site/overview/tablesOverview.ts';
import { teamQuarterRows } from '../../src/site/overview/teamQuarterRows.ts';
import { siteData } from './dashboardFixture.ts';
import { siteData as noDashboard } from './siteDataFixture.ts';

// Numbers from tests/siteUnit/dashboardFixture.ts.
describe('quarterView', () => {
  it('quarterView picks the period, the company and any scope by key', () => {
    const view = quarterView(siteData, 'current');
    expect(view.forecast.period.key).toBe('FY2027-Q3');
    expect(view.company.closedWon.amount).toBe(70_000);
    expect(view.companyMetrics.openPipeline).toBe(75_000);
    expect(view.forecastOf('rep:Ana')!.quota).toBe(100_000);
    expect(view.metricsOf('team:North')!.quotaRemaining).toBe(20_000);
    expect(view.forecastOf('rep:Nobody')).toBeNull();
    expect(view.scopesOf('team').map((s) => s.name)).toEqual(['East', 'North']);
    expect(view.quarterLabel('FY2027-Q2')).toBe('FY2027 Q2');
    expect(quarterView(siteData, 'next').company.quota).toBe(160_000);
  });
});

describe('coverageStatus', () => {
  it('coverageStatus below target: the pipeline still needed is target × remaining − open', () => {
    // 75,000 open for 80,000 left = 0.9375; target 3 needs 240,000: 165,000 short.
    expect(coverageStatus({ quotaRemaining: 80_000, openPipeline: 75_000, coverageTarget: 3 })).toEqual({
      state: 'below target', coverage: 0.9375, target: 3, targetSource: 'own', gap: 165_000,
    });
  });

  it('coverageStatus at target, with a fallback target, quota met, no quota, unknown target', () => {
    expect(coverageStatus({ quotaRemaining: 100, openPipeline: 300, coverageTarget: 3 })).toMatchObject({ state: 'at or above target', coverage: 3, gap: 0 });
    expect(coverageStatus({ quotaRemaining: 100, openPipeline: 100, coverageTarget: null }, 2)).toMatchObject({ state: 'below target', target: 2, targetSource: 'fallback', gap: 100 });
    expect(coverageStatus({ quotaRemaining: 0, openPipeline: 50, coverageTarget: 3 })).toMatchObject({ state: 'quota met', coverage: null, gap: 0 });
    expect(coverageStatus({ quotaRemaining: null, openPipeline: 50, coverageTarget: 3 })).toMatchObject({ state: 'no quota', coverage: null, gap: null });
    expect(coverageStatus({ quotaRemaining: 100, openPipeline: 50, coverageTarget: null })).toMatchObject({ state: 'target unknown', coverage: 0.5, targetSource: null, gap: null });
  });
});

describe('teamQuarterRows and overviewTeamsTable', () => {
  it('teamQuarterRows joins each team forecast, pace and coverage', () => {
    expect(teamQuarterRows(siteData)).toEqual([
      { name: 'East', region: 'West', bookings: 40_000, quota: 100_000, attainment: 0.4, expectedShare: 0.5, expectedByNow: 50_000, status: 'behind', p50: 66_000, probabilityOfQuota: 0.2, openPipeline: 60_000, coverage: 1, coverageTarget: 2.5 },
      { name: 'North', region: 'West', bookings: 30_000, quota: 50_000, attainment: 0.6, expectedShare: 0.5, expectedByNow: 25_000, status: 'ahead', p50: 36_000, probabilityOfQuota: 0.1, openPipeline: 15_000, coverage: 0.75, coverageTarget: null },
    ]);
  });

  it('overviewTeamsTable: one row per team, totals of what adds up, attainment of the totals', () => {
    const [table] = overviewTeamsTable(siteData);
    expect(table!.id).toBe('overview-teams');
    expect(table!.rows.map((r) => [r.team, r.pace, r.attainment])).toEqual([['East', 'Behind', 0.4], ['North', 'Ahead', 0.6]]);
    // 70,000 of 150,000.
    expect(table!.totals).toEqual({ bookings: 70_000, quota: 150_000, attainment: 70_000 / 150_000, expectedByNow: 75_000, openPipeline: 75_000 });
  });

  it('the builders make no table from site data without a dashboard', () => {
    expect(overviewTeamsTable(noDashboard)).toEqual([]);
  });
});

describe('overviewHeadlines', () => {
  const byKey = new Map(overviewHeadlines(siteData).map((h) => [h.key, h]));

  it('overviewHeadlines writes the KPIs: compact from 100,000 up, with their notes', () => {
    expect(byKey.get('closedWon')).toMatchObject({ value: '$70,000', note: '3 deals won, day 47 of 92', section: 'forecast' });
    expect(byKey.get('quota')).toMatchObject({ value: '$150K', note: 'Quota source: rep row' });
    // 70,000 / 150,000 = 46.7%.
    expect(byKey.get('attainment')).toMatchObject({ value: '47%', note: 'The usual pace is 50% by day 47 of 92' });
    expect(byKey.get('pace')).toMatchObject({ value: '$5,000 behind', note: '$75,000 expected by now; $140K at this pace by quarter end' });
    expect(byKey.get('p50')).toMatchObject({ value: '$102K', note: '15% chance of reaching quota; P10 $85,000 to P90 $130K', method: 'M simulation.' });
    expect(byKey.get('commit')).toMatchObject({ value: '$95,000', note: 'Best case (incl.) $105K' });
    expect(byKey.get('coverage')).toMatchObject({ value: '0.9×', note: 'Target 3.0×: below target, $165K short ($75,000 open for $80,000 left)' });
  });
});
