/**
 * Picks what the overview, forecast and pipeline pages show of one quarter (the current one, or
 * the next) out of the dashboard: the period's forecast, the forecast and quarter metrics of any
 * scope by key, and the scopes of one level in the dashboard's order.
 */
import type { PeriodForecast, ScopeForecast } from '../../metrics/forecastTypes.ts';
import type { PeriodMetrics } from '../../metrics/periodMetrics.ts';
import type { Scope, ScopeLevel } from '../../metrics/scopes.ts';
import type { SiteData } from './siteData.ts';

export interface QuarterView {
  kind: 'current' | 'next';
  forecast: PeriodForecast;
  /** The company's forecast in the quarter. */
  company: ScopeForecast;
  /** The company's quarter metrics (bookings, coverage...). */
  companyMetrics: PeriodMetrics;
  forecastOf(scopeKey: string): ScopeForecast | null;
  metricsOf(scopeKey: string): PeriodMetrics | null;
  /** The dashboard's scopes of a level, in its order (by name). */
  scopesOf(level: ScopeLevel): Scope[];
  /** `FY2027-Q2` -> `FY2027 Q2` for the dashboard's quarters; other keys as given. */
  quarterLabel(key: string): string;
}

export function quarterView(siteData: Pick<SiteData, 'dashboard'>, kind: 'current' | 'next' = 'current'): QuarterView {
  const { dashboard } = siteData;
  const forecast = dashboard.forecast.periods.find((p) => p.kind === kind);
  if (forecast === undefined) throw new Error(`missing forecast period: ${kind}`);
  const key = forecast.period.key;
  const forecasts = new Map(forecast.scopes.map((s) => [s.scope, s]));
  const metrics = new Map(dashboard.quarterMetrics.filter((m) => m.period.key === key).map((m) => [m.scope, m]));
  const company = forecasts.get('company');
  const companyMetrics = metrics.get('company');
  if (company === undefined || companyMetrics === undefined) throw new Error(`missing company figures for ${key}`);
  const labels = new Map([...dashboard.periods.quarters, dashboard.periods.next].map((q) => [q.key, q.label]));
  return {
    kind,
    forecast,
    company,
    companyMetrics,
    forecastOf: (scopeKey) => forecasts.get(scopeKey) ?? null,
    metricsOf: (scopeKey) => metrics.get(scopeKey) ?? null,
    scopesOf: (level) => dashboard.scopes.filter((s) => s.level === level),
    quarterLabel: (k) => labels.get(k) ?? k,
  };
}
