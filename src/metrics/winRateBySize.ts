/**
 * Win rate by deal size: the deals closed (won or lost, with an amount above 0) in the year
 * before the as-of date, in four size bands cut at the company's quartiles of those amounts,
 * for a set of deals (a rep's) next to everyone's. The rate is won / closed by count.
 */
import { quantile } from 'd3';
import { addDays } from '../model/isoDate.ts';
import type { Deal, IsoDate, Model } from '../model/types.ts';

export interface SizeBand {
  /** Lower bound (inclusive); null for the first band. */
  from: number | null;
  /** Upper bound (exclusive); null for the last band. */
  to: number | null;
  closed: number;
  won: number;
  rate: number | null;
  /** Everyone's deals in the band. */
  allClosed: number;
  allWon: number;
  allRate: number | null;
}

export function winRateBySize(model: Model, options: { asOf: IsoDate; keep: (deal: Deal) => boolean; windowDays?: number }): SizeBand[] {
  const since = addDays(options.asOf, -(options.windowDays ?? 365));
  const closed = model.deals.filter(
    (d) => d.status !== 'open' && d.amount !== null && d.amount > 0 && d.closeDate !== null && d.closeDate >= since && d.closeDate <= options.asOf,
  );
  if (closed.length === 0) return [];
  const amounts = closed.map((d) => d.amount!).sort((a, b) => a - b);
  const cuts = [...new Set([0.25, 0.5, 0.75].map((q) => quantile(amounts, q)!))];
  const bounds: (number | null)[] = [null, ...cuts, null];
  const bands: SizeBand[] = [];
  for (let i = 0; i + 1 < bounds.length; i += 1) {
    const from = bounds[i]!;
    const to = bounds[i + 1]!;
    const inBand = (d: Deal) => (from === null || d.amount! >= from) && (to === null || d.amount! < to);
    const all = closed.filter(inBand);
    const mine = all.filter(options.keep);
    const won = mine.filter((d) => d.status === 'won').length;
    const allWon = all.filter((d) => d.status === 'won').length;
    bands.push({ from, to, closed: mine.length, won, rate: mine.length === 0 ? null : won / mine.length, allClosed: all.length, allWon, allRate: all.length === 0 ? null : allWon / all.length });
  }
  return bands;
}
