/** The decimal separator is decided per amount column: 1.500 is not 1.5 in one row and 1500 in the next. */
import { describe, expect, it } from 'vitest';
import { detectDecimalSeparator } from '../../src/schema/values/detectDecimalSeparator.ts';
import { parseAmount } from '../../src/schema/values/parseAmount.ts';
import { map, messages } from './helpers/rawTable.ts';

const HEAD = ['Opportunity ID', 'Opportunity Owner', 'Stage', 'Amount'];
const rows = (...amounts: string[]) => amounts.map((a, i) => [`D${i + 1}`, 'Ada', 'Prospecting', a]);

describe('detectDecimalSeparator', () => {
  it.each([
    [['12,50', '1.500'], ','],
    [['1.234,5', '1.500'], ','],
    [['1.234.567'], ','],
    [['12.50', '1.500'], '.'],
    [['1,234.5'], '.'],
    [['1,234,567'], '.'],
    [['0.500'], '.'],
    [['1.500', '2.000'], null],
    [['12500'], null],
  ] as const)('%j -> %s', (cells, want) => {
    expect(detectDecimalSeparator(cells).decimal).toBe(want);
  });

  it('reports a column that shows both and has a value either could read (mixed)', () => {
    expect(detectDecimalSeparator(['12.50', '12,50', '1.500'])).toMatchObject({ decimal: null, mixed: true });
    expect(detectDecimalSeparator(['12,500.00', '8.000,00'])).toMatchObject({ decimal: null, mixed: false });
  });
});

describe('parseAmount with a column separator', () => {
  it('reads 1.500 and 1,500 by the column, and an amount with its own currency on its own', () => {
    expect(parseAmount('1.500', '.')).toMatchObject({ value: 1.5 });
    expect(parseAmount('1.500', ',')).toMatchObject({ value: 1500 });
    expect(parseAmount('1,500', ',')).toMatchObject({ value: 1.5 });
    expect(parseAmount('1,500', '.')).toMatchObject({ value: 1500 });
    expect(parseAmount('$1,200', ',')).toMatchObject({ value: 1200, currency: 'USD' });
    expect(parseAmount('1.234,50', '.').ok).toBe(false);
  });
});

describe('mapTable: decimal separator per column', () => {
  it('a column with 12.50 reads 1.500 as 1.5; one with 12,50 reads 1.500 as 1500', () => {
    expect(map({ headers: HEAD, rows: rows('12.50', '1.500') }).deals.map((d) => d.amount)).toEqual([12.5, 1.5]);
    expect(map({ headers: HEAD, rows: rows('12,50', '1.500') }).deals.map((d) => d.amount)).toEqual([12.5, 1500]);
  });

  it('follows "decimalSeparator" in the config', () => {
    expect(map({ headers: HEAD, rows: rows('1.500', '2.250') }, { config: { decimalSeparator: '.' } }).deals.map((d) => d.amount)).toEqual([1.5, 2.25]);
    expect(map({ headers: HEAD, rows: rows('1,500') }, { config: { decimalSeparator: ',' } }).deals.map((d) => d.amount)).toEqual([1.5]);
  });

  it('warns once about a column that mixes both and has values either could read', () => {
    const mapped = map({ headers: HEAD, rows: rows('12.50', '12,50', '1.500') });
    expect(messages(mapped, 'mixed-decimal-separator')).toEqual([
      'deals.csv › Amount: the column mixes decimal points and decimal commas ("12.50" and "12,50"), so each amount was read on its own and values like "1.500" were read as thousands; set "decimalSeparator": "." or "," in quarterdeck.config.json.',
    ]);
  });
});
