/**
 * Sum of the known numbers among table cells; null when none is known, so a total of nothing
 * reads as unknown rather than zero (d3-array's rule for missing values).
 */
import { fsum } from 'd3';

export function sumKnown(values: readonly unknown[]): number | null {
  const known = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  return known.length === 0 ? null : fsum(known);
}
