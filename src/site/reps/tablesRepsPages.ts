/**
 * The tables of each rep's page: the rep's numbers by quarter, their open deals with risk flags,
 * and what changed on their deals since the previous snapshot. Ids: `rep-<slug>-quarters`,
 * `rep-<slug>-open-deals`, `rep-<slug>-changes`.
 */
import type { ForecastCategory } from '../../model/types.ts';
import { periodLabel } from '../format/periodLabel.ts';
import { repDirectory } from './repDirectory.ts';
import { riskFlagList, severityLabel } from '../format/riskFlagLabel.ts';
import { repPageView, type RepPageView } from './repPageView.ts';
import type { SiteData } from '../load/siteData.ts';
import { additiveTotals } from '../tables/additiveTotals.ts';
import type { TableColumn, TableDef } from '../tables/tableTypes.ts';

const CATEGORY: Record<ForecastCategory, string> = { commit: 'Commit', bestCase: 'Best case', pipeline: 'Pipeline', omitted: 'Omitted', closed: 'Closed' };

export function repPageTables(siteData: SiteData): TableDef[] {
  if (siteData.dashboard.repPeriods === undefined) return [];
  return repDirectory(siteData).flatMap((rep) => {
    const view = repPageView(siteData, rep.name);
    return [repQuartersTable(siteData, view), repOpenDealsTable(view), repChangesTable(view)];
  });
}

export function repQuartersTable(siteData: SiteData, view: RepPageView): TableDef {
  const current = siteData.dashboard.periods.current.key;
  const rows = view.rows.map((r, i) => ({
    quarter: `${periodLabel(siteData.dashboard, r.period)}${r.period === current ? ' (to date)' : ''}`,
    quota: r.quota,
    bookings: r.bookings,
    attainment: r.attainment,
    teamMedian: view.attainment[i]?.teamMedian ?? null,
    won: r.won_count,
    lost: r.lost_count,
    winRate: r.win_rate_count,
    winRateValue: r.win_rate_value,
    avgWon: r.avg_won_size,
    cycle: r.median_cycle_days,
    created: r.pipeline_created,
    coverage: r.coverage_entering,
    tenure: r.tenure_quarter,
  }));
  const columns: TableColumn[] = [
    { key: 'quarter', label: 'Quarter', kind: 'text', sortable: false },
    { key: 'quota', label: 'Quota', kind: 'money' },
    { key: 'bookings', label: 'Bookings', kind: 'money' },
    { key: 'attainment', label: 'Attainment', kind: 'percent' },
    { key: 'teamMedian', label: `${view.medianOf === 'team' ? 'Team' : 'Company'} median attainment`, kind: 'percent' },
    { key: 'won', label: 'Won', kind: 'number', digits: 0 },
    { key: 'lost', label: 'Lost', kind: 'number', digits: 0 },
    { key: 'winRate', label: 'Win rate (count)', kind: 'percent' },
    { key: 'winRateValue', label: 'Win rate (value)', kind: 'percent' },
    { key: 'avgWon', label: 'Average won deal', kind: 'money', additive: false },
    { key: 'cycle', label: 'Median cycle', kind: 'days' },
    { key: 'created', label: 'Pipeline created', kind: 'money' },
    { key: 'coverage', label: 'Coverage entering', kind: 'number', digits: 1, additive: false },
    { key: 'tenure', label: 'Tenure quarter', kind: 'number', digits: 0, additive: false },
  ];
  return {
    id: `rep-${view.rep.slug}-quarters`,
    title: 'By quarter',
    caption: `${view.rep.name}'s numbers in each fiscal quarter, oldest first; blank where a number is unknown (no quota, no closed deal). Median attainment: the middle of the ${view.medianOf}'s reps with a quota that quarter. Amounts in ${view.currency}.`,
    columns,
    rows,
    totals: additiveTotals(columns, rows),
    currency: view.currency,
    rowNoun: { one: 'quarter', other: 'quarters' },
  };
}

export function repOpenDealsTable(view: RepPageView): TableDef {
  const rows = view.openDeals.map(({ deal, risk }) => ({
    name: deal.name,
    account: deal.account,
    stage: deal.stage,
    category: deal.forecastCategory === null ? null : CATEGORY[deal.forecastCategory],
    amount: deal.amount,
    closeDate: deal.closeDate,
    severity: risk === null ? 'None' : severityLabel(risk.severity),
    flags: risk === null ? null : riskFlagList(risk.flags),
    atRisk: risk?.amountAtRisk ?? 0,
    daysInStage: deal.history.daysInStage,
    pushes: deal.history.pushCount,
    id: deal.id,
  }));
  const columns: TableColumn[] = [
    { key: 'name', label: 'Deal', kind: 'text' },
    { key: 'account', label: 'Account', kind: 'text' },
    { key: 'stage', label: 'Stage', kind: 'text' },
    { key: 'category', label: 'Forecast category', kind: 'text' },
    { key: 'amount', label: 'Amount', kind: 'money' },
    { key: 'closeDate', label: 'Close date', kind: 'date' },
    { key: 'severity', label: 'Risk', kind: 'text' },
    { key: 'flags', label: 'Flags', kind: 'text' },
    { key: 'atRisk', label: 'Amount at risk', kind: 'money' },
    { key: 'daysInStage', label: 'Days in stage', kind: 'days' },
    { key: 'pushes', label: 'Close date pushes', kind: 'number', digits: 0, additive: false },
    { key: 'id', label: 'Deal ID', kind: 'text' },
  ];
  return {
    id: `rep-${view.rep.slug}-open-deals`,
    title: 'Open deals',
    caption: `${view.rep.name}'s deals open on ${view.asOf}, most amount at risk first, with the risk flags raised; the evidence for the deals most at risk is above the table. Amounts in ${view.currency}.`,
    columns,
    rows,
    totals: additiveTotals(columns, rows),
    filters: ['stage', 'category', 'severity'],
    currency: view.currency,
    rowNoun: { one: 'deal', other: 'deals' },
  };
}

export function repChangesTable(view: RepPageView): TableDef {
  const lines = view.changes.kind === 'changes' ? view.changes.lines : [];
  const caption =
    view.changes.kind === 'changes'
      ? `Changes to ${view.rep.name}'s deals between the snapshots of ${view.changes.from} and ${view.changes.to}: wins and losses first. Amounts in ${view.currency}.`
      : `Nothing to compare: ${view.changes.message}`;
  return {
    id: `rep-${view.rep.slug}-changes`,
    title: 'What changed',
    caption,
    columns: [
      { key: 'change', label: 'Change', kind: 'text' },
      { key: 'deal', label: 'Deal', kind: 'text' },
      { key: 'account', label: 'Account', kind: 'text' },
      { key: 'detail', label: 'Detail', kind: 'text', sortable: false },
      { key: 'amount', label: 'Amount', kind: 'money', additive: false },
      { key: 'id', label: 'Deal ID', kind: 'text' },
    ],
    rows: lines.map((l) => ({ change: l.change, deal: l.deal, account: l.account, detail: l.detail, amount: l.amount, id: l.id })),
    filters: ['change'],
    currency: view.currency,
    rowNoun: { one: 'change', other: 'changes' },
    rowHeader: 'deal',
  };
}
