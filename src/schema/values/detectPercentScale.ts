/**
 * How a probability column writes bare numbers: 'percent' (10, 20, 90) as soon as one
 * bare number is above 1, else 'fraction' (0.1, 0.2, 0.9). Values written with '%' say
 * nothing about bare numbers and are not counted.
 */
import type { Cell } from '../../ingest/types.ts';
import type { PercentScale } from './types.ts';
import { percentNumber } from './percentNumber.ts';

export function detectPercentScale(cells: Iterable<Cell>): PercentScale {
  for (const cell of cells) {
    if (typeof cell === 'number') {
      if (cell > 1 && Number.isFinite(cell)) return 'percent';
      continue;
    }
    const n = percentNumber(cell);
    if (n !== null && !n.percentSign && n.value > 1) return 'percent';
  }
  return 'fraction';
}
