/**
 * The forecast's own trials for the current quarter, for calculations that need more than the
 * forecast's percentiles (e.g. payout ranges): for every trial, which open deals were won inside
 * the period, and each rep's run-rate (bookings from deals not created yet). Drawn with exactly
 * the same streams as forecast(): per-deal streams keyed by seed, deal id and period, the
 * period's run-rate stream and its common factor. The common factor does not scale amounts; it
 * shifts each deal's win probability in a trial (log-odds), so it is already inside `won`. Hence,
 * per trial t, closed won + Σ_d won[t, d] × amount_d + Σ_r runRate[t, r] is exactly the company
 * total of trial t in forecast(), and its P50 over the trials is the forecast's company P50.
 * (The company run-rate of a trial is the sum of the reps' run-rates.) A deal that slips out of
 * the quarter is not won inside it (0).
 */
import type { Model } from '../model/types.ts';
import { forecastContext, type SharedForecastInputs } from './forecastContext.ts';
import { forecastSetup } from './forecastSetup.ts';
import type { ForecastOptions } from './forecastTypes.ts';
import { dealOutcome, runRateSample, trialFactors, WON } from './monteCarlo.ts';

export interface ForecastTrials {
  /** The fiscal quarter key used by the forecast (the current quarter). */
  period: string;
  trials: number;
  /** The open deals simulated (with an amount and a close date in the period), by model order. */
  dealIds: readonly string[];
  /** Their amounts in the reporting currency, parallel to dealIds. */
  amounts: readonly number[];
  /** won[t * dealIds.length + d] === 1 when deal d is won inside the period in trial t. */
  won: Uint8Array;
  repIds: readonly string[];
  /** Run-rate bookings (deals not yet created) of rep r in trial t: runRate[t * repIds.length + r]. */
  runRate: Float64Array;
  /** Closed won of the period so far (company). */
  closedWon: number;
}

export function forecastTrials(model: Model, options: ForecastOptions, shared: SharedForecastInputs = {}): ForecastTrials {
  const ctx = forecastContext(model, options, shared);
  const { asOf, settings, periods, index, rates, stageLookup } = ctx;
  const setup = forecastSetup(model, { asOf, periods, index, rates, settings, stageLookup, sigma: ctx.factors.map((f) => f.sigma) });
  const trials = settings.trials;
  const current = setup.simDeals.map((d, i) => ({ d, i })).filter(({ d }) => (d.period ?? 0) === 0);
  const dealIds = current.map(({ i }) => setup.simIds[i]!);
  const won = new Uint8Array(trials * current.length);
  const reps = index.scopes.map((s, i) => ({ s, i })).filter(({ s }) => s.level === 'rep');
  const runRate = new Float64Array(trials * reps.length);
  const stream = setup.runRate[0]!;
  const samples = setup.runRates[0]!.samples;
  const shifts = new Float64Array(Math.max(2, setup.factors.length));
  for (let t = 0; t < trials; t += 1) {
    trialFactors(setup.factors, t, shifts);
    current.forEach(({ d }, k) => {
      if (dealOutcome(d, t, shifts) === WON) won[t * current.length + k] = 1;
    });
    if (samples.length > 0) {
      const sample = samples[runRateSample(stream, t)]!;
      reps.forEach(({ i }, r) => (runRate[t * reps.length + r] = sample.values[i]!));
    }
  }
  return {
    period: periods[0]!.key,
    trials,
    dealIds,
    amounts: current.map(({ d }) => d.amount),
    won,
    repIds: reps.map(({ s }) => s.name),
    runRate,
    closedWon: setup.closedWon[0]!,
  };
}
