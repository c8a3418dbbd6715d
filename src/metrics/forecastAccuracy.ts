/** A forecast against what happened. */
import { ratio } from './ratio.ts';

export interface ForecastAccuracy {
  /** forecast - actual */
  error: number;
  /** forecast / actual; null when actual is 0. */
  ratio: number | null;
  /** |forecast - actual| / actual; null when actual is 0. */
  absolutePercentageError: number | null;
}

export function forecastAccuracy(forecast: number, actual: number): ForecastAccuracy {
  return {
    error: forecast - actual,
    ratio: ratio(forecast, actual),
    absolutePercentageError: actual === 0 ? null : Math.abs(forecast - actual) / actual,
  };
}
