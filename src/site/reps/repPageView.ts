/**
 * Everything a rep's one-on-one page shows, picked from the dashboard: the quarter rows and
 * trend, the rep against the team median, this and next quarter's coverage and forecast, open
 * deals with their risk flags, what changed since the previous snapshot, and the ramp of a new
 * rep against earlier hires.
 */
import type { RampChartPoint } from '../../charts/rampChart.ts';
import type { RepAttainmentPoint } from '../../charts/repAttainmentChart.ts';
import type { RepVsMedianPoint } from '../../charts/repVsMedianChart.ts';
import type { ScopeForecast } from '../../metrics/forecast.ts';
import type { PeriodMetrics } from '../../metrics/periodMetrics.ts';
import type { RiskDeal, RiskScopeSummary } from '../../metrics/pipelineRisk.ts';
import { repPeriodMedians, type PeriodMedians, type RepMedianField } from '../../metrics/repPeriodMedians.ts';
import type { RepPeriodRow } from '../../metrics/repPeriods.ts';
import { repRamp } from '../../metrics/repRamp.ts';
import type { RepTrend } from '../../metrics/repTrends.ts';
import { scopeKey } from '../../metrics/scopes.ts';
import type { ChangeTotals } from '../../metrics/whatChanged.ts';
import type { Deal } from '../../model/types.ts';
import { changeLines, type ChangeLine } from './changeLines.ts';
import { repDirectory, type RepListing } from './repDirectory.ts';
import { dashboardLookup } from '../load/dashboardLookup.ts';
import type { SiteData } from '../load/siteData.ts';
import { formatMoney } from '../format/tablesFormat.ts';
import { trendText, type TrendText } from '../format/trendText.ts';

/** A rep is new (the ramp is shown) up to this tenure quarter. */
export const NEW_REP_QUARTERS = 6;
/** Completed quarters the win rate, deal size and cycle charts cover. */
export const TREND_QUARTERS = 8;

export interface QuarterStatus {
  key: string;
  label: string;
  start: string;
  end: string;
  metrics: PeriodMetrics | null;
  forecast: ScopeForecast | null;
}

export interface OpenDealLine {
  deal: Deal;
  risk: RiskDeal | null;
}

export type RepChanges =
  | { kind: 'none'; message: string }
  | { kind: 'changes'; from: string; to: string; totals: ChangeTotals | null; lines: ChangeLine[] };

export interface RepPageView {
  rep: RepListing;
  asOf: string;
  currency: string;
  trend: RepTrend | null;
  trendText: TrendText;
  /** The fitted trend for the attainment chart's title; null without one. */
  trendFit: { label: 'improving' | 'steady' | 'declining'; slope: number; quarters: number } | null;
  /** The rep's rows, oldest quarter first. */
  rows: RepPeriodRow[];
  /** The median is the team's, or the company's for a rep without a team: the middle rep of those with a value. */
  medianOf: 'team' | 'company';
  attainment: RepAttainmentPoint[];
  winRate: RepVsMedianPoint[];
  avgWonSize: RepVsMedianPoint[];
  cycleDays: RepVsMedianPoint[];
  current: QuarterStatus;
  next: QuarterStatus;
  risk: RiskScopeSummary | null;
  openDeals: OpenDealLine[];
  changes: RepChanges;
  ramp: { tenureNow: number | null; isNew: boolean; points: RampChartPoint[] };
}

export function repPageView(siteData: SiteData, name: string): RepPageView {
  const { dashboard, model } = siteData;
  const rep = repDirectory(siteData).find((r) => r.name === name);
  if (rep === undefined) throw new Error(`unknown rep: ${name}`);
  const key = scopeKey('rep', name);
  const lookup = dashboardLookup(dashboard);
  const rows = dashboard.repPeriods.filter((r) => r.rep === name);
  const trend = dashboard.repTrends.reps.find((t) => t.rep === name) ?? null;
  const team = rows.findLast((r) => r.team !== null)?.team ?? rep.team;
  const medianOf = team === null ? 'company' : 'team';
  const medians = new Map<string, PeriodMedians>(
    // Every rep of the group with a value: attainment needs a quota anyway, and win rate, deal size and
    // cycle need closed deals, so people without a target drop out by themselves.
    repPeriodMedians(dashboard.repPeriods, { ...(team === null ? {} : { team }), withQuotaOnly: false }).map((m) => [m.period, m]),
  );
  const currentKey = dashboard.periods.current.key;
  const closedKeys = new Set(dashboard.periods.closed.map((q) => q.key));
  const median = (period: string, field: RepMedianField) => medians.get(period)?.medians[field] ?? null;

  const attainment = rows.map((r) => ({ period: r.period, attainment: r.attainment, teamMedian: median(r.period, 'attainment'), current: r.period === currentKey }));
  const recent = rows.filter((r) => closedKeys.has(r.period)).slice(-TREND_QUARTERS);
  const series = (field: RepMedianField) => recent.map((r) => ({ period: r.period, rep: r[field], median: median(r.period, field) }));

  const quarterStatus = (period: { key: string; label: string; start: string; end: string }): QuarterStatus => ({
    key: period.key,
    label: period.label,
    start: period.start,
    end: period.end,
    metrics: lookup.metrics(key, period.key),
    forecast: lookup.forecast(key, period.key),
  });

  const riskById = new Map(dashboard.risk.deals.filter((d) => d.owner === name).map((d) => [d.id, d]));
  const openDeals = model.deals
    .filter((d) => d.owner === name && d.status === 'open')
    .map((deal) => ({ deal, risk: riskById.get(deal.id) ?? null }))
    .sort((a, b) => (b.risk?.amountAtRisk ?? -1) - (a.risk?.amountAtRisk ?? -1) || (b.deal.amount ?? -1) - (a.deal.amount ?? -1));

  const tenureNow = rows.findLast((r) => r.tenure_quarter !== null)?.tenure_quarter ?? null;
  // Only with a roster start date: counted from a first deal, everyone looks new in recent data.
  const isNew = tenureNow !== null && tenureNow <= NEW_REP_QUARTERS && !rep.left && rep.startDate !== null;
  const rampMedians = new Map(repRamp(dashboard.repPeriods, { exceptRep: name, maxTenure: NEW_REP_QUARTERS }).map((p) => [p.tenureQuarter, p]));
  const byTenure = new Map(rows.filter((r) => r.tenure_quarter !== null).map((r) => [r.tenure_quarter!, r]));
  const rampPoints: RampChartPoint[] = isNew
    ? Array.from({ length: tenureNow }, (_, i) => i + 1).map((t) => ({
        tenureQuarter: t,
        rep: byTenure.get(t)?.attainment ?? null,
        median: rampMedians.get(t)?.medianAttainment ?? null,
        medianReps: rampMedians.get(t)?.reps ?? 0,
      }))
    : [];

  return {
    rep,
    asOf: model.asOf,
    currency: dashboard.currency,
    trend,
    trendText: trendText(trend, { minTrendPoints: dashboard.repTrends.minTrendPoints }),
    trendFit: trend === null || trend.trend === null || trend.slope === null ? null : { label: trend.trend, slope: trend.slope, quarters: trend.trendPoints },
    rows,
    medianOf,
    attainment,
    winRate: series('win_rate_count'),
    avgWonSize: series('avg_won_size'),
    cycleDays: series('median_cycle_days'),
    current: quarterStatus(dashboard.periods.current),
    next: quarterStatus(dashboard.periods.next),
    risk: lookup.risk(key),
    openDeals,
    changes: repChanges(siteData, key),
    ramp: { tenureNow, isNew, points: rampPoints },
  };
}

function repChanges(siteData: SiteData, key: string): RepChanges {
  const { changes, currency } = siteData.dashboard;
  if (changes.kind !== 'changes') return { kind: 'none', message: changes.message };
  const scope = changes.scopes.find((s) => s.key === key);
  if (scope === undefined) return { kind: 'changes', from: changes.from, to: changes.to, totals: null, lines: [] };
  const money = (v: number) => formatMoney(v, currency) ?? String(v);
  return { kind: 'changes', from: changes.from, to: changes.to, totals: scope.totals, lines: changeLines(changes, scope.dealIds, { money }) };
}
