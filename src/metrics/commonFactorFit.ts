/**
 * The common factor's spread σ for a forecast made on a date (see monteCarlo.ts). Placeholder
 * until calibrated on the replay: DEFAULT_SIGMA.
 */
import type { FiscalPeriod, IsoDate, Model } from '../model/types.ts';
import type { StageLookup } from '../schema/stages.ts';
import type { ForecastSettings } from './forecastSetup.ts';
import type { CommonFactorFit } from './forecastTypes.ts';
import type { WinProbabilityTable } from './winProbability.ts';

/** σ used when fewer than two past quarters can be replayed. */
export const DEFAULT_SIGMA = 0.5;

export function commonFactorFit(
  _model: Model,
  options: { asOf: IsoDate; period: FiscalPeriod; table: WinProbabilityTable; settings: ForecastSettings; stageLookup: StageLookup; companyName: string },
): CommonFactorFit {
  return { period: options.period.key, sigma: DEFAULT_SIGMA, source: 'default', quarters: [] };
}
