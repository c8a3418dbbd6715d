/**
 * The tables of the Forecast accuracy page, from the replayed track record
 * (dashboard.forecastBacktest): how each scope's forecast did over the replayed quarters, the
 * company's errors by week of quarter, and every replayed point with its range, the actual and
 * each method's error.
 */
import type { BacktestScope, BacktestSummary } from '../../metrics/forecastBacktest.ts';
import type { SiteData } from '../load/siteData.ts';
import type { TableColumn, TableDef, TableRow } from '../tables/tableTypes.ts';

const LEVEL = { company: 'Company', region: 'Region', team: 'Team', rep: 'Rep' } as const;

/** The methods scored, in the order shown, with their labels. */
export const METHOD_LABELS = [
  ['p50', 'P50 (simulated)'],
  ['weighted', 'Weighted (learned)'],
  ['crmWeighted', 'CRM-probability weighted'],
  ['stageWeighted', 'Stage weighted'],
  ['commit', 'Commit roll-up'],
  ['runRate', 'Run-rate alone'],
] as const;

const errorColumns: TableColumn[] = METHOD_LABELS.map(([key, label]) => ({ key: `ape_${key}`, label: `${label} error`, kind: 'percent' as const, additive: false }));

function summaryCells(s: BacktestSummary): TableRow {
  return {
    quarters: s.quarters,
    points: s.points,
    coverage: s.coverage,
    ...Object.fromEntries(METHOD_LABELS.map(([key]) => [`ape_${key}`, s.mape[key]])),
    pinball10: s.pinball.p10,
    pinball50: s.pinball.p50,
    pinball90: s.pinball.p90,
  };
}

export function forecastBacktestTables(siteData: SiteData): TableDef[] {
  const backtest = siteData.dashboard?.forecastBacktest;
  if (backtest === undefined) return [];
  const currency = siteData.dashboard.currency;
  const scopeName = (s: BacktestScope) => (s.level === 'company' ? `${s.name} (company)` : `${s.name} (${LEVEL[s.level].toLowerCase()})`);
  const summary: TableDef = {
    id: 'forecast-backtest-scopes',
    title: 'Forecast accuracy by scope',
    caption: `How the forecast replayed at every point of the last ${backtest.quarters.length} closed quarter${backtest.quarters.length === 1 ? '' : 's'} did, for the company, each region and each team: how often P10-P90 held the actual (about 80% when the ranges are honest), the mean absolute percentage error of the P50 and of each baseline, and the mean pinball loss of P10, P50 and P90 as a share of the actual (lower is better).`,
    columns: [
      { key: 'scope', label: 'Scope', kind: 'text' },
      { key: 'level', label: 'Level', kind: 'text' },
      { key: 'quarters', label: 'Quarters', kind: 'number', digits: 0, additive: false },
      { key: 'points', label: 'Points', kind: 'number', digits: 0, additive: false },
      { key: 'coverage', label: 'P10-P90 held actual', kind: 'percent' },
      ...errorColumns,
      { key: 'pinball10', label: 'Pinball P10', kind: 'percent', digits: 1 },
      { key: 'pinball50', label: 'Pinball P50', kind: 'percent', digits: 1 },
      { key: 'pinball90', label: 'Pinball P90', kind: 'percent', digits: 1 },
    ],
    rows: backtest.scopes.map((s) => ({ scope: scopeName(s), level: LEVEL[s.level], ...summaryCells(s.summary) })),
    filters: ['level'],
    rowNoun: { one: 'scope', other: 'scopes' },
  };
  const weeks: TableDef = {
    id: 'forecast-backtest-weeks',
    title: 'Company forecast accuracy by week of quarter',
    caption: 'The company forecast replayed in each week of the quarter (week 1 = days 1-7), over the replayed quarters: how often P10-P90 held the actual and each method\'s mean absolute percentage error.',
    columns: [
      { key: 'week', label: 'Week', kind: 'number', digits: 0, additive: false },
      { key: 'quarters', label: 'Quarters', kind: 'number', digits: 0, additive: false },
      { key: 'points', label: 'Points', kind: 'number', digits: 0, additive: false },
      { key: 'coverage', label: 'P10-P90 held actual', kind: 'percent' },
      ...errorColumns,
      { key: 'pinball50', label: 'Pinball P50', kind: 'percent', digits: 1 },
    ],
    rows: backtest.byWeek.map((w) => ({ week: w.week, ...summaryCells(w) })),
    rowNoun: { one: 'week', other: 'weeks' },
  };
  const points: TableDef = {
    id: 'forecast-backtest-points',
    title: 'Every replayed forecast point',
    caption: 'The forecast as it would have stood on each snapshot date of the replayed quarters (and weekly before the first snapshot, marked reconstructed), using only what the exports of that date said, against what the quarter closed with.',
    columns: [
      { key: 'scope', label: 'Scope', kind: 'text' },
      { key: 'quarter', label: 'Quarter', kind: 'text' },
      { key: 'asOf', label: 'As of', kind: 'date' },
      { key: 'day', label: 'Day', kind: 'number', digits: 0, additive: false },
      { key: 'reconstructed', label: 'Pipeline', kind: 'text' },
      { key: 'p10', label: 'P10', kind: 'money', additive: false },
      { key: 'p50', label: 'P50', kind: 'money', additive: false },
      { key: 'p90', label: 'P90', kind: 'money', additive: false },
      { key: 'actual', label: 'Actual', kind: 'money', additive: false },
      { key: 'held', label: 'In P10-P90', kind: 'text' },
      { key: 'commit', label: 'Commit', kind: 'money', additive: false },
      { key: 'bestCase', label: 'Best case', kind: 'money', additive: false },
      ...errorColumns,
    ],
    rows: backtest.scopes.flatMap((s) =>
      s.quarters.flatMap((q) =>
        q.points.map((p) => ({
          scope: scopeName(s),
          quarter: q.label,
          asOf: p.asOf,
          day: p.day,
          reconstructed: p.reconstructed ? 'Reconstructed' : 'Snapshot',
          p10: p.p10,
          p50: p.p50,
          p90: p.p90,
          actual: q.actual,
          held: p.covered ? 'Yes' : 'No',
          commit: p.commit,
          bestCase: p.bestCase,
          ...Object.fromEntries(METHOD_LABELS.map(([key]) => [`ape_${key}`, p.ape[key]])),
        })),
      ),
    ),
    filters: ['scope', 'quarter', 'held'],
    currency,
    rowNoun: { one: 'point', other: 'points' },
  };
  return [summary, weeks, points];
}
