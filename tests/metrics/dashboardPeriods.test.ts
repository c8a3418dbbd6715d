import { describe, expect, it } from 'vitest';
import { dashboardPeriods } from '../../src/metrics/dashboardPeriods.ts';
import { makeDeal, makeModel } from './fixtures.ts';

describe('dashboardPeriods', () => {
  const model = makeModel({
    asOf: '2026-06-15',
    deals: [
      makeDeal({ id: 'a', createdDate: '2025-12-20', closeDate: '2026-03-01' }), // FY2026 Q4 (Nov-Jan)
      makeDeal({ id: 'b', createdDate: '2026-05-01', closeDate: '2026-09-30' }),
    ],
  });

  it('lists every quarter from the earliest deal date to the current one, and the next', () => {
    const p = dashboardPeriods(model);
    expect(p.current).toMatchObject({ key: 'FY2027-Q2', start: '2026-05-01', end: '2026-07-31' });
    expect(p.next).toMatchObject({ key: 'FY2027-Q3', start: '2026-08-01' });
    expect(p.quarters.map((q) => q.key)).toEqual(['FY2026-Q4', 'FY2027-Q1', 'FY2027-Q2']);
    expect(p.closed.map((q) => q.key)).toEqual(['FY2026-Q4', 'FY2027-Q1']);
    expect(p.truncated).toBe(false);
  });

  it('crosses the fiscal-year boundary: FY2026 Q4 ends 2026-01-31, FY2027 Q1 starts 2026-02-01', () => {
    const [q4, q1] = dashboardPeriods(model).quarters;
    expect(q4!.end).toBe('2026-01-31');
    expect(q1!.start).toBe('2026-02-01');
  });

  it('caps a mistyped early year at maxQuarters', () => {
    const typo = makeModel({ asOf: '2026-06-15', deals: [makeDeal({ id: 'x', createdDate: '0206-01-01' })] });
    const p = dashboardPeriods(typo, { maxQuarters: 3 });
    expect(p.quarters.map((q) => q.key)).toEqual(['FY2026-Q4', 'FY2027-Q1', 'FY2027-Q2']);
    expect(p.truncated).toBe(true);
  });

  it('with no deals, only the current quarter', () => {
    expect(dashboardPeriods(makeModel({ deals: [] })).quarters.map((q) => q.key)).toEqual(['FY2027-Q2']);
  });
});
