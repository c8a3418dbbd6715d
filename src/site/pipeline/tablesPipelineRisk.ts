/**
 * The risk flags as a table: one row per flag, what it means, how many deals raise it and their
 * amount, and how many deals it could not be checked on and why. (The deals themselves are the
 * risk list, src/site/risk/tablesRiskList.ts.)
 */
import { fsum } from 'd3';
import type { RiskFlagCode } from '../../metrics/riskFlags/types.ts';
import { riskFlagLabel } from '../format/riskFlagLabel.ts';
import type { SiteData } from '../load/siteData.ts';
import type { TableDef, TableRow } from '../tables/tableTypes.ts';

export function pipelineRiskTables(siteData: SiteData): TableDef[] {
  // Site data without a computed dashboard (unit fixtures of other tables) has none of these tables.
  if (siteData.dashboard?.forecast === undefined) return [];
  const { dashboard } = siteData;
  const risk = dashboard.risk;

  const reasonOf = new Map<RiskFlagCode, string>();
  const dealsOf = new Map<RiskFlagCode, number[]>();
  for (const d of risk.deals) {
    for (const f of d.flags) {
      if (!reasonOf.has(f.code)) reasonOf.set(f.code, f.reason);
      const list = dealsOf.get(f.code) ?? [];
      if (d.amount !== null) list.push(d.amount);
      dealsOf.set(f.code, list);
    }
  }
  const summaryRows: TableRow[] = risk.flags.map((f) => ({
    flag: riskFlagLabel(f.code),
    meaning: reasonOf.get(f.code) ?? null,
    deals: f.raised,
    amount: f.raised === 0 ? 0 : fsum(dealsOf.get(f.code) ?? []),
    notChecked: f.notEvaluated,
    why: f.available ? (f.notEvaluatedReasons[0]?.reason ?? null) : f.reason,
    checked: f.available ? 'Yes' : 'No',
  }));
  const summary: TableDef = {
    id: 'pipeline-flags',
    title: 'Risk flags',
    caption: `Each flag checked on the open deals: what it means (with the threshold in effect), how many deals raise it and their amount, and how many deals it could not be decided on, with the most common reason. A deal can raise several flags, so the rows do not add up to the flagged deals. Amounts in ${dashboard.currency}.`,
    columns: [
      { key: 'flag', label: 'Flag', kind: 'text' },
      { key: 'meaning', label: 'What it means', kind: 'text', sortable: false },
      { key: 'deals', label: 'Deals', kind: 'number', digits: 0, additive: false },
      { key: 'amount', label: 'Their amount', kind: 'money', additive: false },
      { key: 'checked', label: 'Checked', kind: 'text' },
      { key: 'notChecked', label: 'Could not decide', kind: 'number', digits: 0, additive: false },
      { key: 'why', label: 'Why not', kind: 'text', sortable: false },
    ],
    rows: summaryRows,
    currency: dashboard.currency,
    rowNoun: { one: 'flag', other: 'flags' },
  };
  return [summary];
}
