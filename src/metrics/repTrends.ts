/**
 * Rep performance over time: each rep's attainment trend over the last four completed quarters,
 * ranks within team and company, and each team's attainment bands per quarter.
 */
import { fiscalCalendar } from '../model/fiscalCalendar.ts';
import type { IsoDate, Model } from '../model/types.ts';
import { linearRegression } from './linearRegression.ts';
import { repPeriods, type RepPeriodRow } from './repPeriods.ts';
import { repTrendsDistribution, type AttainmentDistribution } from './repTrendsDistribution.ts';
import { repTrendsRanks, type RankPosition } from './repTrendsRanks.ts';

export type { AttainmentDistribution } from './repTrendsDistribution.ts';
export type { RankPosition } from './repTrendsRanks.ts';

export type TrendLabel = 'improving' | 'steady' | 'declining';

export interface RepTrend {
  rep: string;
  team: string | null;
  region: string | null;
  /** Attainment (1 = 100%) in each of the last four completed quarters, oldest first; null when no row or no quota. */
  quarters: { period: string; attainment: number | null }[];
  /** Least-squares slope of attainment in percentage points per quarter; null with too few quarters. */
  slope: number | null;
  /** improving when slope >= threshold, declining when <= -threshold, else steady; null when slope is null. */
  trend: TrendLabel | null;
  /** Quarters with an attainment the slope was fitted to. */
  trendPoints: number;
  /** Ranks by attainment (ties: bookings, then name) in the current quarter; null when not ranked. */
  rankCurrent: { team: RankPosition | null; company: RankPosition | null };
  rankLastCompleted: { team: RankPosition | null; company: RankPosition | null };
}

export interface TeamDistribution {
  team: string;
  region: string | null;
  /** One entry per quarter of the rep table, oldest first. */
  quarters: AttainmentDistribution[];
}

export interface RepTrendsResult {
  currentQuarter: string;
  lastCompletedQuarter: string;
  /** The four completed quarters the trends are fitted over, oldest first. */
  trendQuarters: string[];
  /** |slope| below this many points per quarter is steady. */
  steadyThreshold: number;
  minTrendPoints: number;
  reps: RepTrend[];
  teams: TeamDistribution[];
}

export interface RepTrendsOptions {
  /** Default the model's as-of date. */
  asOf?: IsoDate;
  /** Percentage points of attainment per quarter below which a trend is steady (default 5). */
  steadyThreshold?: number;
  /** Quarters with an attainment needed to fit a trend, of the four (default 3). */
  minTrendPoints?: number;
  /** The rep table when already computed (else computed here with the same as-of date). */
  rows?: readonly RepPeriodRow[];
}

export function repTrends(model: Model, options: RepTrendsOptions = {}): RepTrendsResult {
  const asOf = options.asOf ?? model.asOf;
  const steadyThreshold = options.steadyThreshold ?? 5;
  const minTrendPoints = Math.max(2, options.minTrendPoints ?? 3);
  const rows = options.rows ?? repPeriods(model, { asOf });
  const calendar = fiscalCalendar({ startMonth: model.fiscalYearStartMonth, naming: model.fiscalYearNaming });
  const current = calendar.periodOf(asOf, 'quarter');
  // The quarter containing the as-of date is not complete even on its last day.
  const trendQuarters = [-4, -3, -2, -1].map((step) => calendar.shift(current, step).key);
  const lastCompleted = trendQuarters[3]!;

  const byRepPeriod = new Map<string, RepPeriodRow>();
  const byPeriod = new Map<string, RepPeriodRow[]>();
  const repNames: string[] = [];
  const repInfo = new Map<string, RepPeriodRow>();
  for (const row of rows) {
    byRepPeriod.set(`${row.rep}\u0000${row.period}`, row);
    const list = byPeriod.get(row.period);
    if (list === undefined) byPeriod.set(row.period, [row]);
    else list.push(row);
    if (!repInfo.has(row.rep)) repNames.push(row.rep);
    repInfo.set(row.rep, row);
  }
  const rankMap = (period: string) => new Map(repTrendsRanks(byPeriod.get(period) ?? []).map((r) => [r.rep, r]));
  const ranksCurrent = rankMap(current.key);
  const ranksLast = rankMap(lastCompleted);

  const reps: RepTrend[] = [...repNames].sort(byName).map((rep) => {
    const quarters = trendQuarters.map((period) => ({
      period,
      attainment: byRepPeriod.get(`${rep}\u0000${period}`)?.attainment ?? null,
    }));
    const points = quarters.flatMap((q, x) => (q.attainment === null ? [] : [{ x, y: q.attainment * 100 }]));
    const fit = points.length >= minTrendPoints ? linearRegression(points) : null;
    const slope = fit?.slope ?? null;
    const info = repInfo.get(rep)!;
    const rc = ranksCurrent.get(rep);
    const rl = ranksLast.get(rep);
    return {
      rep,
      team: info.team,
      region: info.region,
      quarters,
      slope,
      trend: slope === null ? null : slope >= steadyThreshold ? 'improving' : slope <= -steadyThreshold ? 'declining' : 'steady',
      trendPoints: points.length,
      rankCurrent: { team: rc?.team ?? null, company: rc?.company ?? null },
      rankLastCompleted: { team: rl?.team ?? null, company: rl?.company ?? null },
    };
  });

  return {
    currentQuarter: current.key,
    lastCompletedQuarter: lastCompleted,
    trendQuarters,
    steadyThreshold,
    minTrendPoints,
    reps,
    teams: teamDistributions(rows),
  };
}

function teamDistributions(rows: readonly RepPeriodRow[]): TeamDistribution[] {
  const periods = [...new Set(rows.map((r) => r.period))].sort(byPeriodKey);
  const teams = new Map<string, string | null>();
  for (const row of rows) if (row.team !== null && !teams.has(row.team)) teams.set(row.team, row.region);
  return [...teams.keys()].sort(byName).map((team) => ({
    team,
    region: teams.get(team) ?? null,
    quarters: periods.map((p) => repTrendsDistribution(p, rows.filter((r) => r.team === team && r.period === p))),
  }));
}

/** `FY2027-Q1` keys sort as text within the same digit count; compare year then quarter to be safe. */
function byPeriodKey(a: string, b: string): number {
  const pa = /^FY(-?\d+)-Q(\d)$/.exec(a);
  const pb = /^FY(-?\d+)-Q(\d)$/.exec(b);
  if (pa && pb) return Number(pa[1]) * 4 + Number(pa[2]) - (Number(pb[1]) * 4 + Number(pb[2]));
  return byName(a, b);
}

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
