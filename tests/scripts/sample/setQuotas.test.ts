import { describe, expect, it } from 'vitest';
import type { Rep } from '../../../scripts/sample/company.ts';
import { dayFromIso as day } from '../../../scripts/sample/dates.ts';
import { fiscalQuarter } from '../../../scripts/sample/fiscalQuarter.ts';
import { quotaShare } from '../../../scripts/sample/setQuotas.ts';

const historyStart = day('2024-08-01');

function rep(start: string, end: string | null): Rep {
  return {
    name: 'R', email: 'r@x.example', role: 'Account Executive', manager: 'M', team: 'T', region: 'R', segment: 'Commercial',
    start: day(start), end: end === null ? null : day(end), skillFrom: 1, skillTo: 1, volume: 1, dealSize: 1, trend: 'steady',
  };
}

describe('quotaShare', () => {
  const q1 = fiscalQuarter(day('2026-03-01')); // FY2027 Q1
  const q2 = fiscalQuarter(day('2026-06-01')); // FY2027 Q2: 2026-05-01 .. 2026-07-31, 92 days
  const q3 = fiscalQuarter(day('2026-09-01'));
  const q4 = fiscalQuarter(day('2026-12-01'));
  const q5 = fiscalQuarter(day('2027-03-01'));
  it('a hire of 2026-05-18 ramps: 25% of the 75 days left of Q2, then 50%, 75%, 100%', () => {
    const r = rep('2026-05-18', null);
    expect(quotaShare(r, q1, historyStart)).toBe(0);
    expect(quotaShare(r, q2, historyStart)).toBeCloseTo((0.25 * 75) / 92, 10);
    expect(quotaShare(r, q3, historyStart)).toBe(0.5);
    expect(quotaShare(r, q4, historyStart)).toBe(0.75);
    expect(quotaShare(r, q5, historyStart)).toBe(1);
  });
  it('a rep who left on 2026-06-12 carries 43 of 92 days of Q2 and nothing after', () => {
    const r = rep('2021-02-01', '2026-06-12');
    expect(quotaShare(r, q1, historyStart)).toBe(1);
    expect(quotaShare(r, q2, historyStart)).toBeCloseTo(43 / 92, 10);
    expect(quotaShare(r, q3, historyStart)).toBe(0);
  });
});
