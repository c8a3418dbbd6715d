import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseAmount } from '../../../src/schema/values/parseAmount.ts';

const EXPECTED = 'an amount such as 12500, 12,500.00, $12,500 or (1,200)';
const EXPECTED_LIMIT = 'an amount below 1,000,000,000,000,000';
const EXPECTED_CURRENCY = 'an amount in one known currency such as USD 12,500 or 12.500,00 EUR';

describe('parseAmount', () => {
  it.each([
    // cell, value, currency
    [12500, 12500, null],
    [-1200.5, -1200.5, null],
    [0, 0, null],
    ['12500', 12500, null],
    ['-12500', -12500, null],
    ['12500.75', 12500.75, null],
    ['  42  ', 42, null],
    ['007', 7, null],
    ['12,500.00', 12500, null],
    ['$12,500', 12500, 'USD'],
    ['USD 12,500.00', 12500, 'USD'],
    ['usd 12,500.00', 12500, 'USD'],
    ['12.500,00 €', 12500, 'EUR'],
    ['€12.500,00', 12500, 'EUR'],
    ['12500 EUR', 12500, 'EUR'],
    ['12500EUR', 12500, 'EUR'],
    ['EUR 12,500', 12500, 'EUR'],
    ['£3,000', 3000, 'GBP'],
    ['¥1,000,000', 1000000, 'JPY'],
    ['CHF 1,500', 1500, 'CHF'],
    ["CHF 1'234.50", 1234.5, 'CHF'],
    ['1’234’567.25 CHF', 1234567.25, 'CHF'],
    ['US$ 99.99', 99.99, 'USD'],
    ['C$1,200', 1200, 'CAD'],
    ['A$ 10', 10, 'AUD'],
    // '$' names no particular dollar: the code wins.
    ['$1,200 CAD', 1200, 'CAD'],
    ['€1,200 EUR', 1200, 'EUR'],
  ])('parseAmount(%j) is %d %s', (cell, value, currency) => {
    expect(parseAmount(cell)).toEqual({ ok: true, value, currency });
  });

  it.each([
    ['(1,200)', -1200, null],
    ['-1,200', -1200, null],
    ['\u22121,200', -1200, null], // U+2212 minus sign
    ['+1,200', 1200, null],
    ['-$1,200', -1200, 'USD'],
    ['$-1,200', -1200, 'USD'],
    ['($1,200.50)', -1200.5, 'USD'],
    ['$(1,200.50)', -1200.5, 'USD'],
    ['(1.200,50) EUR', -1200.5, 'EUR'],
    ['(1.200,50 EUR)', -1200.5, 'EUR'],
    ['-0', 0, null],
    ['(0)', 0, null],
  ])('negative amounts: %j is %d', (cell, value, currency) => {
    const result = parseAmount(cell);
    expect(result).toEqual({ ok: true, value, currency });
    // -0 is normalised to 0
    if (result.ok) expect(Object.is(result.value, -0)).toBe(false);
  });

  it.each([
    // Decimal separator decided per value.
    ['1,234', 1234], // one comma, three digits after: thousands
    ['1,23', 1.23], // two digits after: decimal
    ['1,2', 1.2],
    ['1.234,56', 1234.56], // both: the last one is the decimal
    ['1,234.56', 1234.56],
    ['1.234', 1234], // one dot, three digits after, short leading group: thousands
    ['123.456', 123456],
    ['1234.567', 1234.567], // leading group of four digits cannot be a thousands group
    ['0.125', 0.125], // leading zero cannot start a thousands group
    ['0,125', 0.125],
    ['1234,5', 1234.5],
    ['12,3456', 12.3456],
    ['.5', 0.5],
    [',75', 0.75],
    ['1,234,567', 1234567],
    ['1.234.567', 1234567],
    ['1.234.567,89', 1234567.89],
    ['1,234,567.89', 1234567.89],
    ['12,34,567.00', 1234567], // Indian grouping
    ['1,00,000', 100000],
    ['28000.0000', 28000],
    ['1124741.15', 1124741.15],
  ])('separators: %j is %d', (cell, value) => {
    expect(parseAmount(cell)).toEqual({ ok: true, value, currency: null });
  });

  it.each([
    ['1 200,50', 1200.5], // space thousands, decimal comma
    ['1\u00a0200,50', 1200.5], // no-break space
    ['1\u202f200,50', 1200.5], // narrow no-break space (French number format)
    ['1\u2009200,50', 1200.5], // thin space
    ['1 200.50', 1200.5],
    ['1 234 567', 1234567],
    ['1 234', 1234],
    ['\u00a012 500\u00a0', 12500],
  ])('space grouping: %j is %d', (cell, value) => {
    expect(parseAmount(cell)).toEqual({ ok: true, value, currency: null });
  });

  it.each([
    ['1.2E+06', 1200000],
    ['1.2e6', 1200000],
    ['5E-1', 0.5],
    ['1,5E+03', 1500], // decimal-comma locale
    ['9.99E+14', 999000000000000],
  ])('scientific notation: %j is %d', (cell, value) => {
    expect(parseAmount(cell)).toEqual({ ok: true, value, currency: null });
  });

  it.each([null, '', '   ', '\u00a0', '-', '—', '–', 'N/A', 'n/a', '#N/A'])('empty: %j', (cell) => {
    expect(parseAmount(cell)).toEqual({ ok: true, value: null, currency: null });
  });

  it.each([
    'TBD',
    'abc',
    'EUR',
    '$',
    '12%',
    '1.2.3',
    '1,2,3',
    '1,23,4', // groups that are neither thousands nor Indian
    '12,3456,789',
    '1,234.567.8',
    '1.234,567,8',
    '1 234.567,89', // spaces and both separators
    '1 2,3 4',
    '12.',
    '12,',
    '1  234', // two spaces
    '(1,200',
    '1,200)',
    '-(1,200)',
    '--1200',
    '- -1200',
    '12 500 k',
    '1.2M',
    'NaN',
    'Infinity',
    '1.2.3E+5',
    '1,234.5E+3',
    true,
    false,
    NaN,
    Infinity,
    -Infinity,
    'x'.repeat(100),
  ])('rejects %j', (cell) => {
    expect(parseAmount(cell)).toEqual({ ok: false, expected: EXPECTED });
  });

  it.each([1e15, -1e15, 1e308, '1e308', '1e400', '1,000,000,000,000,000', '999999999999999999999'])(
    'rejects absurd %j',
    (cell) => {
      expect(parseAmount(cell)).toEqual({ ok: false, expected: EXPECTED_LIMIT });
    },
  );

  it('accepts the largest amount below the limit', () => {
    expect(parseAmount('999,999,999,999,999')).toEqual({ ok: true, value: 999999999999999, currency: null });
    expect(parseAmount(999999999999999.9)).toEqual({ ok: true, value: 999999999999999.9, currency: null });
  });

  it.each(['€1 USD', '£5 EUR', 'ABC 12', '12 XYZ', 'TBD 5'])('rejects unknown or conflicting currency %j', (cell) => {
    expect(parseAmount(cell)).toEqual({ ok: false, expected: EXPECTED_CURRENCY });
  });

  it('reads many digits exactly as Number() reads the same decimal', () => {
    expect(parseAmount('123,456,789,012.3456')).toEqual({ ok: true, value: 123456789012.3456, currency: null });
    expect(parseAmount('0.1')).toEqual({ ok: true, value: 0.1, currency: null });
    expect(parseAmount('0,000000000000000000000001')).toEqual({ ok: true, value: 1e-24, currency: null });
  });

  it('reads amounts formatted in US, German, French, Swiss and Indian styles (two decimals)', () => {
    const locales = ['en-US', 'de-DE', 'fr-FR', 'de-CH', 'en-IN', 'es-ES', 'it-IT'];
    fc.assert(
      fc.property(
        fc.integer({ min: -99_999_999_999_99, max: 99_999_999_999_99 }),
        fc.constantFrom(...locales),
        (cents, locale) => {
          const written = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
            cents / 100,
          );
          const result = parseAmount(written);
          expect(result).toEqual({ ok: true, value: cents / 100 || 0, currency: null });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('reads currency-formatted amounts back with their code', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -9_999_999_99, max: 9_999_999_99 }),
        fc.constantFrom(
          ['en-US', 'USD'],
          ['de-DE', 'EUR'],
          ['fr-FR', 'EUR'],
          ['en-GB', 'GBP'],
          ['de-CH', 'CHF'],
          ['en-US', 'EUR'],
          ['en-US', 'CAD'],
        ),
        fc.constantFrom<'standard' | 'accounting'>('standard', 'accounting'),
        (cents, [locale, currency], currencySign) => {
          const written = new Intl.NumberFormat(locale, { style: 'currency', currency, currencySign }).format(cents / 100);
          expect(parseAmount(written)).toEqual({ ok: true, value: cents / 100 || 0, currency });
        },
      ),
      { numRuns: 500 },
    );
  });
});
