import { describe, expect, it } from 'vitest';
import { currencyConverter } from '../../src/model/currencyConverter.ts';

describe('currencyConverter', () => {
  const converter = currencyConverter({ currency: 'USD', exchangeRates: { EUR: 1.0825 } });
  it('converts with units of the reporting currency per unit, rounded to cents', () => {
    // 123.45 x 1.0825 = 123.45 + 10.184625 = 133.634625 -> 133.63
    expect(converter.convert(123.45, 'EUR')).toBe(133.63);
    expect(converter.convert(123.45, 'usd')).toBe(123.45);
    expect(converter.convert(null, 'EUR')).toBeNull();
    expect(converter.convert(5, 'GBP')).toBeNull();
    expect(converter.hasRate('GBP')).toBe(false);
  });
});
