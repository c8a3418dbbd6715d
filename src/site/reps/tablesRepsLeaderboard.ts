/**
 * The rep leaderboards of the reps index: the current quarter (to date) and the last completed
 * quarter, one row per rep with a row in the rep table for that quarter: rank, quota, bookings,
 * attainment, win rate, the attainment trend with its slope, and the rank within the team.
 * Reps without a quota are listed after the ranked ones, unranked.
 */
import type { RankPosition } from '../../metrics/repTrends.ts';
import { periodLabel } from '../format/periodLabel.ts';
import { repDirectory } from './repDirectory.ts';
import type { SiteData } from '../load/siteData.ts';
import { additiveTotals } from '../tables/additiveTotals.ts';
import type { TableColumn, TableDef, TableRow } from '../tables/tableTypes.ts';
import { trendText } from '../format/trendText.ts';

export function repsLeaderboardTables(siteData: SiteData): TableDef[] {
  const { dashboard } = siteData;
  if (dashboard.repTrends === undefined) return [];
  const trends = dashboard.repTrends;
  return [
    leaderboard(siteData, trends.currentQuarter, 'current', 'reps-current'),
    leaderboard(siteData, trends.lastCompletedQuarter, 'last', 'reps-last-quarter'),
  ];
}

function leaderboard(siteData: SiteData, period: string, which: 'current' | 'last', id: string): TableDef {
  const { dashboard, model } = siteData;
  const trends = dashboard.repTrends;
  const label = periodLabel(dashboard, period);
  const listings = new Map(repDirectory(siteData).map((r) => [r.name, r]));
  const ranked = dashboard.repPeriods
    .filter((r) => r.period === period)
    .map((r) => {
      const trend = trends.reps.find((t) => t.rep === r.rep) ?? null;
      const rank = (which === 'current' ? trend?.rankCurrent : trend?.rankLastCompleted) ?? { team: null, company: null };
      return { row: r, trend, rank };
    })
    .sort((a, b) => (a.rank.company?.rank ?? Infinity) - (b.rank.company?.rank ?? Infinity) || b.row.bookings - a.row.bookings || byName(a.row.rep, b.row.rep));
  const rows: TableRow[] = ranked.map(({ row: r, trend, rank }) => {
    const t = trendText(trend, { minTrendPoints: trends.minTrendPoints });
    const listing = listings.get(r.rep);
    return {
      rank: rank.company?.rank ?? null,
      rep: r.rep,
      team: r.team,
      region: r.region,
      quota: r.quota,
      bookings: r.bookings,
      attainment: r.attainment,
      winRate: r.win_rate_count,
      won: r.won_count,
      lost: r.lost_count,
      trend: t.kind === 'none' ? null : `${t.arrow} ${t.label}`,
      slope: trend?.slope ?? null,
      teamRank: position(rank.team),
      status: listing?.left ? `Left ${listing.endDate}` : 'Active',
    };
  });
  const columns: TableColumn[] = [
    { key: 'rank', label: 'Rank', kind: 'number', additive: false, digits: 0 },
    { key: 'rep', label: 'Rep', kind: 'text' },
    { key: 'team', label: 'Team', kind: 'text' },
    { key: 'region', label: 'Region', kind: 'text' },
    { key: 'quota', label: 'Quota', kind: 'money' },
    { key: 'bookings', label: 'Bookings', kind: 'money' },
    { key: 'attainment', label: 'Attainment', kind: 'percent' },
    { key: 'winRate', label: 'Win rate (count)', kind: 'percent' },
    { key: 'won', label: 'Won', kind: 'number', digits: 0 },
    { key: 'lost', label: 'Lost', kind: 'number', digits: 0 },
    { key: 'trend', label: 'Trend', kind: 'text' },
    { key: 'slope', label: 'Slope (pts/qtr)', kind: 'number', additive: false, digits: 1 },
    { key: 'teamRank', label: 'Rank in team', kind: 'text', sortable: false },
    { key: 'status', label: 'Status', kind: 'text' },
  ];
  return {
    id,
    title: which === 'current' ? `${label} so far` : `${label} (last completed quarter)`,
    caption:
      which === 'current'
        ? `Every rep's quarter to ${model.asOf}, ranked by attainment (ties: bookings, then name). Reps without a quota are listed last, unranked. Trend: slope of attainment over the last four completed quarters. Amounts in ${dashboard.currency}.`
        : `Every rep with a row in ${label}, ranked by attainment (ties: bookings, then name); reps without a quota last, unranked. Amounts in ${dashboard.currency}.`,
    columns,
    rows,
    totals: additiveTotals(columns, rows),
    filters: ['team', 'region', 'status'],
    currency: dashboard.currency,
    rowNoun: { one: 'rep', other: 'reps' },
    rowHeader: 'rep',
  };
}

function position(p: RankPosition | null): string | null {
  return p === null ? null : `${p.rank} of ${p.of}`;
}

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
