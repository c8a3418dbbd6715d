/**
 * The risk list: every open deal with a risk level (high, medium, low), in talking order, its
 * flags as short tags with the full reasons on demand, on its own page with a CSV download; and
 * the top of it for the pipeline page.
 */
import { fsum } from 'd3';
import type { RiskDeal } from '../../metrics/pipelineRiskTypes.ts';
import { FLAG_SEPARATOR, riskFlagLabel } from '../format/riskFlagLabel.ts';
import type { SiteData } from '../load/siteData.ts';
import type { TableColumn, TableDef, TableRow } from '../tables/tableTypes.ts';
import { riskFlagsOf, riskLevelLabel, riskOrder } from './riskOrder.ts';

/** Deals the pipeline page shows before linking to the full list. */
export const PIPELINE_TOP = 10;

const COLUMNS: TableColumn[] = [
  { key: 'deal', label: 'Deal', kind: 'text' },
  { key: 'level', label: 'Risk', kind: 'text', keyColumn: true },
  { key: 'owner', label: 'Owner', kind: 'text' },
  { key: 'amount', label: 'Amount', kind: 'money' },
  { key: 'amountAtRisk', label: 'At risk', kind: 'money' },
  { key: 'closeDate', label: 'Close date', kind: 'date' },
  { key: 'flags', label: 'Flags', kind: 'text', listSeparator: FLAG_SEPARATOR, tags: true, details: 'evidence', sortable: false },
  { key: 'stage', label: 'Stage', kind: 'text' },
  { key: 'team', label: 'Team', kind: 'text' },
  { key: 'order', label: 'Order', kind: 'number', digits: 0, additive: false, csvOnly: true },
  { key: 'evidence', label: 'Evidence', kind: 'text', csvOnly: true },
];

export function riskRow(d: RiskDeal, order: number): TableRow {
  const flags = riskFlagsOf(d);
  return {
    deal: d.name,
    level: riskLevelLabel(d.riskLevel),
    owner: d.owner,
    amount: d.amount,
    amountAtRisk: d.amountAtRisk,
    closeDate: d.closeDate,
    flags: flags.map((f) => riskFlagLabel(f.code)).join(FLAG_SEPARATOR),
    stage: d.stage,
    team: d.team,
    order,
    evidence: flags.map((f) => `${riskFlagLabel(f.code)} (${f.severity}): ${f.evidence}. ${f.reason}`).join('\n'),
  };
}

export function riskListTables(siteData: SiteData): TableDef[] {
  if (siteData.dashboard?.risk?.riskLevels === undefined) return [];
  const { dashboard } = siteData;
  const risk = dashboard.risk;
  const ordered = riskOrder(risk.deals);
  const rows = ordered.map((d, i) => riskRow(d, i + 1));
  const counts = risk.riskLevels;
  const totals = (list: TableRow[]) => ({
    amount: fsum(list, (r) => (typeof r.amount === 'number' ? r.amount : 0)),
    amountAtRisk: fsum(list, (r) => (typeof r.amountAtRisk === 'number' ? r.amountAtRisk : 0)),
  });
  const common = { columns: COLUMNS, currency: dashboard.currency, rowHeader: 'deal', rowNoun: { one: 'deal', other: 'deals' }, defaultSort: { key: 'order', direction: 'ascending' as const } };
  const top = rows.slice(0, PIPELINE_TOP);
  return [
    {
      id: 'risk-list',
      title: 'Risk list',
      caption: `The ${rows.length} of ${risk.openDeals} open deals on ${risk.asOf} with a risk flag: ${counts.high} high, ${counts.medium} medium, ${counts.low} low; high first, then by amount at risk. Open "Why" for what the data shows. Amounts in ${dashboard.currency}.`,
      rows,
      totals: totals(rows),
      filters: ['level', 'team', 'owner', 'flags'],
      ...common,
    },
    {
      id: 'pipeline-risk',
      title: 'Deals to talk about first',
      caption: `The top ${top.length} of the ${rows.length} deals on the risk list (${counts.high} high risk), by level then amount at risk. Amounts in ${dashboard.currency}.`,
      rows: top,
      totals: totals(top),
      ...common,
    },
  ];
}
