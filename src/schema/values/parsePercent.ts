/**
 * A probability cell -> a number from 0 to 1.
 * '20%' is always 0.2. A bare number follows the column's scale (detectPercentScale):
 * 'percent' reads 20 as 0.2 and 1 as 0.01, 'fraction' reads 0.2 as 0.2 and 1 as 1.
 * Without a scale, a bare number up to 1 is a fraction and above 1 a percent.
 */
import type { Cell } from '../../ingest/types.ts';
import type { PercentScale, ValueResult } from './types.ts';
import { isEmptyText } from './isEmptyText.ts';
import { percentNumber } from './percentNumber.ts';

const EMPTY: ValueResult<number> = Object.freeze({ ok: true, value: null });
const BAD: ValueResult<number> = Object.freeze({ ok: false, expected: 'a probability such as 20%, 20 or 0.2' });
const OUT_OF_RANGE: ValueResult<number> = Object.freeze({ ok: false, expected: 'a probability between 0 and 100%' });

export function parsePercent(cell: Cell, scale?: PercentScale): ValueResult<number> {
  if (cell === null) return EMPTY;
  if (typeof cell === 'string' && isEmptyText(cell.trim())) return EMPTY;
  const n = percentNumber(cell);
  if (n === null) return BAD;
  const fraction =
    n.percentSign || scale === 'percent' || (scale === undefined && n.value > 1) ? n.value / 100 : n.value;
  if (!(fraction >= 0 && fraction <= 1)) return OUT_OF_RANGE;
  return { ok: true, value: fraction === 0 ? 0 : fraction };
}
