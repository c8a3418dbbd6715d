/**
 * The pipeline review's risk tables. Every flagged open deal in rank order, with its flags (the
 * flag filter offers each flag on its own and keeps the deals that raise it) and, for each flag,
 * the evidence the data shows; and one row per flag: what it means, how many deals raise it and
 * their amount, and how many deals it could not be checked on and why.
 */
import { fsum } from 'd3';
import type { RiskFlagCode } from '../../metrics/riskFlags/types.ts';
import { FLAG_SEPARATOR, riskFlagLabel, riskFlagList, severityLabel } from '../format/riskFlagLabel.ts';
import type { SiteData } from '../load/siteData.ts';
import type { TableDef, TableRow } from '../tables/tableTypes.ts';

export function pipelineRiskTables(siteData: SiteData): TableDef[] {
  // Site data without a computed dashboard (unit fixtures of other tables) has none of these tables.
  if (siteData.dashboard?.forecast === undefined) return [];
  const { dashboard } = siteData;
  const risk = dashboard.risk;

  const rows: TableRow[] = risk.deals.map((d) => ({
    rank: d.rank,
    deal: d.name,
    owner: d.owner,
    team: d.team,
    stage: d.stage,
    amount: d.amount,
    closeDate: d.closeDate,
    severity: severityLabel(d.severity),
    amountAtRisk: d.amountAtRisk,
    flags: riskFlagList(d.flags),
    evidence: d.flags.map((f) => `${riskFlagLabel(f.code)} (${f.severity}): ${f.evidence}`).join(' · '),
  }));
  const known = risk.deals.flatMap((d) => (d.amount === null ? [] : [d.amount]));
  const flags: TableDef = {
    id: 'pipeline-risk',
    title: 'Deals needing intervention',
    caption: `The ${risk.flaggedDeals} deals of ${risk.openDeals} open on ${risk.asOf} that raise a risk flag, ranked by amount at risk (the amount weighted by the deal's most severe flag: high ${risk.severityWeights.high * 100}%, medium ${risk.severityWeights.medium * 100}%, low ${risk.severityWeights.low * 100}%), with what the data shows for each flag. Amounts in ${dashboard.currency}.`,
    // What a review reads first (who, how much, what the data shows) comes first; the columns the
    // filters and sorting use follow.
    columns: [
      { key: 'rank', label: 'Rank', kind: 'number', digits: 0, additive: false },
      { key: 'deal', label: 'Deal', kind: 'text' },
      { key: 'owner', label: 'Owner', kind: 'text' },
      { key: 'amountAtRisk', label: 'Amount at risk', kind: 'money' },
      { key: 'evidence', label: 'Flags and evidence', kind: 'text', sortable: false },
      { key: 'team', label: 'Team', kind: 'text' },
      { key: 'severity', label: 'Severity', kind: 'text' },
      { key: 'flags', label: 'Flags', kind: 'text', listSeparator: FLAG_SEPARATOR },
      { key: 'stage', label: 'Stage', kind: 'text' },
      { key: 'amount', label: 'Amount', kind: 'money' },
      { key: 'closeDate', label: 'Close date', kind: 'date' },
    ],
    rows,
    totals: { amount: known.length === 0 ? null : fsum(known), amountAtRisk: fsum(risk.deals, (d) => d.amountAtRisk) },
    filters: ['team', 'owner', 'severity', 'flags'],
    defaultSort: { key: 'rank', direction: 'ascending' },
    currency: dashboard.currency,
    rowHeader: 'deal',
    rowNoun: { one: 'deal', other: 'deals' },
  };

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
  return [summary, flags];
}
