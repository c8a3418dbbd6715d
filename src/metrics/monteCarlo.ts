/**
 * Seeded Monte Carlo of period-end totals. Each trial decides every open deal once (won when a
 * uniform draw is below its probability) and adds its amount to every column (scope × period)
 * the deal counts toward, so all scopes come from the same trials in one pass; it also adds one
 * run-rate sample drawn uniformly from the past analogues (the same sample for every column in
 * that trial) and the amounts already won. The same inputs and seed give the same numbers.
 */
import { randomLcg } from 'd3';
import { trialHistogram, type HistogramBin } from './trialHistogram.ts';

export interface SimulationDeal {
  amount: number;
  probability: number;
  /** Columns the deal counts toward. */
  columns: readonly number[];
}

export interface SimulationInput {
  trials: number;
  seed: number;
  columns: number;
  deals: readonly SimulationDeal[];
  /** Amount every trial starts from, per column (closed won). */
  fixed: ArrayLike<number>;
  /** Run-rate samples, each with a value per column; one is drawn per trial. Empty: no run-rate. */
  runRate: ReadonlyArray<ArrayLike<number>>;
  /** Per column, the quota to reach (null: none). */
  targets: ReadonlyArray<number | null>;
  /** Most trial totals held in memory at once (default 2^23, about 64 MB). */
  maxCells?: number;
  /** Columns whose trial totals are also returned in bins (see trialHistogram.ts); about `bins` bins each. */
  histogram?: { columns: readonly number[]; bins?: number };
}

export interface SimulationSummary {
  p10: number;
  p50: number;
  p90: number;
  mean: number;
  /** Share of trials with a total at or above the target; null without target. */
  probabilityOfTarget: number | null;
  /** The trial totals in bins; only for the columns `histogram` asks for. */
  histogram?: HistogramBin[];
}

export function monteCarlo(input: SimulationInput): SimulationSummary[] {
  const { trials, columns, deals } = input;
  const offsets = new Int32Array(deals.length + 1);
  deals.forEach((d, i) => (offsets[i + 1] = offsets[i]! + d.columns.length));
  const cols = new Int32Array(offsets[deals.length]!);
  deals.forEach((d, i) => cols.set(d.columns, offsets[i]!));
  const amounts = Float64Array.from(deals, (d) => d.amount);
  const probs = Float64Array.from(deals, (d) => d.probability);

  // Every trial's total is kept per column for the quantiles. To bound memory (1,000,000 trials ×
  // 80 columns would be 640 MB) columns are done in batches; each batch replays the same seeded
  // draws, so every column still sees the same trials.
  const batch = Math.max(1, Math.min(columns, Math.floor((input.maxCells ?? MAX_CELLS) / trials)));
  const out: SimulationSummary[] = [];
  for (let first = 0; first < columns; first += batch) {
    const last = Math.min(columns, first + batch);
    out.push(...simulateColumns(input, first, last, { offsets, cols, amounts, probs }));
  }
  return out;
}

/** About 64 MB of trial totals at most. */
const MAX_CELLS = 1 << 23;

function simulateColumns(
  input: SimulationInput,
  first: number,
  last: number,
  flat: { offsets: Int32Array; cols: Int32Array; amounts: Float64Array; probs: Float64Array },
): SimulationSummary[] {
  const { trials, fixed, runRate, targets } = input;
  const { offsets, cols, amounts, probs } = flat;
  const random = randomLcg(input.seed);
  const width = last - first;
  const results = new Float64Array(width * trials);
  const totals = new Float64Array(width);
  for (let t = 0; t < trials; t += 1) {
    for (let c = 0; c < width; c += 1) totals[c] = fixed[first + c]!;
    if (runRate.length > 0) {
      const sample = runRate[Math.min(runRate.length - 1, Math.floor(random() * runRate.length))]!;
      for (let c = 0; c < width; c += 1) totals[c]! += sample[first + c]!;
    }
    for (let i = 0; i < amounts.length; i += 1) {
      const p = probs[i]!;
      if (p <= 0) continue;
      if (p < 1 && random() >= p) continue;
      const a = amounts[i]!;
      for (let k = offsets[i]!; k < offsets[i + 1]!; k += 1) {
        const c = cols[k]! - first;
        if (c >= 0 && c < width) totals[c]! += a;
      }
    }
    for (let c = 0; c < width; c += 1) results[c * trials + t] = totals[c]!;
  }

  const out: SimulationSummary[] = [];
  for (let c = 0; c < width; c += 1) {
    const values = results.subarray(c * trials, (c + 1) * trials).sort();
    let sum = 0;
    let compensation = 0;
    for (let t = 0; t < trials; t += 1) {
      // Kahan summation: the mean of 10,000 large amounts stays exact to the cent.
      const y = values[t]! - compensation;
      const s = sum + y;
      compensation = s - sum - y;
      sum = s;
    }
    const target = targets[first + c] ?? null;
    let reached = 0;
    if (target !== null) for (let t = 0; t < trials; t += 1) if (values[t]! >= target) reached += 1;
    const summary: SimulationSummary = {
      p10: quantile(values, 0.1),
      p50: quantile(values, 0.5),
      p90: quantile(values, 0.9),
      mean: sum / trials,
      probabilityOfTarget: target === null ? null : reached / trials,
    };
    if (input.histogram?.columns.includes(first + c)) summary.histogram = trialHistogram(values, { bins: input.histogram.bins });
    out.push(summary);
  }
  return out;
}

/** The p-quantile of sorted values, interpolated like d3.quantileSorted. */
function quantile(sorted: Float64Array, p: number): number {
  const i = (sorted.length - 1) * p;
  const lo = Math.floor(i);
  const a = sorted[lo]!;
  return lo + 1 >= sorted.length ? a : a + (sorted[lo + 1]! - a) * (i - lo);
}
