/**
 * Seeded Monte Carlo of period-end totals. In each trial every open deal has one of three
 * outcomes, drawn from the deal's own random stream (randomStream.ts, keyed by the seed, the deal
 * id and the period): won inside its period, lost, or slipped out of it. A deal of the current
 * period that slips is carried into the next period, where it is won with its probability again
 * (a second draw of its stream) and counted in the next period's columns. Deals move together
 * through one common factor per period and trial (a standard normal z from the period's own
 * stream): every deal's win probability in that trial is shifted on the log-odds scale by σ·z,
 * and its slip probability keeps its share of what is left, so a good quarter lifts every deal
 * and a bad one sinks them all, while the outcome is still a won / not-won flag per deal. Each
 * period also draws one run-rate sample (its own stream) and starts from the amounts already won.
 * Every column (scope × period) a deal counts toward gets its amount, so all scopes come from
 * the same trials in one pass. The same inputs give the same numbers; one more deal changes no
 * other deal's draws.
 */
import { streamNormal, streamUniform } from './randomStream.ts';
import { trialHistogram, type HistogramBin } from './trialHistogram.ts';

export interface SimulationDeal {
  /** The deal's random stream (streamKey(seed, 'deal', id, period)). */
  key: number;
  amount: number;
  /** Chance of being won inside its period (before the common factor). */
  probability: number;
  /** Chance of slipping out of its period still open (default 0); probability + slip <= 1. */
  slip?: number;
  /** Index of the deal's period in `factors` / the periods simulated (default 0). */
  period?: number;
  /** Columns the deal counts toward when won inside its period. */
  columns: readonly number[];
  /** Columns of the next period, counted when the deal slips and is then won there. */
  slipColumns?: readonly number[];
}

export interface RunRateStream {
  /** The stream drawing the sample (streamKey(seed, 'run-rate', period)). */
  key: number;
  /** Samples, each with a value per column (0 outside its period); one is drawn per trial. */
  samples: ReadonlyArray<ArrayLike<number>>;
}

export interface CommonFactor {
  /** The stream of the factor (streamKey(seed, 'factor', period)). */
  key: number;
  /** Spread of the log-odds shift; 0 for independent deals. */
  sigma: number;
}

export interface SimulationInput {
  trials: number;
  columns: number;
  deals: readonly SimulationDeal[];
  /** Amount every trial starts from, per column (closed won). */
  fixed: ArrayLike<number>;
  /** Run-rate streams (one per period). Empty: no run-rate. */
  runRate: readonly RunRateStream[];
  /** Common factor per period index (missing: independent deals). */
  factors?: readonly CommonFactor[];
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

/** A deal's outcome in one trial. */
export const LOST = 0;
export const WON = 1;
export const SLIPPED_WON = 2;
export const SLIPPED = 3;

/** The common factor z of each period in trial t (0 when σ = 0). */
export function trialFactors(factors: readonly CommonFactor[] | undefined, t: number, out: Float64Array): Float64Array {
  for (let p = 0; p < out.length; p += 1) {
    const f = factors?.[p];
    out[p] = f === undefined || f.sigma === 0 ? 0 : f.sigma * streamNormal(f.key, t);
  }
  return out;
}

/** Win probability p shifted by `shift` on the log-odds scale (0 and 1 stay). */
export function shiftProbability(p: number, shift: number): number {
  if (shift === 0 || p <= 0 || p >= 1) return p;
  const odds = (p / (1 - p)) * Math.exp(shift);
  return odds / (1 + odds);
}

/**
 * The outcome of `deal` in trial t, given the shifts of the trial's factors (per period): WON,
 * LOST, SLIPPED_WON (slipped, then won in the next period) or SLIPPED (slipped, not won next).
 */
export function dealOutcome(deal: SimulationDeal, t: number, shifts: Float64Array): number {
  const p0 = deal.probability;
  const s0 = deal.slip ?? 0;
  if (p0 <= 0 && s0 <= 0) return LOST;
  const period = deal.period ?? 0;
  const p = shiftProbability(p0, shifts[period] ?? 0);
  const s = s0 <= 0 ? 0 : p0 >= 1 ? 0 : (s0 * (1 - p)) / (1 - p0);
  const u = streamUniform(deal.key, t, 0);
  if (u < p) return WON;
  if (u >= p + s) return LOST;
  const next = shiftProbability(p0, shifts[period + 1] ?? 0);
  return streamUniform(deal.key, t, 1) < next ? SLIPPED_WON : SLIPPED;
}

/** The run-rate sample index stream `r` draws in trial t. */
export function runRateSample(r: RunRateStream, t: number): number {
  return Math.min(r.samples.length - 1, Math.floor(streamUniform(r.key, t) * r.samples.length));
}

export function monteCarlo(input: SimulationInput): SimulationSummary[] {
  const { trials, columns } = input;
  // Every trial's total is kept per column for the quantiles. To bound memory (1,000,000 trials ×
  // 80 columns would be 640 MB) columns are done in batches; each batch replays the same draws
  // (they depend only on the streams and the trial number), so every column sees the same trials.
  const batch = Math.max(1, Math.min(columns, Math.floor((input.maxCells ?? MAX_CELLS) / trials)));
  const out: SimulationSummary[] = [];
  for (let first = 0; first < columns; first += batch) {
    const last = Math.min(columns, first + batch);
    out.push(...simulateColumns(input, first, last));
  }
  return out;
}

/** About 64 MB of trial totals at most. */
const MAX_CELLS = 1 << 23;

function simulateColumns(input: SimulationInput, first: number, last: number): SimulationSummary[] {
  const { trials, fixed, runRate, targets, deals } = input;
  const width = last - first;
  const results = new Float64Array(width * trials);
  const totals = new Float64Array(width);
  let periods = Math.max(1, input.factors?.length ?? 0);
  for (const d of deals) periods = Math.max(periods, (d.period ?? 0) + 2);
  const shifts = new Float64Array(periods);
  const add = (cols: readonly number[] | undefined, amount: number) => {
    if (cols === undefined) return;
    for (const col of cols) {
      const c = col - first;
      if (c >= 0 && c < width) totals[c]! += amount;
    }
  };
  for (let t = 0; t < trials; t += 1) {
    for (let c = 0; c < width; c += 1) totals[c] = fixed[first + c]!;
    for (const r of runRate) {
      if (r.samples.length === 0) continue;
      const sample = r.samples[runRateSample(r, t)]!;
      for (let c = 0; c < width; c += 1) totals[c]! += sample[first + c]!;
    }
    trialFactors(input.factors, t, shifts);
    for (const deal of deals) {
      const o = dealOutcome(deal, t, shifts);
      if (o === WON) add(deal.columns, deal.amount);
      else if (o === SLIPPED_WON) add(deal.slipColumns, deal.amount);
    }
    for (let c = 0; c < width; c += 1) results[c * trials + t] = totals[c]!;
  }

  const out: SimulationSummary[] = [];
  for (let c = 0; c < width; c += 1) {
    const values = results.subarray(c * trials, (c + 1) * trials).sort();
    const target = targets[first + c] ?? null;
    const summary = summarize(values, target);
    if (input.histogram?.columns.includes(first + c)) summary.histogram = trialHistogram(values, { bins: input.histogram.bins });
    out.push(summary);
  }
  return out;
}

/** P10, P50, P90, mean and share at or above the target of sorted trial totals. */
export function summarize(values: Float64Array, target: number | null): SimulationSummary {
  const trials = values.length;
  let sum = 0;
  let compensation = 0;
  for (let t = 0; t < trials; t += 1) {
    // Kahan summation: the mean of 10,000 large amounts stays exact to the cent.
    const y = values[t]! - compensation;
    const s = sum + y;
    compensation = s - sum - y;
    sum = s;
  }
  let reached = 0;
  if (target !== null) for (let t = 0; t < trials; t += 1) if (values[t]! >= target) reached += 1;
  return {
    p10: quantile(values, 0.1),
    p50: quantile(values, 0.5),
    p90: quantile(values, 0.9),
    mean: sum / trials,
    probabilityOfTarget: target === null ? null : reached / trials,
  };
}

/** The p-quantile of sorted values, interpolated like d3.quantileSorted. */
export function quantile(sorted: ArrayLike<number>, p: number): number {
  const i = (sorted.length - 1) * p;
  const lo = Math.floor(i);
  const a = sorted[lo]!;
  return lo + 1 >= sorted.length ? a : a + (sorted[lo + 1]! - a) * (i - lo);
}
