/**
 * Everything a team's or a region's page shows, picked from the dashboard: this and next
 * quarter's numbers and forecast categories, bookings against quota by quarter, the risk summary
 * and the deals most at risk, the reps side by side (this quarter, and bookings against quota
 * over the last completed quarters), the attainment bands, and for a region its teams.
 */
import type { BandRow } from '../../charts/attainmentBandsChart.ts';
import type { CategoryPeriod } from '../../charts/forecastCategoriesChart.ts';
import type { QuarterBookings } from '../../charts/quarterBookingsChart.ts';
import type { RepQuarterBookings } from '../../charts/repMultiplesChart.ts';
import type { RiskDeal, RiskScopeSummary } from '../../metrics/pipelineRisk.ts';
import type { RepPeriodRow } from '../../metrics/repPeriods.ts';
import { repTrendsDistribution } from '../../metrics/repTrendsDistribution.ts';
import { scopeKey, type Scope } from '../../metrics/scopes.ts';
import { periodLabel } from '../format/periodLabel.ts';
import { quarterSeries } from '../load/quarterSeries.ts';
import { repDirectory, type RepListing } from '../reps/repDirectory.ts';
import type { QuarterStatus } from '../reps/repPageView.ts';
import { dashboardLookup } from '../load/dashboardLookup.ts';
import type { SiteData } from '../load/siteData.ts';
import { slug } from '../paths/slug.ts';

/** Completed quarters in the reps' small multiples. */
export const MULTIPLE_QUARTERS = 6;

export type ScopePageLevel = 'team' | 'region';

export interface ScopeRep {
  listing: RepListing;
  /** The rep's row in the current quarter; null when they have none (left before it). */
  current: RepPeriodRow | null;
  status: QuarterStatus;
}

export interface ScopePageView {
  level: ScopePageLevel;
  name: string;
  slug: string;
  /** The region a team belongs to; null for a region or when unknown. */
  region: string | null;
  currency: string;
  asOf: string;
  current: QuarterStatus;
  next: QuarterStatus;
  quarters: QuarterBookings[];
  categories: CategoryPeriod[];
  risk: RiskScopeSummary | null;
  /** The scope's flagged deals in rank order. */
  riskDeals: RiskDeal[];
  /** Reps with a row in the current or the last completed quarter, by name. */
  reps: ScopeRep[];
  multiples: RepQuarterBookings[];
  multipleQuarters: string[];
  lastCompleted: { key: string; label: string };
  bands: BandRow[];
  /** For a region: its teams. */
  teams: string[];
}

export function scopePageView(siteData: SiteData, level: ScopePageLevel, name: string): ScopePageView {
  const { dashboard, model } = siteData;
  const scope = dashboard.scopes.find((s) => s.level === level && s.name === name);
  if (scope === undefined) throw new Error(`unknown ${level}: ${name}`);
  const key = scope.key;
  const lookup = dashboardLookup(dashboard);
  const status = (period: { key: string; label: string; start: string; end: string }, scopeKeyOf: string): QuarterStatus => ({
    key: period.key,
    label: period.label,
    start: period.start,
    end: period.end,
    metrics: lookup.metrics(scopeKeyOf, period.key),
    forecast: lookup.forecast(scopeKeyOf, period.key),
  });
  const current = status(dashboard.periods.current, key);
  const next = status(dashboard.periods.next, key);
  const currentKey = dashboard.periods.current.key;
  const lastKey = dashboard.repTrends.lastCompletedQuarter;
  const inScope = (r: { team: string | null; region: string | null }) => (level === 'team' ? r.team === name : r.region === name);

  const quarters = quarterSeries(siteData, key);
  const categories: CategoryPeriod[] = [current, next].map((q) => ({
    label: q.label,
    closedWon: q.forecast?.closedWon.amount ?? 0,
    commit: q.forecast?.open.commit.amount ?? 0,
    bestCase: q.forecast?.open.bestCase.amount ?? 0,
    pipeline: q.forecast?.open.pipeline.amount ?? 0,
    quota: q.forecast?.quota ?? q.metrics?.quota ?? null,
    p50: q.forecast?.simulation.p50 ?? null,
  }));

  const risk = lookup.risk(key);
  const riskIds = new Set(risk?.dealIds ?? []);
  const riskDeals = dashboard.risk.deals.filter((d) => riskIds.has(d.id));

  const listings = new Map(repDirectory(siteData).map((r) => [r.name, r]));
  const scopeRows = dashboard.repPeriods.filter(inScope);
  const names = [...new Set(scopeRows.filter((r) => r.period === currentKey || r.period === lastKey).map((r) => r.rep))].sort(byName);
  const reps: ScopeRep[] = names.map((rep) => ({
    listing: listings.get(rep)!,
    current: scopeRows.find((r) => r.rep === rep && r.period === currentKey) ?? null,
    status: status(dashboard.periods.current, scopeKey('rep', rep)),
  }));
  const multipleQuarters = dashboard.periods.closed.slice(-MULTIPLE_QUARTERS).map((q) => q.key);
  const inMultiples = new Set(multipleQuarters);
  // People with neither a quota nor bookings in these quarters (managers) would only add empty panels.
  const active = new Set(scopeRows.filter((r) => inMultiples.has(r.period) && (r.quota !== null || r.bookings > 0)).map((r) => r.rep));
  const multiples = scopeRows
    .filter((r) => inMultiples.has(r.period) && names.includes(r.rep) && active.has(r.rep))
    .sort((a, b) => byName(a.rep, b.rep))
    .map((r) => ({ rep: r.rep, period: r.period, bookings: r.bookings, quota: r.quota }));

  const bands: BandRow[] = [lastKey, currentKey].map((period) => {
    const d = repTrendsDistribution(period, scopeRows.filter((r) => r.period === period));
    return { group: name, quarter: `${periodLabel(dashboard, period)}${period === currentKey ? ' to date' : ''}`, atOrAbove100: d.atOrAbove100, from70To100: d.from70To100, below70: d.below70 };
  });

  return {
    level,
    name,
    slug: slug(name),
    region: level === 'team' ? scope.region : null,
    currency: dashboard.currency,
    asOf: model.asOf,
    current,
    next,
    quarters,
    categories,
    risk,
    riskDeals,
    reps,
    multiples,
    multipleQuarters,
    lastCompleted: { key: lastKey, label: periodLabel(dashboard, lastKey) },
    bands,
    teams: level === 'region' ? dashboard.scopes.filter((s: Scope) => s.level === 'team' && s.region === name).map((s) => s.name) : [],
  };
}

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
