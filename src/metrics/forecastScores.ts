/**
 * How a forecast did against what happened: the absolute percentage error of a point forecast,
 * the pinball (quantile) loss of P10 / P50 / P90, whether P10-P90 held the actual, the Brier
 * score of deal probabilities and their reliability (predicted vs actual win share in bins).
 */

/** |forecast - actual| / actual; null when actual is 0. */
export function absolutePercentageError(forecast: number, actual: number): number | null {
  return actual === 0 ? null : Math.abs(forecast - actual) / Math.abs(actual);
}

/**
 * Pinball loss of quantile forecast q at level tau (0..1) for the actual y:
 * tau × (y - q) when y >= q, else (1 - tau) × (q - y). Lower is better; its mean over many
 * forecasts is smallest for the true tau-quantile.
 */
export function pinballLoss(q: number, actual: number, tau: number): number {
  return actual >= q ? tau * (actual - q) : (1 - tau) * (q - actual);
}

/** True when p10 <= actual <= p90. */
export function covered(p10: number, p90: number, actual: number): boolean {
  return actual >= p10 && actual <= p90;
}

export interface ReliabilityBin {
  /** Predicted probabilities in [x0, x1) (the last bin includes 1). */
  x0: number;
  x1: number;
  count: number;
  /** Mean predicted probability in the bin; null when empty. */
  predicted: number | null;
  /** Share that was won; null when empty. */
  actual: number | null;
}

/** Mean of (p - outcome)², outcome 1 for won and 0 otherwise; null without predictions. */
export function brierScore(predictions: ReadonlyArray<{ p: number; won: boolean }>): number | null {
  if (predictions.length === 0) return null;
  let sum = 0;
  for (const { p, won } of predictions) sum += (p - (won ? 1 : 0)) ** 2;
  return sum / predictions.length;
}

/** Predictions in `bins` equal-width bins of predicted probability. */
export function reliabilityBins(predictions: ReadonlyArray<{ p: number; won: boolean }>, bins = 10): ReliabilityBin[] {
  const count = new Array<number>(bins).fill(0);
  const sumP = new Array<number>(bins).fill(0);
  const wins = new Array<number>(bins).fill(0);
  for (const { p, won } of predictions) {
    const b = Math.min(bins - 1, Math.max(0, Math.floor(p * bins)));
    count[b]! += 1;
    sumP[b]! += p;
    if (won) wins[b]! += 1;
  }
  return count.map((n, b) => ({ x0: b / bins, x1: (b + 1) / bins, count: n, predicted: n === 0 ? null : sumP[b]! / n, actual: n === 0 ? null : wins[b]! / n }));
}

/** Mean of the non-null values; null when there are none. */
export function meanOf(values: ReadonlyArray<number | null>): number | null {
  let sum = 0;
  let n = 0;
  for (const v of values) {
    if (v === null) continue;
    sum += v;
    n += 1;
  }
  return n === 0 ? null : sum / n;
}
