import { describe, expect, it } from 'vitest';
import { formatCell, formatMoney, formatNumber, formatPercent } from '../../src/site/format/tablesFormat.ts';

describe('formatMoney', () => {
  it('formatMoney writes full amounts in tables: $12,500, -$1,200, $0', () => {
    expect(formatMoney(12500, 'USD')).toBe('$12,500');
    expect(formatMoney(-1200, 'USD')).toBe('-$1,200');
    expect(formatMoney(1234567.89, 'USD')).toBe('$1,234,568');
    expect(formatMoney(-0.3, 'USD')).toBe('$0');
  });

  it('formatMoney uses the reporting currency', () => {
    expect(formatMoney(12500, 'EUR')).toBe('€12,500');
    expect(formatMoney(12500, 'GBP')).toBe('£12,500');
  });

  it('formatMoney compact: $1.2M, $125K, $12.5K, $950', () => {
    expect(formatMoney(1_234_567, 'USD', { compact: true })).toBe('$1.2M');
    expect(formatMoney(125_000, 'USD', { compact: true })).toBe('$125K');
    expect(formatMoney(12_500, 'USD', { compact: true })).toBe('$12.5K');
    expect(formatMoney(950, 'USD', { compact: true })).toBe('$950');
    expect(formatMoney(-2_500_000, 'USD', { compact: true })).toBe('-$2.5M');
  });

  it("formatMoney 'auto' is compact from 100,000 up (KPIs)", () => {
    expect(formatMoney(99_999, 'USD', { compact: 'auto' })).toBe('$99,999');
    expect(formatMoney(100_000, 'USD', { compact: 'auto' })).toBe('$100K');
    expect(formatMoney(3_450_000, 'USD', { compact: 'auto' })).toBe('$3.5M');
  });

  it('formatMoney of NaN is null (unknown)', () => {
    expect(formatMoney(Number.NaN, 'USD')).toBeNull();
  });
});

describe('formatPercent', () => {
  it('formatPercent writes 0 decimals from 10% up and 1 below', () => {
    expect(formatPercent(0.234)).toBe('23%');
    expect(formatPercent(1.045)).toBe('105%'); // 104.5 rounds half away from zero
    expect(formatPercent(0.053)).toBe('5.3%');
    expect(formatPercent(0.05)).toBe('5%');
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(-0.02)).toBe('-2%');
    expect(formatPercent(-0.0001)).toBe('0%');
  });

  it('formatPercent with digits', () => {
    expect(formatPercent(0.2345, { digits: 1 })).toBe('23.5%');
    expect(formatPercent(0.053, { digits: 0 })).toBe('5%');
  });
});

describe('formatNumber', () => {
  it('formatNumber groups thousands and keeps at most one decimal', () => {
    expect(formatNumber(12345)).toBe('12,345');
    expect(formatNumber(3.46)).toBe('3.5');
    expect(formatNumber(-0.01)).toBe('0');
  });
});

describe('formatCell', () => {
  it('formatCell of null, undefined, NaN and empty numbers is null (shown as unknown)', () => {
    expect(formatCell(null, 'text')).toBeNull();
    expect(formatCell(undefined, 'money', { currency: 'USD' })).toBeNull();
    expect(formatCell(Number.NaN, 'number')).toBeNull();
    expect(formatCell('', 'number')).toBeNull();
  });

  it('formatCell by kind', () => {
    expect(formatCell(12500, 'money', { currency: 'USD' })).toBe('$12,500');
    expect(formatCell(0.25, 'percent')).toBe('25%');
    expect(formatCell(12.6, 'days')).toBe('13');
    expect(formatCell(1500, 'number')).toBe('1,500');
    expect(formatCell('2026-10-05', 'date')).toBe('2026-10-05');
    expect(formatCell('Acme', 'text')).toBe('Acme');
    expect(formatCell('', 'text')).toBe('');
  });

  it('formatCell of money without a currency is a programming error', () => {
    expect(() => formatCell(1, 'money')).toThrow('money without a currency');
  });
});
