import { describe, expect, it } from 'vitest';
import { pipelineMonthChart } from '../../src/charts/pipelineMonthChart.ts';
import { pipelineStageChart } from '../../src/charts/pipelineStageChart.ts';
import { repCoverageChart, type RepCoverage } from '../../src/charts/repCoverageChart.ts';
import type { PipelineByCloseMonth } from '../../src/metrics/pipelineByCloseMonth.ts';
import type { CountAmount, PipelineByStage } from '../../src/metrics/pipelineByStage.ts';
import { markData, markTypes, rendered, tooltips } from './chartTestKit.ts';

const ca = (count: number, amount: number): CountAmount => ({ count, amount });
const none = ca(0, 0);

describe('pipelineStageChart', () => {
  // Prospecting 300 (100 past due, 200 this quarter); Proposal 600 (all next quarter). Total 900.
  const data: PipelineByStage = {
    asOf: '2026-09-16',
    quarter: { key: 'FY2027-Q3', label: 'FY2027 Q3', start: '2026-08-01', end: '2026-10-31' },
    nextQuarter: { key: 'FY2027-Q4', label: 'FY2027 Q4', start: '2026-11-01', end: '2027-01-31' },
    stages: [
      { stage: 'Prospecting', position: 0, total: ca(3, 300), missingAmount: 0, byTiming: { pastDue: ca(1, 100), thisQuarter: ca(2, 200), nextQuarter: none, later: none, noCloseDate: none } },
      { stage: 'Proposal', position: 1, total: ca(1, 600), missingAmount: 0, byTiming: { pastDue: none, thisQuarter: none, nextQuarter: ca(1, 600), later: none, noCloseDate: none } },
    ],
    total: { count: 4, amount: 900, missingAmount: 0, byTiming: { pastDue: ca(1, 100), thisQuarter: ca(2, 200), nextQuarter: ca(1, 600), later: none, noCloseDate: none } },
  };
  const chart = pipelineStageChart(data, { currency: 'USD' });

  it('pipelineStageChart names the biggest stage, its share and the past-due amount', () => {
    // 600 / 900 = 67%.
    expect(chart.title).toBe('Proposal holds the most open pipeline, $600 of $900 (67%); $100 is past due');
  });

  it('pipelineStageChart stacks the non-empty close-date segments in ladder order, legend only for those that occur', () => {
    expect(markTypes(chart)).toEqual(['BarX', 'Text', 'RuleX']);
    const segments = markData<{ stage: string; timing: string; amount: number }>(chart, 'BarX')[0]!;
    expect(segments.map((s) => [s.stage, s.timing, s.amount])).toEqual([
      ['Prospecting', 'Past due', 100],
      ['Prospecting', 'Rest of FY2027 Q3', 200],
      ['Proposal', 'FY2027 Q4', 600],
    ]);
    expect((chart.plot.y as { domain: string[] }).domain).toEqual(['Prospecting', 'Proposal']);
    expect((chart.plot.color as { domain: string[] }).domain).toEqual(['Past due', 'Rest of FY2027 Q3', 'FY2027 Q4']);
    expect(tooltips(rendered(chart))).toContain('Prospecting, Past due: $100 in 1 deal');
  });
});

describe('pipelineMonthChart', () => {
  const cats = (commit: number, pipeline: number) => ({ commit: ca(commit > 0 ? 1 : 0, commit), bestCase: none, pipeline: ca(pipeline > 0 ? 1 : 0, pipeline), omitted: none });
  const data: PipelineByCloseMonth = {
    asOf: '2026-09-16',
    buckets: [
      { key: 'past-due', kind: 'pastDue', start: null, end: null, total: ca(1, 50), missingAmount: 0, byCategory: cats(0, 50) },
      { key: '2026-09', kind: 'month', start: '2026-09-01', end: '2026-09-30', total: ca(2, 300), missingAmount: 0, byCategory: cats(100, 200) },
      { key: '2026-10', kind: 'month', start: '2026-10-01', end: '2026-10-31', total: ca(1, 100), missingAmount: 0, byCategory: cats(100, 0) },
      { key: '2026-11', kind: 'month', start: '2026-11-01', end: '2026-11-30', total: ca(1, 400), missingAmount: 0, byCategory: cats(0, 400) },
    ],
    total: { count: 5, amount: 850, missingAmount: 0 },
  };
  const chart = pipelineMonthChart(data, { currency: 'USD', quarter: { label: 'FY2027 Q3', start: '2026-08-01', end: '2026-10-31' } });

  it("pipelineMonthChart titles the quarter's pipeline, the biggest month and what is past due", () => {
    // Sep 300 + Oct 100 = 400 in the quarter; Nov holds the most.
    expect(chart.title).toBe('$400 of open pipeline is dated in the rest of FY2027 Q3; Nov 2026 holds the most, $400, and $50 is past due');
  });

  it('pipelineMonthChart stacks categories per month, underlines the quarter, legend only for categories that occur', () => {
    expect(markTypes(chart)).toEqual(['BarY', 'TickY', 'RuleY']);
    expect((chart.plot.x as { domain: string[] }).domain).toEqual(['Past due', 'Sep 2026', 'Oct 2026', 'Nov 2026']);
    expect(markData<string>(chart, 'TickY')[0]).toEqual(['Sep 2026', 'Oct 2026']);
    expect((chart.plot.color as { domain: string[] }).domain).toEqual(['Commit', 'Pipeline']);
    expect(tooltips(rendered(chart))).toContain('Sep 2026, Pipeline: $200 in 1 deal');
  });
});

describe('repCoverageChart', () => {
  // Ana: 150 open for 100 left, target 3 -> 1.5×, needs 300, 150 short. Ben: 4× against 3. Cy: quota met.
  const reps: RepCoverage[] = [
    { name: 'Ben', coverage: 4, target: 3, state: 'at or above target', openPipeline: 400, quotaRemaining: 100, gap: 0 },
    { name: 'Cy', coverage: null, target: 3, state: 'quota met', openPipeline: 50, quotaRemaining: 0, gap: 0 },
    { name: 'Ana', coverage: 1.5, target: 3, state: 'below target', openPipeline: 150, quotaRemaining: 100, gap: 150 },
  ];
  const chart = repCoverageChart(reps, { currency: 'USD', periodLabel: 'FY2027 Q3' });

  it('repCoverageChart counts reps below target and the pipeline they lack', () => {
    expect(chart.title).toBe('1 of 2 reps with quota left have less pipeline than their coverage target, $150 short in all');
  });

  it('repCoverageChart lists reps below target first, unmeasured reps last, with the target as a tick', () => {
    expect(markTypes(chart)).toEqual(['BarX', 'TickX', 'Text']);
    expect((chart.plot.y as { domain: string[] }).domain).toEqual(['Ana', 'Ben', 'Cy']);
    // The axis ends at twice the largest target.
    expect((chart.plot.x as { domain: number[] }).domain).toEqual([0, 6]);
    const tips = tooltips(rendered(chart));
    expect(tips).toContain('Ana: $150 open this quarter for $100 of quota left; coverage 1.5×, target 3.0×, $150 short');
    expect(tips).toContain('Cy: $50 open this quarter, quota met, target 3.0×');
  });
});
