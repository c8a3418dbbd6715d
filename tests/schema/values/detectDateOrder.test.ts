import { describe, expect, it } from 'vitest';
import { detectDateOrder } from '../../../src/schema/values/detectDateOrder.ts';
import type { Cell } from '../../../src/ingest/types.ts';

describe('detectDateOrder', () => {
  it('finds day/month from a first part above 12', () => {
    expect(detectDateOrder(['03/04/2026', '13/04/2026', '01/05/2026'])).toEqual({
      order: 'DMY',
      evidence: '13/04/2026 in the column can only be day/month',
      mixed: false,
    });
  });

  it('finds month/day from a second part above 12', () => {
    expect(detectDateOrder(['3/1/2017', '10/20/2016 3:54 PM'])).toEqual({
      order: 'MDY',
      evidence: '10/20/2016 in the column can only be month/day',
      mixed: false,
    });
  });

  it('reports a column with both as mixed, with no order', () => {
    expect(detectDateOrder(['13/04/2026', '1/1/2026', '04/13/2026'])).toEqual({
      order: null,
      evidence: '13/04/2026 in the column can only be day/month, but 04/13/2026 can only be month/day',
      mixed: true,
    });
  });

  it.each([
    ['13.04.2026', 'DMY'],
    ['13-04-2026', 'DMY'],
    ['04-13-26', 'MDY'],
    [' 4/13/26 ', 'MDY'],
    ['25/12/2025 23:59', 'DMY'],
  ])('reads %j as %s', (cell, order) => {
    expect(detectDateOrder([cell]).order).toBe(order);
  });

  it.each([
    [[]],
    [['03/04/2026', '1/2/2026', '12/12/2026']], // all ambiguous
    [['2026-10-05', '2026-12-31']], // ISO: year first, no day/month question
    [['Oct 13, 2026', '13 Oct 2026']], // month names
    [[45000, null, true, '', 'TBD']],
    [['13/13/2026', '32/01/2026', '00/13/2026']], // impossible either way: no evidence
    [['13/04/202', '13/04']], // not a full date
  ] as Cell[][][])('finds no order in %j', (cells) => {
    expect(detectDateOrder(cells)).toEqual({ order: null, evidence: null, mixed: false });
  });

  it('reads any iterable once, stopping when both orders are seen', () => {
    let read = 0;
    function* cells(): Generator<Cell> {
      for (const c of ['13/04/2026', '04/13/2026', '1/1/2026', '2/2/2026']) {
        read++;
        yield c;
      }
    }
    expect(detectDateOrder(cells()).mixed).toBe(true);
    expect(read).toBe(2);
  });
});
