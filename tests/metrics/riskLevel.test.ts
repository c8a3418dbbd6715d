import { describe, expect, it } from 'vitest';
import { riskLevelOf, riskLevels, type RiskLevelDeal } from '../../src/metrics/riskLevel.ts';
import type { RiskFlagCode, RiskSeverity } from '../../src/metrics/riskFlags/types.ts';

const f = (code: RiskFlagCode, severity: RiskSeverity) => ({ code, severity });
const deal = (id: string, amount: number | null, ...flags: { code: RiskFlagCode; severity: RiskSeverity }[]): RiskLevelDeal => ({ id, amount, flags });

describe('riskLevelOf (median 20,000, top quarter from 50,000)', () => {
  const level = (d: RiskLevelDeal) => riskLevelOf(d, 20_000, 50_000);

  it('high: a high flag backed by a second flag on a deal of at least the median', () => {
    expect(level(deal('a', 20_000, f('past-due', 'high'), f('stale', 'medium')))).toBe('high');
    expect(level(deal('b', 30_000, f('past-due', 'high'), f('unlikely-to-close', 'high')))).toBe('high');
  });

  it('high: a lone high flag on one of the largest deals', () => {
    expect(level(deal('c', 50_000, f('commit-risk', 'high')))).toBe('high');
  });

  it('medium: a high flag on a smaller deal, or alone on a mid-sized one', () => {
    expect(level(deal('d', 19_999, f('past-due', 'high'), f('stale', 'medium')))).toBe('medium');
    expect(level(deal('e', 49_999, f('past-due', 'high')))).toBe('medium');
    expect(level(deal('f', null, f('past-due', 'high'), f('stale', 'high')))).toBe('medium');
  });

  it('medium: two medium flags, or one on a deal of at least the median', () => {
    expect(level(deal('g', 1_000, f('stuck', 'medium'), f('pushed', 'medium')))).toBe('medium');
    expect(level(deal('h', 20_000, f('stuck', 'medium')))).toBe('medium');
  });

  it('low: one medium flag on a small deal, or low flags only', () => {
    expect(level(deal('i', 19_999, f('stuck', 'medium')))).toBe('low');
    expect(level(deal('j', 90_000, f('stuck', 'low')))).toBe('low');
  });

  it('none: data-hygiene flags only (missing amount, close date, next step) are not risk', () => {
    expect(level(deal('k', 90_000, f('missing-next-step', 'low'), f('missing-close-date', 'medium')))).toBe('none');
    // and they do not back a high flag either
    expect(level(deal('l', 30_000, f('past-due', 'high'), f('missing-next-step', 'low')))).toBe('medium');
  });
});

describe('riskLevels over the open deals', () => {
  it('takes the median and 75th percentile of the known open amounts', () => {
    // Amounts 10, 20, 30, 40, 100 (thousands) and one unknown: median 30,000; 75th percentile 40,000.
    const open = [10_000, 20_000, 30_000, 40_000, 100_000, null];
    const result = riskLevels(
      [deal('a', 30_000, f('past-due', 'high'), f('stale', 'medium')), deal('b', 40_000, f('past-due', 'high')), deal('c', 20_000, f('past-due', 'high'))],
      open,
    );
    expect(result.largeAmount).toBe(30_000);
    expect(result.topAmount).toBe(40_000);
    // 6 open deals: at most floor(6 / 4) = 1 high. a and b qualify; b (40,000) is larger, so a becomes medium.
    expect(result.highCap).toBe(1);
    expect(Object.fromEntries(result.byId)).toEqual({ a: 'medium', b: 'high', c: 'medium' });
    expect(result.cappedToMedium).toBe(1);
  });

  it('keeps every qualifying deal high while they are a quarter of the open deals or fewer', () => {
    const open = Array.from({ length: 8 }, (_, i) => (i + 1) * 10_000);
    // median 45,000, 75th percentile 62,500; cap floor(8 / 4) = 2.
    const result = riskLevels([deal('x', 80_000, f('stale', 'high')), deal('y', 70_000, f('stale', 'high'))], open);
    expect(Object.fromEntries(result.byId)).toEqual({ x: 'high', y: 'high' });
    expect(result.cappedToMedium).toBe(0);
  });

  it('has no amount thresholds when no open deal has an amount (nothing can be high)', () => {
    const result = riskLevels([deal('a', null, f('past-due', 'high'), f('stale', 'high'))], [null, null]);
    expect(result.largeAmount).toBeNull();
    expect(result.byId.get('a')).toBe('medium');
  });
});
