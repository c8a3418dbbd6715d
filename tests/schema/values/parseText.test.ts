import { describe, expect, it } from 'vitest';
import { parseText } from '../../../src/schema/values/parseText.ts';

describe('parseText', () => {
  it.each([
    ['Acme', 'Acme'],
    ['  Acme Corp  ', 'Acme Corp'],
    ['\u00a0Acme\u00a0', 'Acme'], // no-break spaces
    ['\u202fAcme\u2009', 'Acme'], // narrow no-break space, thin space
    ['\ufeffId', 'Id'], // a byte-order mark left on the first header
    ['\tAcme\r\n', 'Acme'],
    ['Acme   Corp', 'Acme   Corp'], // inside kept as written
    ['Line one\nline two', 'Line one\nline two'],
    ['Negotiation/Review', 'Negotiation/Review'],
    ['--', '--'],
    ['NA', 'NA'], // a region code, not "not available"
    ['0', '0'],
  ])('parseText(%j) is %j', (cell, text) => {
    expect(parseText(cell)).toBe(text);
  });

  it.each([null, '', '   ', '\u00a0', '-', ' - ', '—', '–', 'N/A', 'n/a', '#N/A'])('%j is empty', (cell) => {
    expect(parseText(cell)).toBeNull();
  });

  it.each([
    [12500, '12500'],
    [-3, '-3'],
    [0, '0'],
    [-0, '0'],
    [1.5, '1.5'],
    [0.1, '0.1'],
    [123456789012345680000, '123456789012345680000'], // shortest digits that read back as the same number
    [1e21, '1000000000000000000000'], // String() would give '1e+21'
    [-2e22, '-20000000000000000000000'],
    [1.5e22, '15000000000000000000000'],
    [1.2345678901234568e21, '1234567890123456800000'],
    [1.7976931348623157e308, '17976931348623157' + '0'.repeat(292)],
    [1e-7, '1e-7'], // small fractions keep String()'s form
    [true, 'TRUE'],
    [false, 'FALSE'],
  ])('parseText(%j) is %j', (cell, text) => {
    expect(parseText(cell)).toBe(text);
  });

  it.each([NaN, Infinity, -Infinity])('%j is empty', (cell) => {
    expect(parseText(cell)).toBeNull();
  });
});
