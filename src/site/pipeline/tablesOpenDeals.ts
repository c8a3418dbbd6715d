/**
 * Every deal open on the as-of date, largest first, with what a pipeline review asks about:
 * owner, stage, forecast category, amount, close date, time in stage, pushes and activity.
 * Measures that need history are unknown (not zero) when the data has a single snapshot.
 */
import { fsum } from 'd3';
import type { ForecastCategory } from '../../model/types.ts';
import type { SiteData } from '../load/siteData.ts';
import type { TableDef, TableRow } from '../tables/tableTypes.ts';

const CATEGORY_LABELS: Record<ForecastCategory, string> = {
  commit: 'Commit',
  bestCase: 'Best case',
  pipeline: 'Pipeline',
  omitted: 'Omitted',
  closed: 'Closed',
};

export function openDealsTable(siteData: SiteData): TableDef {
  const { model } = siteData;
  const open = model.deals.filter((d) => d.status === 'open');
  const rows: TableRow[] = open.map((d) => ({
    name: d.name,
    account: d.account,
    owner: d.owner,
    team: d.team,
    region: d.region,
    stage: d.stage,
    category: d.forecastCategory === null ? null : CATEGORY_LABELS[d.forecastCategory],
    amount: d.amount,
    closeDate: d.closeDate,
    probability: d.probability,
    daysInStage: d.history.daysInStage,
    pushes: d.history.pushCount,
    daysSinceActivity: d.history.daysSinceActivity,
    id: d.id,
  }));
  const amounts = open.flatMap((d) => (d.amount === null ? [] : [d.amount]));
  // d3-array's rule: no amount at all is unknown, not zero.
  const total = amounts.length === 0 ? null : fsum(amounts);
  return {
    id: 'open-deals',
    title: 'Open deals',
    caption: `Every deal open on ${model.asOf}, largest first. Amounts in ${model.currency}.`,
    columns: [
      { key: 'name', label: 'Deal', kind: 'text' },
      { key: 'account', label: 'Account', kind: 'text' },
      { key: 'owner', label: 'Owner', kind: 'text' },
      { key: 'team', label: 'Team', kind: 'text' },
      { key: 'region', label: 'Region', kind: 'text' },
      { key: 'stage', label: 'Stage', kind: 'text' },
      { key: 'category', label: 'Forecast category', kind: 'text' },
      { key: 'amount', label: 'Amount', kind: 'money' },
      { key: 'closeDate', label: 'Close date', kind: 'date' },
      { key: 'probability', label: 'CRM probability', kind: 'percent' },
      { key: 'daysInStage', label: 'Days in stage', kind: 'days' },
      { key: 'pushes', label: 'Close date pushes', kind: 'number', additive: false },
      { key: 'daysSinceActivity', label: 'Days since activity', kind: 'days' },
      { key: 'id', label: 'Deal ID', kind: 'text' },
    ],
    rows,
    totals: { amount: total },
    filters: ['owner', 'team', 'region', 'stage', 'category'],
    defaultSort: { key: 'amount', direction: 'descending' },
    currency: model.currency,
    rowNoun: { one: 'deal', other: 'deals' },
  };
}
