/**
 * The common factor's spread σ for a forecast made on a date (how it enters: monteCarlo.ts), from
 * the spread of past quarters' outcomes around their own replayed forecasts.
 *
 * For each of the (up to) FIT_QUARTERS quarters that closed before the forecast's quarter, and
 * each observation point d in it, the replay (forecastReplay) gives what the forecast knew on d:
 * closed won W, the open deals' amounts a_i and win probabilities p_i, and the run-rate samples.
 * The implied shift z_d is the log-odds shift of every p_i that would have made the expected total
 * equal the quarter's actual A (as known on the forecast's date):
 *   W + mean run-rate + Σ a_i · shift(p_i, z_d) = A   (solved by bisection, held to ±4).
 * Were deals independent, z_d would be noise of variance v_d = (Σ a_i² p_i (1 - p_i) + variance
 * of the run-rate samples) / (Σ a_i p_i (1 - p_i))². The factor's variance is what is left:
 *   σ² = Σ w_d (z_d² - v_d) / Σ w_d, with w_d = 1 / (1 + v_d), at least 0, σ at most 2,
 * so points where few deals were open (little to learn from) weigh little. Fewer than two
 * quarters with usable points: DEFAULT_SIGMA. The company's factor is used for every scope.
 */
import type { IsoDate } from '../model/types.ts';
import type { CommonFactorFit } from './forecastTypes.ts';
import type { ForecastReplay } from './forecastReplay.ts';
import { shiftProbability } from './monteCarlo.ts';

/** σ used when fewer than two past quarters can be replayed. */
export const DEFAULT_SIGMA = 0.5;
/** Past quarters the factor is calibrated on. */
export const FIT_QUARTERS = 4;
const MAX_SHIFT = 4;
const MAX_SIGMA = 2;

export function commonFactorFit(replay: ForecastReplay, asOf: IsoDate, periodKey: string): CommonFactorFit {
  const configured = replay.settings.commonFactor;
  if (configured !== 'auto') return { period: periodKey, sigma: configured, source: 'config', quarters: [] };
  const { calendar } = replay;
  const current = calendar.periodOf(asOf, 'quarter');
  let weighted = 0;
  let weights = 0;
  const used: string[] = [];
  for (let j = 1; j <= FIT_QUARTERS; j += 1) {
    const q = calendar.shift(current, -j);
    const points = replay.points(q).filter((p) => p.date < asOf);
    if (points.length === 0) continue;
    const actual = replay.bookings(q, asOf)[0]!;
    let usable = false;
    for (const point of points) {
      const fit = impliedShift(replay, q, point.date, actual);
      if (fit === null) continue;
      usable = true;
      const w = 1 / (1 + fit.noise);
      weighted += w * (fit.shift * fit.shift - fit.noise);
      weights += w;
    }
    if (usable) used.push(q.key);
  }
  if (used.length < 2 || weights === 0) return { period: periodKey, sigma: DEFAULT_SIGMA, source: 'default', quarters: used.reverse() };
  const sigma = Math.min(MAX_SIGMA, Math.sqrt(Math.max(0, weighted / weights)));
  return { period: periodKey, sigma, source: 'replay', quarters: used.reverse() };
}

/** The implied log-odds shift at one replayed point and its noise variance; null when no open deal could move. */
export function impliedShift(replay: ForecastReplay, q: Parameters<ForecastReplay['setupAt']>[0], date: IsoDate, actual: number): { shift: number; noise: number } | null {
  const id = `shift\u0000${q.key}\u0000${date}\u0000${actual}`;
  if (replay.memo.has(id)) return replay.memo.get(id) as { shift: number; noise: number } | null;
  const out = solveShift(replay, q, date, actual);
  replay.memo.set(id, out);
  return out;
}

function solveShift(replay: ForecastReplay, q: Parameters<ForecastReplay['setupAt']>[0], date: IsoDate, actual: number): { shift: number; noise: number } | null {
  const setup = replay.setupAt(q, date);
  const rr = setup.runRates[0]!;
  const rrValues = rr.samples.map((s) => s.values[0]!);
  const rrMean = rr.mean[0] ?? 0;
  const rrVar = rrValues.length === 0 ? 0 : rrValues.reduce((sum, v) => sum + (v - rrMean) ** 2, 0) / rrValues.length;
  const deals = setup.simDeals.filter((d) => d.columns.includes(0) && d.amount > 0 && d.probability > 0 && d.probability < 1);
  let slope = 0;
  let variance = rrVar;
  for (const d of deals) {
    const pq = d.probability * (1 - d.probability);
    slope += d.amount * pq;
    variance += d.amount * d.amount * pq;
  }
  if (slope === 0) return null;
  const base = setup.closedWon[0]! + rrMean + setup.simDeals.filter((d) => d.columns.includes(0) && d.probability >= 1).reduce((sum, d) => sum + d.amount, 0);
  const expected = (z: number) => base + deals.reduce((sum, d) => sum + d.amount * shiftProbability(d.probability, z), 0) - actual;
  let lo = -MAX_SHIFT;
  let hi = MAX_SHIFT;
  let shift: number;
  if (expected(lo) >= 0) shift = lo;
  else if (expected(hi) <= 0) shift = hi;
  else {
    for (let k = 0; k < 60; k += 1) {
      const mid = (lo + hi) / 2;
      if (expected(mid) < 0) lo = mid;
      else hi = mid;
    }
    shift = (lo + hi) / 2;
  }
  return { shift, noise: Math.min(MAX_SHIFT * MAX_SHIFT, variance / (slope * slope)) };
}
