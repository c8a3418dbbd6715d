/**
 * The simulated trial totals of one column in bins of a round width (1, 2 or 5 × a power of ten,
 * as d3's ticks choose them), so a page can draw the distribution. Each bin holds the trials with
 * x0 <= total < x1; the last bin also holds a total equal to its x1. When every trial has the same
 * total there is one bin of zero width.
 */
import { tickIncrement } from 'd3';

export interface HistogramBin {
  x0: number;
  x1: number;
  trials: number;
}

/** Bins of `sorted` (ascending, finite). About `bins` bins (default 24); empty input gives no bins. */
export function trialHistogram(sorted: ArrayLike<number>, options: { bins?: number } = {}): HistogramBin[] {
  const n = sorted.length;
  if (n === 0) return [];
  const lo = sorted[0]!;
  const hi = sorted[n - 1]!;
  if (lo === hi) return [{ x0: lo, x1: hi, trials: n }];
  const inc = tickIncrement(lo, hi, Math.max(1, options.bins ?? 24));
  // d3's increment is the step when positive, and minus its inverse when below 1: k / -inc is exact.
  const at = (k: number) => (inc > 0 ? k * inc : k / -inc);
  const index = (v: number) => Math.floor(inc > 0 ? v / inc : v * -inc);
  const first = index(lo);
  const last = Math.max(first + 1, Math.ceil(inc > 0 ? hi / inc : hi * -inc));
  const counts = new Array<number>(last - first).fill(0);
  for (let t = 0; t < n; t += 1) {
    const k = Math.min(last - 1, index(sorted[t]!));
    counts[k - first]! += 1;
  }
  return counts.map((trials, i) => ({ x0: at(first + i), x1: at(first + i + 1), trials }));
}
