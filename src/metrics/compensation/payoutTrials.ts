/**
 * The forecast's simulation trials as the payout simulation reads them. The shape of
 * ForecastTrials (src/metrics/forecastTrials.ts): any ForecastTrials is a PayoutTrials, so the
 * payout distribution comes from the very trials the forecast's P10/P50/P90 come from.
 */
export interface PayoutTrials {
  /** The fiscal quarter key the forecast simulates, e.g. FY2027-Q3. */
  period: string;
  trials: number;
  /** The open deals simulated. */
  dealIds: readonly string[];
  /** won[t * dealIds.length + d] === 1 when deal d is won inside the period in trial t. */
  won: Uint8Array;
  /** The simulated amounts, parallel to dealIds (default: the deals' amounts as of the as-of date). */
  amounts?: readonly number[];
  repIds: readonly string[];
  /** Run-rate bookings (deals not yet created) of rep r in trial t: runRate[t * repIds.length + r]. */
  runRate: Float64Array;
}
