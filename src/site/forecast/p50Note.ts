/**
 * The note under a P50 headline: the chance of quota ("over 99%" / "under 1%" at the ends), the
 * P10-P90 range, why the range sits outside Commit..Best Case when it does (forecastExplain.ts)
 * and, for the current quarter, how the forecast did at the same day of past quarters.
 */
import type { Dashboard } from '../../metrics/dashboard.ts';
import type { ScopeForecast } from '../../metrics/forecastTypes.ts';
import { formatMoney } from '../format/tablesFormat.ts';
import { chanceOfQuota, rollupGap, sameDayRecord } from './forecastExplain.ts';

export function p50Note(dashboard: Pick<Dashboard, 'currency' | 'forecast' | 'forecastBacktest'>, period: string, day: number, c: ScopeForecast, options: { sameDay: boolean }): string {
  const money = (v: number) => formatMoney(v, dashboard.currency, { compact: 'auto' }) ?? 'unknown';
  const chance = chanceOfQuota(c);
  const parts = [`${chance === null ? 'No quota, so no chance of reaching it' : `${chance} chance of reaching quota`}; P10 ${money(c.simulation.p10)} to P90 ${money(c.simulation.p90)}`];
  const gap = rollupGap(c, dashboard.forecast.deals.filter((d) => d.period === period), dashboard.currency);
  if (gap !== null) parts.push(gap);
  const record = options.sameDay && dashboard.forecastBacktest !== undefined ? sameDayRecord(dashboard.forecastBacktest, day) : null;
  if (record !== null) parts.push(record.text);
  return parts.join('. ');
}
