/**
 * The teams index's tables: every team and every region in the current quarter, with bookings
 * against quota, the forecast roll-ups, coverage and the risk summary. Ids `teams-summary` and
 * `regions-summary`.
 */
import type { ScopeLevel } from '../../metrics/scopes.ts';
import { dashboardLookup } from '../load/dashboardLookup.ts';
import type { SiteData } from '../load/siteData.ts';
import { additiveTotals } from '../tables/additiveTotals.ts';
import type { TableColumn, TableDef, TableRow } from '../tables/tableTypes.ts';

export function teamsTables(siteData: SiteData): TableDef[] {
  if (siteData.dashboard.scopes === undefined) return [];
  return [summary(siteData, 'team'), summary(siteData, 'region')];
}

function summary(siteData: SiteData, level: Extract<ScopeLevel, 'team' | 'region'>): TableDef {
  const { dashboard } = siteData;
  const current = dashboard.periods.current;
  const lookup = dashboardLookup(dashboard);
  const scopes = dashboard.scopes.filter((s) => s.level === level);
  const rows: TableRow[] = scopes.map((s) => {
    const m = lookup.metrics(s.key, current.key);
    const f = lookup.forecast(s.key, current.key);
    const risk = lookup.risk(s.key);
    const reps = new Set(dashboard.repPeriods.filter((r) => r.period === current.key && (level === 'team' ? r.team === s.name : r.region === s.name)).map((r) => r.rep));
    return {
      name: s.name,
      ...(level === 'team' ? { region: s.region } : {}),
      reps: reps.size,
      quota: m?.quota ?? null,
      bookings: m?.bookings ?? null,
      attainment: m?.attainment ?? null,
      commit: f?.rollup.commit ?? null,
      bestCase: f?.rollup.bestCase ?? null,
      weighted: f?.weighted.total ?? null,
      p50: f?.simulation.p50 ?? null,
      openPipeline: m?.openPipeline ?? null,
      coverage: m?.coverage ?? null,
      flagged: risk?.flaggedDeals ?? 0,
      atRisk: risk?.amountAtRisk ?? 0,
    };
  });
  const noun = level === 'team' ? 'Team' : 'Region';
  const columns: TableColumn[] = [
    { key: 'name', label: noun, kind: 'text' },
    ...(level === 'team' ? [{ key: 'region', label: 'Region', kind: 'text' as const }] : []),
    { key: 'reps', label: 'Reps', kind: 'number', digits: 0 },
    { key: 'quota', label: 'Quota', kind: 'money' },
    { key: 'bookings', label: 'Bookings', kind: 'money' },
    { key: 'attainment', label: 'Attainment', kind: 'percent' },
    { key: 'commit', label: 'Commit incl. closed', kind: 'money' },
    { key: 'bestCase', label: 'Best case incl.', kind: 'money' },
    { key: 'weighted', label: 'Weighted forecast', kind: 'money' },
    { key: 'p50', label: 'Simulated P50', kind: 'money', additive: false },
    { key: 'openPipeline', label: 'Open pipeline', kind: 'money' },
    { key: 'coverage', label: 'Coverage', kind: 'number', digits: 1, additive: false },
    { key: 'flagged', label: 'Flagged deals', kind: 'number', digits: 0 },
    { key: 'atRisk', label: 'Amount at risk', kind: 'money' },
  ];
  return {
    id: level === 'team' ? 'teams-summary' : 'regions-summary',
    title: level === 'team' ? `Teams, ${current.label} so far` : `Regions, ${current.label} so far`,
    caption: `Every ${level} on ${siteData.model.asOf}: bookings against quota, the forecast roll-ups (each including the ones before: commit includes closed won), the simulated median (P50), open pipeline due this quarter and its coverage of the quota still to book, and the deals flagged at risk. Amounts in ${dashboard.currency}.`,
    columns,
    rows,
    // The company's own figures are not always the sum (a company quota row, deals of reps without a team): totals are of the rows shown.
    totals: additiveTotals(columns, rows),
    ...(level === 'team' ? { filters: ['region'] } : {}),
    currency: dashboard.currency,
    rowNoun: level === 'team' ? { one: 'team', other: 'teams' } : { one: 'region', other: 'regions' },
  };
}
