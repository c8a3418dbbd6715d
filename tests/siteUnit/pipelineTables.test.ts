import { describe, expect, it } from 'vitest';
import type { Dashboard } from '../../src/metrics/dashboard.ts';
import type { SiteData } from '../../src/site/load/siteData.ts';
import { repCoverageRows } from '../../src/site/pipeline/repCoverageRows.ts';
import { riskFlagLabel } from '../../src/site/format/riskFlagLabel.ts';
import { tablesHtml } from '../../src/site/tables/tablesHtml.ts';
import { pipelineChangeTables } from '../../src/site/pipeline/tablesPipelineChanges.ts';
import { pipelineCoverageTable } from '../../src/site/pipeline/tablesPipelineCoverage.ts';
import { pipelineRiskTables } from '../../src/site/pipeline/tablesPipelineRisk.ts';
import { pipelineStageTables } from '../../src/site/pipeline/tablesPipelineStages.ts';
import { dashboard, siteData } from './dashboardFixture.ts';

// Numbers from tests/siteUnit/dashboardFixture.ts. Open deals of its model as of 2026-09-16:
//   F1 Proposal 20,000 close Oct 1 (rest of FY2027 Q3, CRM Commit); F2 Prospecting 10,000 close Sep 1 (past due);
//   F3 Prospecting, no amount, close Dec 1 (FY2027 Q4). W9 is won.
describe('pipelineStageTables', () => {
  const [stages, months] = pipelineStageTables(siteData);

  it('open pipeline by stage, in ladder order, split by close date, with totals', () => {
    expect(stages!.rows).toEqual([
      { stage: 'Prospecting', pastDue: 10_000, thisQuarter: 0, nextQuarter: 0, later: 0, noCloseDate: 0, total: 10_000, deals: 2, missingAmount: 1 },
      { stage: 'Proposal', pastDue: 0, thisQuarter: 20_000, nextQuarter: 0, later: 0, noCloseDate: 0, total: 20_000, deals: 1, missingAmount: 0 },
    ]);
    expect(stages!.totals).toEqual({ total: 30_000, deals: 3, missingAmount: 1, pastDue: 10_000, thisQuarter: 20_000, nextQuarter: 0, later: 0, noCloseDate: 0 });
    expect(stages!.columns.map((c) => c.label).slice(1, 6)).toEqual(['Past due', 'Rest of FY2027 Q3', 'FY2027 Q4', 'Later', 'No close date']);
  });

  it('open pipeline by close month and category, up to the last month with a deal', () => {
    expect(months!.rows.map((r) => [r.month, r.commit, r.pipeline, r.total, r.deals])).toEqual([
      ['Past due', 0, 10_000, 10_000, 1],
      ['2026-09', 0, 0, 0, 0],
      ['2026-10', 20_000, 0, 20_000, 1],
      ['2026-11', 0, 0, 0, 0],
      ['2026-12', 0, 0, 0, 1],
    ]);
    expect(months!.totals).toEqual({ commit: 20_000, bestCase: 0, pipeline: 10_000, omitted: 0, total: 30_000, deals: 3 });
  });
});

describe('repCoverageRows and pipelineCoverageTable', () => {
  it("repCoverageRows: a rep without a target of their own gets the company's; reps with nothing are left out", () => {
    const rows = repCoverageRows(siteData);
    expect(rows.map((r) => r.name)).toEqual(['Ana', 'Bo']);
    // Ana: 60,000 for 60,000 left, target 2.5: needs 150,000, 90,000 short. Bo: 15,000 for 20,000, company target 3: 45,000 short.
    expect(rows[0]!.status).toEqual({ state: 'below target', coverage: 1, target: 2.5, targetSource: 'own', gap: 90_000 });
    expect(rows[1]!.status).toEqual({ state: 'below target', coverage: 0.75, target: 3, targetSource: 'fallback', gap: 45_000 });
  });

  it('pipelineCoverageTable: each rep with the pipeline needed, and totals', () => {
    const [table] = pipelineCoverageTable(siteData);
    expect(table!.rows[1]).toEqual({
      rep: 'Bo', team: 'North', region: 'West', quota: 50_000, bookings: 30_000, quotaRemaining: 20_000, openPipeline: 15_000, openCount: 2,
      coverage: 0.75, target: 3, targetSource: 'Company', gap: 45_000, state: 'Below target',
    });
    expect(table!.totals).toEqual({ quota: 150_000, bookings: 70_000, quotaRemaining: 80_000, openPipeline: 75_000, openCount: 6, gap: 135_000 });
  });
});

describe('pipelineRiskTables', () => {
  const [summary, flags] = pipelineRiskTables(siteData);

  it('every flagged deal in rank order with its flags and their evidence, amounts totalled', () => {
    expect(flags!.rows).toEqual([
      {
        rank: 1, deal: 'Deal One', owner: 'Ana', team: 'East', stage: 'Proposal', amount: 20_000, closeDate: '2026-09-01', severity: 'High', amountAtRisk: 20_000,
        flags: 'Past due, Stale',
        evidence: 'Past due (high): Close date 2026-09-01 is 15 days before the as-of date · Stale (medium): No activity for 40 days',
      },
      {
        rank: 2, deal: 'Deal Two', owner: 'Bo', team: 'North', stage: 'Qualification', amount: 10_000, closeDate: '2026-10-20', severity: 'Medium', amountAtRisk: 5_000,
        flags: 'Stuck in stage', evidence: 'Stuck in stage (medium): In Qualification for 63 days',
      },
    ]);
    expect(flags!.filters).toEqual(['team', 'owner', 'severity', 'flags']);
    expect(flags!.totals).toEqual({ amount: 30_000, amountAtRisk: 25_000 });
  });

  it('the flag filter offers each flag on its own: the flags column is a list no label can break', () => {
    const column = flags!.columns.find((c) => c.key === 'flags')!;
    expect(column.listSeparator).toBe(', ');
    const codes = ['past-due', 'pushed', 'stale', 'stuck', 'amount-cut', 'unlikely-to-close', 'commit-risk', 'concentration', 'missing-amount', 'missing-close-date', 'missing-next-step'] as const;
    for (const code of codes) expect(riskFlagLabel(code)).not.toContain(column.listSeparator);
    const html = tablesHtml(flags!, { base: '/' });
    const select = /<select id="pipeline-risk-filter-flags"[^>]*>(.*?)<\/select>/.exec(html)!;
    expect(select[0]).toContain('data-list=", "');
    expect([...select[1]!.matchAll(/<option[^>]*>([^<]*)<\/option>/g)].map((m) => m[1])).toEqual(['All', 'Past due', 'Stale', 'Stuck in stage']);
  });

  it('one row per flag: meaning, deals and their amount, what could not be decided and why', () => {
    expect(summary!.rows).toEqual([
      { flag: 'Past due', meaning: 'Why past-due matters.', deals: 1, amount: 20_000, notChecked: 0, why: null, checked: 'Yes' },
      { flag: 'Stale', meaning: 'Why stale matters.', deals: 1, amount: 20_000, notChecked: 2, why: 'no activity date', checked: 'Yes' },
      { flag: 'Stuck in stage', meaning: 'Why stuck matters.', deals: 1, amount: 10_000, notChecked: 0, why: null, checked: 'Yes' },
      { flag: 'Pushed repeatedly', meaning: null, deals: 0, amount: 0, notChecked: 0, why: 'A single snapshot has no close-date history.', checked: 'No' },
    ]);
    expect(riskFlagLabel('missing-next-step')).toBe('Missing next step');
  });
});

describe('pipelineChangeTables', () => {
  it('counts per kind of change and every change, one row each', () => {
    const [summary, list] = pipelineChangeTables(siteData);
    expect(summary!.rows.map((r) => [r.change, r.deals, r.amount])).toEqual([
      ['New deal', 1, 5_000],
      ['Moved forward', 1, 8_000],
      ['Moved backward', 0, 0],
      ['Pushed', 1, 12_000],
      ['Pulled in', 0, 0],
      ['Amount changed (net)', 1, 500],
      ['Won', 1, 9_000],
      ['Lost', 0, 0],
      ['Disappeared', 0, 0],
      ['Reopened', 0, 0],
    ]);
    expect(list!.rows).toEqual([
      { change: 'New deal', deal: 'Deal N1', owner: 'Ana', team: 'East', amount: 5_000, delta: null, from: null, to: 'Prospecting', detail: 'Created 2026-09-12; closes 2026-12-01' },
      { change: 'Moved forward', deal: 'Deal S1', owner: 'Bo', team: 'North', amount: 8_000, delta: null, from: 'Prospecting', to: 'Qualification', detail: null },
      { change: 'Pushed', deal: 'Deal P1', owner: 'Ana', team: 'East', amount: 12_000, delta: null, from: '2026-10-25', to: '2026-11-04', detail: 'Later by 10 days, from FY2027 Q3 to FY2027 Q4' },
      { change: 'Amount changed', deal: 'Deal A1', owner: 'Bo', team: 'North', amount: 1_500, delta: 500, from: '$1,000', to: '$1,500', detail: null },
      { change: 'Won', deal: 'Deal W1', owner: 'Ana', team: 'East', amount: 9_000, delta: null, from: 'Proposal', to: 'Won', detail: 'Close date 2026-09-14' },
    ]);
    expect(list!.totals).toEqual({ delta: 500 });
  });

  it('with no previous snapshot the tables are empty and say why', () => {
    const message = 'The snapshot of 2026-09-16 is the first one, so there is no previous snapshot to compare it with.';
    const single = { ...siteData, dashboard: { ...dashboard, changes: { kind: 'no previous snapshot', to: '2026-09-16', message } } as Dashboard } as SiteData;
    const [summary, list] = pipelineChangeTables(single);
    expect(summary!.rows).toEqual([]);
    expect(list!.rows).toEqual([]);
    expect(list!.caption).toBe(message);
  });
});
