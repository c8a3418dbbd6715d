/**
 * The forecast call's tables, for the current and the next quarter: the category roll-ups,
 * weighted forecast and simulated range of the company, each region and each team (each row is
 * itself a roll-up, so that table has no total), and the same per rep with totals of the amounts
 * that add up (the simulated percentiles do not: a sum of medians is not the median of the sum).
 */
import type { ScopeForecast } from '../../metrics/forecastTypes.ts';
import type { Scope } from '../../metrics/scopes.ts';
import { quarterView } from '../load/quarterView.ts';
import type { SiteData } from '../load/siteData.ts';
import type { TableColumn, TableDef, TableRow } from '../tables/tableTypes.ts';

const LEVEL = { company: 'Company', region: 'Region', team: 'Team', rep: 'Rep' } as const;

const FIGURES: TableColumn[] = [
  { key: 'quota', label: 'Quota', kind: 'money' },
  { key: 'closedWon', label: 'Closed won', kind: 'money' },
  { key: 'commitOpen', label: 'Open commit', kind: 'money' },
  { key: 'commit', label: 'Commit (incl. closed)', kind: 'money' },
  { key: 'bestCase', label: 'Best case (incl.)', kind: 'money' },
  { key: 'pipeline', label: 'Pipeline (incl.)', kind: 'money' },
  { key: 'weighted', label: 'Weighted forecast', kind: 'money' },
  { key: 'p10', label: 'P10', kind: 'money', additive: false },
  { key: 'p50', label: 'P50', kind: 'money', additive: false },
  { key: 'p90', label: 'P90', kind: 'money', additive: false },
  { key: 'probabilityOfQuota', label: 'Chance of quota', kind: 'percent', additive: false },
];

/** Sums of these columns over the reps are the reps' total. */
const ADDITIVE = ['quota', 'closedWon', 'commitOpen', 'commit', 'bestCase', 'pipeline', 'weighted'] as const;

export function forecastRollupTables(siteData: SiteData): TableDef[] {
  // Site data without a computed dashboard (unit fixtures of other tables) has none of these tables.
  if (siteData.dashboard?.forecast === undefined) return [];
  return (['current', 'next'] as const).flatMap((kind) => periodTables(siteData, kind));
}

function periodTables(siteData: SiteData, kind: 'current' | 'next'): TableDef[] {
  const { dashboard } = siteData;
  const view = quarterView(siteData, kind);
  const label = view.forecast.period.label;
  const figures = (f: ScopeForecast): TableRow => ({
    quota: f.quota,
    closedWon: f.closedWon.amount,
    commitOpen: f.open.commit.amount,
    commit: f.rollup.commit,
    bestCase: f.rollup.bestCase,
    pipeline: f.rollup.pipeline,
    weighted: f.weighted.total,
    p10: f.simulation.p10,
    p50: f.simulation.p50,
    p90: f.simulation.p90,
    probabilityOfQuota: f.simulation.probabilityOfQuota,
  });
  const rowsOf = (scopes: Scope[], extra: (s: Scope) => TableRow): TableRow[] =>
    scopes.flatMap((s) => {
      const f = view.forecastOf(s.key);
      return f === null ? [] : [{ ...extra(s), ...figures(f) }];
    });

  const groups = rowsOf(
    [...view.scopesOf('company'), ...view.scopesOf('region'), ...view.scopesOf('team')],
    (s) => ({ level: LEVEL[s.level], name: s.name, region: s.level === 'team' ? s.region : null }),
  );
  // Reps with neither a quota nor a deal in the quarter (most have left) would be rows of zeros.
  const active = view.scopesOf('rep').filter((s) => {
    const f = view.forecastOf(s.key);
    return f !== null && (f.quota !== null || f.closedWon.count > 0 || f.open.total.count > 0);
  });
  const reps = rowsOf(active, (s) => ({ name: s.name, team: s.team, region: s.region }));
  const totals: TableRow = {};
  for (const key of ADDITIVE) {
    const known = reps.map((r) => r[key]).filter((v): v is number => typeof v === 'number');
    totals[key] = known.length === 0 ? null : known.reduce((a, b) => a + b, 0);
  }

  return [
    {
      id: `forecast-groups-${kind}`,
      title: `${label}: company, regions and teams`,
      caption: `Forecast categories as of ${dashboard.asOf}: Commit, Best Case and Pipeline include closed won and each category before them; the weighted forecast is closed won plus open deals × win probability; P10, P50 and P90 come from ${dashboard.forecast.settings.trials.toLocaleString('en-US')} simulated quarters. Each row is a roll-up of the deals in it. Amounts in ${dashboard.currency}.`,
      columns: [
        { key: 'level', label: 'Level', kind: 'text' },
        { key: 'name', label: 'Name', kind: 'text' },
        { key: 'region', label: 'Region', kind: 'text' },
        ...FIGURES,
      ],
      rows: groups,
      filters: ['level'],
      currency: dashboard.currency,
      rowHeader: 'name',
      rowNoun: { one: 'group', other: 'groups' },
    },
    {
      id: `forecast-reps-${kind}`,
      title: `${label}: reps`,
      caption: `Each rep's forecast categories, weighted forecast and simulated range as of ${dashboard.asOf}, by the deals they own; reps with neither a quota nor a deal in the quarter are left out. The totals add up the reps shown; the percentiles and chances do not add up and have no total. Amounts in ${dashboard.currency}.`,
      columns: [
        { key: 'name', label: 'Rep', kind: 'text' },
        { key: 'team', label: 'Team', kind: 'text' },
        { key: 'region', label: 'Region', kind: 'text' },
        ...FIGURES,
      ],
      rows: reps,
      totals,
      filters: ['team', 'region'],
      defaultSort: { key: 'weighted', direction: 'descending' },
      currency: dashboard.currency,
      rowNoun: { one: 'rep', other: 'reps' },
    },
  ];
}
