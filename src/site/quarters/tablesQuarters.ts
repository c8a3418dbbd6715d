/**
 * The quarters index's table (`quarters`): every fiscal quarter of the dashboard, company-wide,
 * with bookings against quota, win rates, deal size, cycle, pipeline created and linearity.
 */
import { dashboardLookup } from '../load/dashboardLookup.ts';
import type { SiteData } from '../load/siteData.ts';
import { additiveTotals } from '../tables/additiveTotals.ts';
import type { TableColumn, TableDef, TableRow } from '../tables/tableTypes.ts';

export function quartersTable(siteData: SiteData): TableDef | TableDef[] {
  const { dashboard } = siteData;
  if (dashboard.periods === undefined) return [];
  const closed = new Set(dashboard.periods.closed.map((q) => q.key));
  const retro = new Set(dashboard.retrospectives.map((r) => r.quarter.key));
  const rows: TableRow[] = dashboard.periods.quarters.map((q) => {
    const m = dashboardLookup(dashboard).metrics('company', q.key);
    return {
      quarter: q.label,
      start: q.start,
      end: q.end,
      status: closed.has(q.key) ? (retro.has(q.key) ? 'Closed' : 'Closed (no review)') : q.key === dashboard.periods.current.key ? 'In progress' : 'Open',
      quota: m?.quota ?? null,
      bookings: m?.bookings ?? null,
      attainment: m?.attainment ?? null,
      won: m?.wonCount ?? null,
      lost: m?.lostCount ?? null,
      winRate: m?.winRateByCount ?? null,
      winRateValue: m?.winRateByValue ?? null,
      avgWon: m?.averageWonSize ?? null,
      cycle: m?.medianCycleDays ?? null,
      created: m?.pipelineCreated ?? null,
      lastMonth: m?.linearity.lastMonthShare ?? null,
    };
  });
  const columns: TableColumn[] = [
    { key: 'quarter', label: 'Quarter', kind: 'text' },
    { key: 'start', label: 'Start', kind: 'date' },
    { key: 'end', label: 'End', kind: 'date' },
    { key: 'status', label: 'Status', kind: 'text' },
    { key: 'quota', label: 'Quota', kind: 'money' },
    { key: 'bookings', label: 'Bookings', kind: 'money' },
    { key: 'attainment', label: 'Attainment', kind: 'percent' },
    { key: 'won', label: 'Won', kind: 'number', digits: 0 },
    { key: 'lost', label: 'Lost', kind: 'number', digits: 0 },
    { key: 'winRate', label: 'Win rate (count)', kind: 'percent' },
    { key: 'winRateValue', label: 'Win rate (value)', kind: 'percent' },
    { key: 'avgWon', label: 'Average won deal', kind: 'money', additive: false },
    { key: 'cycle', label: 'Median cycle', kind: 'days' },
    { key: 'created', label: 'Pipeline created', kind: 'money' },
    { key: 'lastMonth', label: 'Booked in last month', kind: 'percent' },
  ];
  return {
    id: 'quarters',
    title: 'Fiscal quarters',
    caption: `Company-wide numbers of every fiscal quarter in the data, oldest first; the current quarter to ${siteData.model.asOf}. Last month: share of the bookings closed in the quarter's last month. Amounts in ${dashboard.currency}.`,
    columns,
    rows,
    totals: additiveTotals(columns, rows),
    filters: ['status'],
    defaultSort: { key: 'start', direction: 'ascending' },
    currency: dashboard.currency,
    rowNoun: { one: 'quarter', other: 'quarters' },
  };
}
