/**
 * detectDateOrder scans cells that start with a digit by hand rather than with its regex: on
 * any cells, it must decide exactly as the regex-only reading written out here does.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/ingest/types.ts';
import { detectDateOrder } from '../../../src/schema/values/detectDateOrder.ts';

const DAY_MONTH = /^\s*(\d{1,2})([-/.])(\d{1,2})\2(?:\d{4}|\d{2})(?![\d/.-])/;

/** The reading by the regex alone. */
function byRegex(cells: Cell[]) {
  let dayFirst: string | null = null;
  let monthFirst: string | null = null;
  for (const cell of cells) {
    if (typeof cell !== 'string') continue;
    const m = DAY_MONTH.exec(cell);
    if (m === null) continue;
    const a = Number(m[1]);
    const b = Number(m[3]);
    if (dayFirst === null && a > 12 && a <= 31 && b >= 1 && b <= 12) dayFirst = m[0].trim();
    else if (monthFirst === null && b > 12 && b <= 31 && a >= 1 && a <= 12) monthFirst = m[0].trim();
    if (dayFirst !== null && monthFirst !== null) {
      return { order: null, evidence: `${dayFirst} in the column can only be day/month, but ${monthFirst} can only be month/day`, mixed: true };
    }
  }
  if (dayFirst !== null) return { order: 'DMY', evidence: `${dayFirst} in the column can only be day/month`, mixed: false };
  if (monthFirst !== null) return { order: 'MDY', evidence: `${monthFirst} in the column can only be month/day`, mixed: false };
  return { order: null, evidence: null, mixed: false };
}

describe('detectDateOrder (hand scan)', () => {
  it('decides as its regex does, on any cells', () => {
    const digits = (min: number, max: number) => fc.string({ unit: fc.constantFrom('0', '1', '2', '3', '4', '9'), minLength: min, maxLength: max });
    const sep = fc.constantFrom('/', '-', '.', ' ', 'x');
    const tail = fc.constantFrom('', ' ', '0', '/', '.', '-', ' 3:54 PM', 'T10:00', 'a');
    // Shaped like dates, with every part sometimes a little off.
    const dateLike = fc
      .tuple(fc.constantFrom('', '', '', ' ', '\u00a0', 'a'), digits(1, 3), sep, digits(1, 3), fc.oneof(sep, fc.constant('same')), fc.constantFrom(2, 4, 4, 1, 3, 5), tail)
      .chain(([lead, a, s1, b, s2, yLength, end]) => digits(yLength, yLength).map((y) => `${lead}${a}${s1}${b}${s2 === 'same' ? s1 : s2}${y}${end}`));
    const text = fc.string({ unit: fc.constantFrom('0', '1', '2', '3', '9', '/', '-', '.', ' ', '\u00a0', 'a', ':'), maxLength: 14 });
    const cell = fc.oneof(dateLike, dateLike, text, fc.constantFrom<Cell>('13/04/2026', '04/13/2026', '4-13-26', '31.12.99', '1/1/2026 3:54 PM', '12/31/20261', null, 45000, true));
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 8 }), (cells) => {
        expect(detectDateOrder(cells)).toEqual(byRegex(cells));
      }),
      { numRuns: 5000 },
    );
  });
});
