/**
 * What the reps index shows: a card per rep with a quota (trend label and slope, attainment
 * sparkline over the last completed quarters), the people without a quota and the reps who left,
 * and the attainment bands of every team and of all reps together.
 */
import type { BandRow } from '../../charts/attainmentBandsChart.ts';
import type { SparklinePoint } from '../../charts/attainmentSparkline.ts';
import type { RepPeriodRow } from '../../metrics/repPeriods.ts';
import type { RepTrend } from '../../metrics/repTrends.ts';
import { repTrendsDistribution } from '../../metrics/repTrendsDistribution.ts';
import { periodLabel } from '../format/periodLabel.ts';
import { repDirectory, type RepListing } from './repDirectory.ts';
import type { SiteData } from '../load/siteData.ts';

/** Completed quarters a sparkline covers. */
export const SPARKLINE_QUARTERS = 8;

export interface RepCard extends RepListing {
  trend: RepTrend | null;
  /** Attainment in the last completed quarters, oldest first. */
  spark: SparklinePoint[];
  /** Attainment so far in the current quarter; null without a quota. */
  currentAttainment: number | null;
  lastAttainment: number | null;
}

export interface RepsIndexView {
  current: { key: string; label: string };
  lastCompleted: { key: string; label: string };
  /** Reps with a quota in the current or a recent quarter who have not left. */
  cards: RepCard[];
  /** People with no quota in any of those quarters (managers, new hires not yet on quota), not left. */
  withoutQuota: RepCard[];
  /** Reps whose roster end date has passed. */
  left: RepCard[];
  /** All reps, then each team; the last completed quarter, then the current one. */
  bands: BandRow[];
  steadyThreshold: number;
  minTrendPoints: number;
}

export function repsIndexView(siteData: SiteData): RepsIndexView {
  const { dashboard } = siteData;
  const trends = dashboard.repTrends;
  const closedKeys = dashboard.periods.closed.map((q) => q.key).slice(-SPARKLINE_QUARTERS);
  const rowsByRep = groupRows(dashboard.repPeriods);
  const trendByRep = new Map(trends.reps.map((t) => [t.rep, t]));
  const currentKey = trends.currentQuarter;
  const lastKey = trends.lastCompletedQuarter;

  const all: RepCard[] = repDirectory(siteData).map((rep) => {
    const rows = rowsByRep.get(rep.name) ?? new Map<string, RepPeriodRow>();
    return {
      ...rep,
      trend: trendByRep.get(rep.name) ?? null,
      spark: closedKeys.map((period) => ({ period, attainment: rows.get(period)?.attainment ?? null })),
      currentAttainment: rows.get(currentKey)?.attainment ?? null,
      lastAttainment: rows.get(lastKey)?.attainment ?? null,
    };
  });
  const hasQuota = (c: RepCard) => c.currentAttainment !== null || c.spark.some((p) => p.attainment !== null);

  const bands: BandRow[] = [];
  for (const key of [lastKey, currentKey]) {
    const label = `${periodLabel(dashboard, key)}${key === currentKey ? ' to date' : ''}`;
    const everyone = repTrendsDistribution(key, dashboard.repPeriods.filter((r) => r.period === key));
    bands.push({ group: 'All reps', quarter: label, atOrAbove100: everyone.atOrAbove100, from70To100: everyone.from70To100, below70: everyone.below70 });
    for (const team of trends.teams) {
      const d = team.quarters.find((q) => q.period === key);
      if (d === undefined) continue;
      bands.push({ group: team.team, quarter: label, atOrAbove100: d.atOrAbove100, from70To100: d.from70To100, below70: d.below70 });
    }
  }

  return {
    current: { key: currentKey, label: periodLabel(dashboard, currentKey) },
    lastCompleted: { key: lastKey, label: periodLabel(dashboard, lastKey) },
    cards: all.filter((c) => !c.left && hasQuota(c)),
    withoutQuota: all.filter((c) => !c.left && !hasQuota(c)),
    left: all.filter((c) => c.left),
    bands,
    steadyThreshold: trends.steadyThreshold,
    minTrendPoints: trends.minTrendPoints,
  };
}

function groupRows(rows: readonly RepPeriodRow[]): Map<string, Map<string, RepPeriodRow>> {
  const out = new Map<string, Map<string, RepPeriodRow>>();
  for (const row of rows) {
    let mine = out.get(row.rep);
    if (mine === undefined) out.set(row.rep, (mine = new Map()));
    mine.set(row.period, row);
  }
  return out;
}
