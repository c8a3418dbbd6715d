/**
 * data/forecast-backtest.json: the replayed track record of the forecast (see
 * src/metrics/forecastBacktest.ts), for the company at the top level and per region and team in
 * `scopes`; dates ISO, amounts in the reporting currency.
 */
import type { SiteData } from '../load/siteData.ts';

export function forecastBacktestJson(siteData: Pick<SiteData, 'dashboard'>): string {
  return `${JSON.stringify(siteData.dashboard.forecastBacktest, null, 2)}\n`;
}
