import { describe, expect, it } from 'vitest';
import { quotaFor } from '../../src/metrics/quotaFor.ts';
import { calendar, fiscalQuota, makeModel, makeQuota, makeRep } from './fixtures.ts';

// FY2027 (February start): Q1 = 2026-02-01..2026-04-30 = 28 + 31 + 30 = 89 days,
// Q2 = 2026-05-01..2026-07-31 = 31 + 30 + 31 = 92 days; the year has 365 days.
const Q1 = calendar.period('quarter', 2027, 1);
const Q2 = calendar.period('quarter', 2027, 2);
const FY = calendar.period('year', 2027, 1);

const reps = [
  makeRep('Ana', { team: 'East', region: 'NA' }),
  makeRep('Ben', { team: 'East', region: 'NA', startDate: '2026-03-01' }), // joins during Q1
  makeRep('Cat', { team: 'West', region: 'NA', endDate: '2026-02-15' }), // leaves during Q1
  makeRep('Dan', { team: 'Nordics', region: 'EMEA' }),
  makeRep('Eve'), // no team, no region
];
const quotas = [
  fiscalQuota('rep', 'Ana', 'quarter', 2027, 1, 100_000),
  fiscalQuota('rep', 'Ana', 'quarter', 2027, 2, 120_000),
  fiscalQuota('rep', 'Ben', 'year', 2027, 1, 365_000),
  fiscalQuota('rep', 'Cat', 'quarter', 2027, 1, 50_000),
  fiscalQuota('rep', 'Cat', 'quarter', 2027, 2, 50_000),
  fiscalQuota('rep', 'Dan', 'month', 2027, 1, 10_000),
  fiscalQuota('rep', 'Dan', 'month', 2027, 2, 10_000),
  fiscalQuota('rep', 'Dan', 'month', 2027, 3, 10_000),
  fiscalQuota('team', 'East', 'quarter', 2027, 2, 250_000),
  fiscalQuota('rep', 'Eve', 'quarter', 2027, 1, 7_000),
];
const model = makeModel({ deals: [], reps, quotas });

describe('quotaFor', () => {
  it('a rep quarter row is used as is', () => {
    expect(quotaFor(model, { level: 'rep', name: 'Ana' }, Q1)).toMatchObject({ amount: 100_000, source: 'rep row', partial: false, granularity: 'quarter' });
  });

  it('an annual row is prorated by days: 365,000 × 89/365 = 89,000 for Q1 and × 92/365 = 92,000 for Q2', () => {
    expect(quotaFor(model, { level: 'rep', name: 'Ben' }, Q1).amount).toBeCloseTo(89_000, 6);
    expect(quotaFor(model, { level: 'rep', name: 'Ben' }, Q2).amount).toBeCloseTo(92_000, 6);
  });

  it('monthly rows add up: 3 × 10,000 = 30,000 for Q1', () => {
    expect(quotaFor(model, { level: 'rep', name: 'Dan' }, Q1)).toMatchObject({ amount: 30_000, granularity: 'month', partial: false });
  });

  it('quarter rows covering part of a year are summed and the result is marked partial', () => {
    // Ana has Q1 and Q2 rows only: 100,000 + 120,000 for FY2027.
    expect(quotaFor(model, { level: 'rep', name: 'Ana' }, FY)).toMatchObject({ amount: 220_000, partial: true });
  });

  it('no quota row gives null, not 0', () => {
    expect(quotaFor(model, { level: 'rep', name: 'Dan' }, Q2)).toMatchObject({ amount: null, source: 'none' });
    expect(quotaFor(model, { level: 'rep', name: 'Nobody' }, Q1).amount).toBeNull();
  });

  it('a team without a row sums its reps active in the period (a rep who joins mid-quarter counts)', () => {
    // East Q1: Ana 100,000 + Ben 89,000 = 189,000
    const east = quotaFor(model, { level: 'team', name: 'East' }, Q1);
    expect(east.source).toBe('sum of reps');
    expect(east.amount).toBeCloseTo(189_000, 6);
    expect(east.parts.map((p) => p.name)).toEqual(['Ana', 'Ben']);
  });

  it('the team row wins over its reps', () => {
    expect(quotaFor(model, { level: 'team', name: 'East' }, Q2)).toMatchObject({ amount: 250_000, source: 'team row' });
  });

  it('a rep who left before the period is not in the team sum (West Q2 has nobody: null)', () => {
    expect(quotaFor(model, { level: 'team', name: 'West' }, Q1)).toMatchObject({ amount: 50_000, source: 'sum of reps' });
    expect(quotaFor(model, { level: 'team', name: 'West' }, Q2)).toMatchObject({ amount: null, source: 'none' });
  });

  it('a region sums its teams', () => {
    // NA Q1: East 189,000 + West 50,000 = 239,000; Q2: East 250,000 (West none).
    const na1 = quotaFor(model, { level: 'region', name: 'NA' }, Q1);
    expect(na1.source).toBe('sum of teams');
    expect(na1.amount).toBeCloseTo(239_000, 6);
    expect(quotaFor(model, { level: 'region', name: 'NA' }, Q2)).toMatchObject({ amount: 250_000, source: 'sum of teams' });
  });

  it('the company sums regions and reps with neither team nor region', () => {
    // Q1: NA 239,000 + EMEA 30,000 + Eve 7,000 = 276,000
    const company = quotaFor(model, { level: 'company', name: 'Acme' }, Q1);
    expect(company.source).toBe('sum of regions and reps');
    expect(company.amount).toBeCloseTo(276_000, 6);
  });

  it('a company row wins and is prorated: 1,000,000 for FY2027 gives 1,000,000 × 89/365 for Q1', () => {
    const withRow = makeModel({ deals: [], reps, quotas: [...quotas, fiscalQuota('company', null, 'year', 2027, 1, 1_000_000)] });
    const q = quotaFor(withRow, { level: 'company', name: 'Acme' }, Q1);
    expect(q.source).toBe('company row');
    expect(q.amount).toBeCloseTo((1_000_000 * 89) / 365, 6);
  });

  it('with rows of two granularities for the same holder, the period\'s own granularity is used (no double count)', () => {
    const both = makeModel({
      deals: [],
      reps,
      quotas: [fiscalQuota('rep', 'Ana', 'year', 2027, 1, 400_000), fiscalQuota('rep', 'Ana', 'quarter', 2027, 1, 100_000)],
    });
    expect(quotaFor(both, { level: 'rep', name: 'Ana' }, Q1)).toMatchObject({ amount: 100_000, granularity: 'quarter' });
    expect(quotaFor(both, { level: 'rep', name: 'Ana' }, FY)).toMatchObject({ amount: 400_000, granularity: 'year' });
  });

  it('a calendar-quarter row is prorated onto fiscal quarters', () => {
    // Calendar Q2 2026 = Apr 1..Jun 30 = 91 days, 91,000; FY2027 Q1 holds April (30 days): 30,000.
    const cal = makeModel({ deals: [], reps, quotas: [makeQuota('rep', 'Ana', '2026-04-01', '2026-06-30', 91_000, 'quarter')] });
    expect(quotaFor(cal, { level: 'rep', name: 'Ana' }, Q1)).toMatchObject({ amount: 30_000, partial: true });
  });
});
