/**
 * Finds a scope's quarter metrics, forecast and risk summary in the dashboard by key, through
 * maps built once per dashboard (the rep, team and quarter pages look up hundreds of them).
 */
import type { Dashboard } from '../../metrics/dashboard.ts';
import type { ScopeForecast } from '../../metrics/forecast.ts';
import type { PeriodMetrics } from '../../metrics/periodMetrics.ts';
import type { RiskScopeSummary } from '../../metrics/pipelineRisk.ts';

export interface DashboardLookup {
  /** The metrics of a scope (`company`, `team:East`) in a quarter (`FY2027-Q2`); null when not computed. */
  metrics(scope: string, period: string): PeriodMetrics | null;
  /** The forecast of a scope for the current or next quarter; null for other quarters. */
  forecast(scope: string, period: string): ScopeForecast | null;
  risk(scope: string): RiskScopeSummary | null;
}

const cache = new WeakMap<Dashboard, DashboardLookup>();

export function dashboardLookup(dashboard: Dashboard): DashboardLookup {
  const cached = cache.get(dashboard);
  if (cached !== undefined) return cached;
  const key = (scope: string, period: string) => `${scope}\u0000${period}`;
  const metrics = new Map<string, PeriodMetrics>();
  for (const m of dashboard.quarterMetrics) metrics.set(key(m.scope, m.period.key), m);
  const forecasts = new Map<string, ScopeForecast>();
  for (const p of dashboard.forecast.periods) for (const s of p.scopes) forecasts.set(key(s.scope, p.period.key), s);
  const risks = new Map(dashboard.risk.scopes.map((s) => [s.key, s]));
  const lookup: DashboardLookup = {
    metrics: (scope, period) => metrics.get(key(scope, period)) ?? null,
    forecast: (scope, period) => forecasts.get(key(scope, period)) ?? null,
    risk: (scope) => risks.get(scope) ?? null,
  };
  cache.set(dashboard, lookup);
  return lookup;
}
