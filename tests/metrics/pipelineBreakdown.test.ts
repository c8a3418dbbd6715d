import { describe, expect, it } from 'vitest';
import { pipelineByCloseMonth } from '../../src/metrics/pipelineByCloseMonth.ts';
import { pipelineByStage } from '../../src/metrics/pipelineByStage.ts';
import { makeDeal, makeModel } from './fixtures.ts';

// As of 2026-06-15: this quarter FY2027 Q2 (May 1..Jul 31), next FY2027 Q3 (Aug 1..Oct 31).
//   p1 Prospecting            10,000  close Jun 1   past due (before the as-of date)    category: stage default (Pipeline)
//   p2 Prospecting             5,000  close Jun 15  this quarter (due today, not past)  Commit
//   p3 Proposal/Price Quote   20,000  close Sep 10  next quarter                        Best Case
//   p4 proposal/price quote     none  close Dec 1   later; other spelling, one stage    stage default (Pipeline)
//   p5 Qualification           7,000  no close date                                     stage default (Pipeline)
//   p6 Custom Stage            1,000  close Jul 31  this quarter; not on the ladder     Omitted
//   p7 (no stage)              2,000  close Aug 1   next quarter                        assumed Pipeline
//   w1 won 50,000 and d1 (open, disappeared from the latest snapshot): not open pipeline.
const open = (id: string, stage: string | null, amount: number | null, closeDate: string | null, forecastCategory: 'commit' | 'bestCase' | 'omitted' | null = null) =>
  makeDeal({ id, stage, amount, closeDate, forecastCategory, createdDate: '2026-05-02' });
const model = makeModel({
  asOf: '2026-06-15',
  deals: [
    open('p1', 'Prospecting', 10_000, '2026-06-01'),
    open('p2', 'Prospecting', 5_000, '2026-06-15', 'commit'),
    open('p3', 'Proposal/Price Quote', 20_000, '2026-09-10', 'bestCase'),
    open('p4', 'proposal/price quote', null, '2026-12-01'),
    open('p5', 'Qualification', 7_000, null),
    open('p6', 'Custom Stage', 1_000, '2026-07-31', 'omitted'),
    open('p7', null, 2_000, '2026-08-01'),
    makeDeal({ id: 'w1', stage: 'Closed Won', status: 'won', amount: 50_000, closeDate: '2026-06-01' }),
    makeDeal({ id: 'd1', stage: 'Prospecting', amount: 9_000, closeDate: '2026-06-20', disappeared: true }),
  ],
});
const zero = { count: 0, amount: 0 };

describe('pipelineByStage', () => {
  const result = pipelineByStage(model);

  it('lists ladder stages in ladder order, then other stages, then deals without a stage', () => {
    expect(result.stages.map((s) => [s.stage, s.position])).toEqual([
      ['Prospecting', 0],
      ['Qualification', 1],
      ['Proposal/Price Quote', 2],
      ['Custom Stage', null],
      [null, null],
    ]);
    expect(result.quarter.key).toBe('FY2027-Q2');
    expect(result.nextQuarter.key).toBe('FY2027-Q3');
  });

  it('splits each stage by when its deals are due; a deal due today is not past due', () => {
    const [prospecting, qualification, proposal, custom, none] = result.stages;
    expect(prospecting).toMatchObject({ total: { count: 2, amount: 15_000 }, missingAmount: 0 });
    expect(prospecting!.byTiming).toEqual({ pastDue: { count: 1, amount: 10_000 }, thisQuarter: { count: 1, amount: 5_000 }, nextQuarter: zero, later: zero, noCloseDate: zero });
    expect(qualification!.byTiming.noCloseDate).toEqual({ count: 1, amount: 7_000 });
    // Two spellings, one stage; the deal without an amount counts in the count only.
    expect(proposal).toMatchObject({ total: { count: 2, amount: 20_000 }, missingAmount: 1 });
    expect(proposal!.byTiming.nextQuarter).toEqual({ count: 1, amount: 20_000 });
    expect(proposal!.byTiming.later).toEqual({ count: 1, amount: 0 });
    expect(custom!.byTiming.thisQuarter).toEqual({ count: 1, amount: 1_000 });
    expect(none!.byTiming.nextQuarter).toEqual({ count: 1, amount: 2_000 });
  });

  it('totals: 7 open deals, 45,000, one without an amount; won and disappeared deals left out', () => {
    expect(result.total).toEqual({
      count: 7,
      amount: 45_000,
      missingAmount: 1,
      byTiming: {
        pastDue: { count: 1, amount: 10_000 },
        thisQuarter: { count: 2, amount: 6_000 },
        nextQuarter: { count: 2, amount: 22_000 },
        later: { count: 1, amount: 0 },
        noCloseDate: { count: 1, amount: 7_000 },
      },
    });
  });
});

describe('pipelineByCloseMonth', () => {
  it('past due first, each month from the as-of month (empty ones too), then later and no close date', () => {
    const result = pipelineByCloseMonth(model, { months: 3 });
    expect(result.buckets.map((b) => [b.key, b.kind, b.start, b.end, b.total.count, b.total.amount])).toEqual([
      ['past-due', 'pastDue', null, null, 1, 10_000],
      ['2026-06', 'month', '2026-06-01', '2026-06-30', 1, 5_000],
      ['2026-07', 'month', '2026-07-01', '2026-07-31', 1, 1_000],
      ['2026-08', 'month', '2026-08-01', '2026-08-31', 1, 2_000],
      ['later', 'later', null, null, 2, 20_000],
      ['none', 'noCloseDate', null, null, 1, 7_000],
    ]);
    expect(result.total).toEqual({ count: 7, amount: 45_000, missingAmount: 1 });
  });

  it('splits by forecast category: the CRM one, else the stage default, else Pipeline', () => {
    const byKey = new Map(pipelineByCloseMonth(model, { months: 3 }).buckets.map((b) => [b.key, b.byCategory]));
    expect(byKey.get('past-due')).toEqual({ commit: zero, bestCase: zero, pipeline: { count: 1, amount: 10_000 }, omitted: zero });
    expect(byKey.get('2026-06')!.commit).toEqual({ count: 1, amount: 5_000 });
    expect(byKey.get('2026-07')!.omitted).toEqual({ count: 1, amount: 1_000 });
    expect(byKey.get('2026-08')!.pipeline).toEqual({ count: 1, amount: 2_000 });
    expect(byKey.get('later')).toEqual({ commit: zero, bestCase: { count: 1, amount: 20_000 }, pipeline: { count: 1, amount: 0 }, omitted: zero });
  });

  it('empty months between are kept, trailing ones dropped; buckets without deals are left out', () => {
    const result = pipelineByCloseMonth(model, { months: 8 });
    // p4 (Dec 2026) is the last dated deal: Jan 2027 is empty and dropped; Oct and Nov stay.
    expect(result.buckets.map((b) => b.key)).toEqual(['past-due', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12', 'none']);
    expect(result.buckets.find((b) => b.key === '2026-11')!.total).toEqual({ count: 0, amount: 0 });
    expect(result.buckets.find((b) => b.key === '2026-12')!.total).toEqual({ count: 1, amount: 0 });
  });

  it('months run across the year end', () => {
    const wrap = makeModel({ asOf: '2026-11-20', deals: [open('j1', 'Prospecting', 4_000, '2027-01-31')] });
    const result = pipelineByCloseMonth(wrap, { months: 3 });
    expect(result.buckets.map((b) => [b.key, b.start, b.end, b.total.amount])).toEqual([
      ['2026-11', '2026-11-01', '2026-11-30', 0],
      ['2026-12', '2026-12-01', '2026-12-31', 0],
      ['2027-01', '2027-01-01', '2027-01-31', 4_000],
    ]);
  });
});
