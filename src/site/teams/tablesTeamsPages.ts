/**
 * The tables of each team's and region's page: the reps side by side this quarter
 * (`team-<slug>-reps`, `region-<slug>-reps`), the flagged deals (`...-risk`) and the scope's
 * numbers by quarter (`...-quarters`).
 */
import { scopeKey } from '../../metrics/scopes.ts';
import { periodLabel } from '../format/periodLabel.ts';
import { FLAG_SEPARATOR, riskFlagList, severityLabel } from '../format/riskFlagLabel.ts';
import { scopePageView, type ScopePageLevel, type ScopePageView } from './scopePageView.ts';
import { dashboardLookup } from '../load/dashboardLookup.ts';
import type { SiteData } from '../load/siteData.ts';
import { additiveTotals } from '../tables/additiveTotals.ts';
import type { TableColumn, TableDef, TableRow } from '../tables/tableTypes.ts';
import { trendText } from '../format/trendText.ts';

export function teamPageTables(siteData: SiteData): TableDef[] {
  if (siteData.dashboard.scopes === undefined) return [];
  return siteData.dashboard.scopes
    .filter((s): s is typeof s & { level: ScopePageLevel } => s.level === 'team' || s.level === 'region')
    .flatMap((s) => {
      const view = scopePageView(siteData, s.level, s.name);
      return [scopeRepsTable(siteData, view), scopeRiskTable(view), scopeQuartersTable(siteData, view)];
    });
}

export function scopeRepsTable(siteData: SiteData, view: ScopePageView): TableDef {
  const { repTrends } = siteData.dashboard;
  const rows: TableRow[] = view.reps.map(({ listing, current, status }) => {
    const f = status.forecast;
    const m = status.metrics;
    const trend = trendText(repTrends.reps.find((t) => t.rep === listing.name) ?? null, { minTrendPoints: repTrends.minTrendPoints });
    const risk = dashboardLookup(siteData.dashboard).risk(scopeKey('rep', listing.name));
    return {
      rep: listing.name,
      ...(view.level === 'region' ? { team: current?.team ?? listing.team } : {}),
      quota: current?.quota ?? null,
      bookings: current?.bookings ?? m?.bookings ?? null,
      attainment: current?.attainment ?? null,
      commit: f?.rollup.commit ?? null,
      bestCase: f?.rollup.bestCase ?? null,
      weighted: f?.weighted.total ?? null,
      openPipeline: m?.openPipeline ?? null,
      coverage: m?.coverage ?? null,
      flagged: risk?.flaggedDeals ?? 0,
      atRisk: risk?.amountAtRisk ?? 0,
      trend: trend.kind === 'none' ? null : `${trend.arrow} ${trend.label}`,
      slope: repTrends.reps.find((t) => t.rep === listing.name)?.slope ?? null,
      status: listing.left ? `Left ${listing.endDate}` : 'Active',
    };
  });
  const columns: TableColumn[] = [
    { key: 'rep', label: 'Rep', kind: 'text' },
    ...(view.level === 'region' ? [{ key: 'team', label: 'Team', kind: 'text' as const }] : []),
    { key: 'quota', label: 'Quota', kind: 'money' },
    { key: 'bookings', label: 'Bookings', kind: 'money' },
    { key: 'attainment', label: 'Attainment', kind: 'percent' },
    { key: 'commit', label: 'Commit incl. closed', kind: 'money' },
    { key: 'bestCase', label: 'Best case incl.', kind: 'money' },
    { key: 'weighted', label: 'Weighted forecast', kind: 'money' },
    { key: 'openPipeline', label: 'Open pipeline', kind: 'money' },
    { key: 'coverage', label: 'Coverage', kind: 'number', digits: 1, additive: false },
    { key: 'flagged', label: 'Flagged deals', kind: 'number', digits: 0 },
    { key: 'atRisk', label: 'Amount at risk', kind: 'money' },
    { key: 'trend', label: 'Trend', kind: 'text' },
    { key: 'slope', label: 'Slope (pts/qtr)', kind: 'number', digits: 1, additive: false },
    { key: 'status', label: 'Status', kind: 'text' },
  ];
  return {
    id: `${view.level}-${view.slug}-reps`,
    title: `Reps, ${view.current.label} so far`,
    caption: `The reps of ${view.name} side by side on ${view.asOf}: bookings against quota, the forecast roll-ups, open pipeline due this quarter and its coverage, flagged deals and the attainment trend. Amounts in ${view.currency}.`,
    columns,
    rows,
    totals: additiveTotals(columns, rows),
    ...(view.level === 'region' ? { filters: ['team'] } : {}),
    defaultSort: { key: 'attainment', direction: 'descending' },
    currency: view.currency,
    rowNoun: { one: 'rep', other: 'reps' },
  };
}

export function scopeRiskTable(view: ScopePageView): TableDef {
  const rows: TableRow[] = view.riskDeals.map((d) => ({
    rank: d.rank,
    name: d.name,
    owner: d.owner,
    ...(view.level === 'region' ? { team: d.team } : {}),
    stage: d.stage,
    amount: d.amount,
    closeDate: d.closeDate,
    severity: severityLabel(d.severity),
    flags: riskFlagList(d.flags),
    atRisk: d.amountAtRisk,
    id: d.id,
  }));
  const columns: TableColumn[] = [
    { key: 'rank', label: 'Rank', kind: 'number', digits: 0, additive: false },
    { key: 'name', label: 'Deal', kind: 'text' },
    { key: 'owner', label: 'Owner', kind: 'text' },
    ...(view.level === 'region' ? [{ key: 'team', label: 'Team', kind: 'text' as const }] : []),
    { key: 'stage', label: 'Stage', kind: 'text' },
    { key: 'amount', label: 'Amount', kind: 'money' },
    { key: 'closeDate', label: 'Close date', kind: 'date' },
    { key: 'severity', label: 'Risk', kind: 'text' },
    { key: 'flags', label: 'Flags', kind: 'text', listSeparator: FLAG_SEPARATOR },
    { key: 'atRisk', label: 'Amount at risk', kind: 'money' },
    { key: 'id', label: 'Deal ID', kind: 'text' },
  ];
  return {
    id: `${view.level}-${view.slug}-risk`,
    title: 'Flagged deals',
    caption: `Open deals of ${view.name} with at least one risk flag on ${view.asOf}, most amount at risk first (rank across the company). Amounts in ${view.currency}.`,
    columns,
    rows,
    totals: additiveTotals(columns, rows),
    filters: ['owner', ...(view.level === 'region' ? ['team'] : []), 'stage', 'severity', 'flags'],
    currency: view.currency,
    rowNoun: { one: 'deal', other: 'deals' },
    rowHeader: 'name',
  };
}

export function scopeQuartersTable(siteData: SiteData, view: ScopePageView): TableDef {
  const { dashboard } = siteData;
  const key = scopeKey(view.level, view.name);
  const rows: TableRow[] = dashboard.periods.quarters.map((q) => {
    const m = dashboardLookup(dashboard).metrics(key, q.key);
    return {
      quarter: `${periodLabel(dashboard, q.key)}${q.key === dashboard.periods.current.key ? ' (to date)' : ''}`,
      quota: m?.quota ?? null,
      quotaSource: m === null || m.quotaSource === 'none' ? null : m.quotaSource,
      bookings: m?.bookings ?? null,
      attainment: m?.attainment ?? null,
      won: m?.wonCount ?? null,
      lost: m?.lostCount ?? null,
      winRate: m?.winRateByCount ?? null,
      avgWon: m?.averageWonSize ?? null,
      cycle: m?.medianCycleDays ?? null,
      created: m?.pipelineCreated ?? null,
    };
  });
  const columns: TableColumn[] = [
    { key: 'quarter', label: 'Quarter', kind: 'text', sortable: false },
    { key: 'quota', label: 'Quota', kind: 'money' },
    { key: 'quotaSource', label: 'Quota source', kind: 'text' },
    { key: 'bookings', label: 'Bookings', kind: 'money' },
    { key: 'attainment', label: 'Attainment', kind: 'percent' },
    { key: 'won', label: 'Won', kind: 'number', digits: 0 },
    { key: 'lost', label: 'Lost', kind: 'number', digits: 0 },
    { key: 'winRate', label: 'Win rate (count)', kind: 'percent' },
    { key: 'avgWon', label: 'Average won deal', kind: 'money', additive: false },
    { key: 'cycle', label: 'Median cycle', kind: 'days' },
    { key: 'created', label: 'Pipeline created', kind: 'money' },
  ];
  return {
    id: `${view.level}-${view.slug}-quarters`,
    title: 'By quarter',
    caption: `${view.name}'s numbers in each fiscal quarter, oldest first. Quota source: where the quota came from (the ${view.level}'s own row or a sum). Amounts in ${view.currency}.`,
    columns,
    rows,
    totals: additiveTotals(columns, rows),
    currency: view.currency,
    rowNoun: { one: 'quarter', other: 'quarters' },
  };
}
