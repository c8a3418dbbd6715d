import { describe, expect, it } from 'vitest';
import { parsePercent } from '../../../src/schema/values/parsePercent.ts';
import { detectPercentScale } from '../../../src/schema/values/detectPercentScale.ts';
import type { Cell } from '../../../src/ingest/types.ts';

const OUT_OF_RANGE = { ok: false, expected: 'a probability between 0 and 100%' };
const BAD = { ok: false, expected: 'a probability such as 20%, 20 or 0.2' };

describe('parsePercent', () => {
  it.each([
    // No scale: a bare number up to 1 is a fraction, above 1 a percent.
    ['20', 0.2],
    ['20%', 0.2],
    ['20 %', 0.2],
    ['20％', 0.2], // full-width percent sign
    ['0.2', 0.2],
    [0.2, 0.2],
    [20, 0.2],
    ['100', 1],
    ['100%', 1],
    [1, 1],
    ['1', 1],
    ['1%', 0.01],
    ['0', 0],
    [0, 0],
    ['0%', 0],
    ['12.5%', 0.125],
    ['12,5 %', 0.125], // decimal comma
    ['0,25', 0.25],
    ['.5', 0.5],
    [' 90 ', 0.9],
    ['+10', 0.1],
    ['-0', 0],
  ])('parsePercent(%j) is %d', (cell, value) => {
    expect(parsePercent(cell)).toEqual({ ok: true, value });
  });

  it.each([
    // percent scale: every bare number is a percent
    ['percent', 1, 0.01],
    ['percent', '1', 0.01],
    ['percent', 0.5, 0.005],
    ['percent', 20, 0.2],
    ['percent', '100', 1],
    ['percent', '50%', 0.5],
    // fraction scale: every bare number is a fraction; '%' still means percent
    ['fraction', 1, 1],
    ['fraction', '0.75', 0.75],
    ['fraction', '75%', 0.75],
    ['fraction', 0, 0],
  ] as const)('with scale %s, parsePercent(%j) is %d', (scale, cell, value) => {
    expect(parsePercent(cell, scale)).toEqual({ ok: true, value });
  });

  it.each([
    [null, undefined],
    ['', undefined],
    ['  ', 'percent'],
    ['-', 'fraction'],
    ['N/A', undefined],
  ] as const)('empty %j', (cell, scale) => {
    expect(parsePercent(cell, scale)).toEqual({ ok: true, value: null });
  });

  it.each([
    ['150', undefined],
    ['100.5%', undefined],
    [101, undefined],
    ['-5', undefined],
    ['-5%', undefined],
    [-0.1, undefined],
    [20, 'fraction'], // 2000%
    ['1.5', 'fraction'],
    ['200', 'percent'],
  ] as const)('out of range: %j with scale %s', (cell, scale) => {
    expect(parsePercent(cell, scale)).toEqual(OUT_OF_RANGE);
  });

  it.each(['abc', 'high', '20%%', '%', '20 percent', '1,2,3', '1.2.3', true, NaN, Infinity])('rejects %j', (cell) => {
    expect(parsePercent(cell)).toEqual(BAD);
  });
});

describe('detectPercentScale', () => {
  it.each([
    [['10', '20', '90'], 'percent'],
    [['0', '100'], 'percent'],
    [[0.1, 0.5, 1], 'fraction'],
    [['0.1', '0.25', '1'], 'fraction'],
    [[10, null, ''], 'percent'],
    [[0.5, 75], 'percent'],
    [[], 'fraction'],
    [[null, '', 'N/A'], 'fraction'],
    [['50%', '0.5'], 'fraction'], // values with '%' say nothing about bare numbers
    [['abc', 'x'], 'fraction'],
    [[Infinity], 'fraction'],
  ] as [Cell[], string][])('detectPercentScale(%j) is %s', (cells, scale) => {
    expect(detectPercentScale(cells)).toBe(scale);
  });
});
