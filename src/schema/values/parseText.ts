/**
 * A text cell -> trimmed text (ends only, including no-break spaces; the inside is kept as
 * written), or null when empty ('', spaces, '-', '—', 'N/A', '#N/A').
 * Numbers from workbooks become their shortest round-trip decimal text (as String() writes
 * them), integers never with an exponent (1e21 -> '1000000000000000000000',
 * 1.5e22 -> '15000000000000000000000'); TRUE/FALSE for booleans.
 */
import type { Cell } from '../../ingest/types.ts';
import { isEmptyText } from './isEmptyText.ts';

export function parseText(cell: Cell): string | null {
  if (cell === null) return null;
  if (typeof cell === 'string') {
    const text = cell.trim();
    return isEmptyText(text) ? null : text;
  }
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return null;
    const text = String(cell);
    return Math.abs(cell) >= 1e21 ? withoutExponent(text) : text;
  }
  return cell ? 'TRUE' : 'FALSE';
}

const LARGE = /^(-?)(\d)(?:\.(\d+))?e\+(\d+)$/;

/** '1.5e+22' -> '15000000000000000000000': the same digits, zeros instead of the exponent. */
function withoutExponent(text: string): string {
  const m = LARGE.exec(text);
  if (m === null) return text;
  const fraction = m[3] ?? '';
  return m[1]! + m[2]! + fraction + '0'.repeat(Number(m[4]) - fraction.length);
}
