/**
 * What changed in the pipeline since the previous snapshot, as tables: counts and amounts per kind
 * of change, and every change (new deals, stage moves, pushes and pull-ins, amount changes, won,
 * lost, disappeared and reopened deals) one row each, filterable by kind, team and owner. With no
 * previous snapshot there is nothing to compare, and the tables are empty (the page says why).
 */
import type { WhatChanged } from '../../metrics/whatChangedTypes.ts';
import type { SiteData } from '../load/siteData.ts';
import type { TableDef, TableRow } from '../tables/tableTypes.ts';
import { formatMoney } from '../format/tablesFormat.ts';

export const CHANGE_LABELS = {
  newDeals: 'New deal',
  forward: 'Moved forward',
  backward: 'Moved backward',
  unknown: 'Stage changed',
  pushes: 'Pushed',
  pullIns: 'Pulled in',
  amountChanges: 'Amount changed',
  won: 'Won',
  lost: 'Lost',
  disappeared: 'Disappeared',
  reopened: 'Reopened',
} as const;

const STATUS = { open: 'Open', won: 'Won', lost: 'Lost' } as const;

export function pipelineChangeTables(siteData: SiteData): TableDef[] {
  // Site data without a computed dashboard (unit fixtures of other tables) has none of these tables.
  if (siteData.dashboard?.forecast === undefined) return [];
  const { dashboard } = siteData;
  const changes = dashboard.changes;
  const c: WhatChanged | null = changes.kind === 'changes' ? changes : null;
  const money = (v: number | null) => (v === null ? null : formatMoney(v, dashboard.currency));

  const summaryRows: TableRow[] =
    c === null
      ? []
      : [
          { change: CHANGE_LABELS.newDeals, deals: c.totals.newDeals.count, amount: c.totals.newDeals.amount },
          { change: CHANGE_LABELS.forward, deals: c.totals.stageForward.count, amount: c.totals.stageForward.amount },
          { change: CHANGE_LABELS.backward, deals: c.totals.stageBackward.count, amount: c.totals.stageBackward.amount },
          ...(c.totals.stageUnordered.count > 0 ? [{ change: CHANGE_LABELS.unknown, deals: c.totals.stageUnordered.count, amount: c.totals.stageUnordered.amount }] : []),
          { change: CHANGE_LABELS.pushes, deals: c.totals.pushes.count, amount: c.totals.pushes.amount },
          { change: CHANGE_LABELS.pullIns, deals: c.totals.pullIns.count, amount: c.totals.pullIns.amount },
          { change: `${CHANGE_LABELS.amountChanges} (net)`, deals: c.totals.amountChanges.count, amount: c.totals.amountChanges.net },
          { change: CHANGE_LABELS.won, deals: c.totals.won.count, amount: c.totals.won.amount },
          { change: CHANGE_LABELS.lost, deals: c.totals.lost.count, amount: c.totals.lost.amount },
          { change: CHANGE_LABELS.disappeared, deals: c.totals.disappeared.count, amount: c.totals.disappeared.amount },
          { change: CHANGE_LABELS.reopened, deals: c.totals.reopened.count, amount: c.totals.reopened.amount },
        ];
  const summary: TableDef = {
    id: 'pipeline-changes-summary',
    title: 'Changes by kind',
    caption:
      c === null
        ? changes.kind === 'no previous snapshot' ? changes.message : ''
        : `Between the snapshots of ${c.from} and ${c.to}: deals and their amounts per kind of change (a deal can change in several ways, so the rows do not add up). Open pipeline went from ${money(c.totals.openPipeline.from)} to ${money(c.totals.openPipeline.to)}. Amounts in ${dashboard.currency}.`,
    columns: [
      { key: 'change', label: 'Change', kind: 'text' },
      { key: 'deals', label: 'Deals', kind: 'number', digits: 0, additive: false },
      { key: 'amount', label: 'Amount', kind: 'money', additive: false },
    ],
    rows: summaryRows,
    currency: dashboard.currency,
    rowNoun: { one: 'kind of change', other: 'kinds of change' },
  };

  const rows: TableRow[] = [];
  if (c !== null) {
    for (const d of c.newDeals) {
      rows.push({ change: CHANGE_LABELS.newDeals, deal: d.name, owner: d.owner, team: d.team, amount: d.amount, delta: null, from: null, to: d.stage, detail: `Created ${d.createdDate ?? 'on an unknown date'}; closes ${d.closeDate ?? 'on no set date'}` });
    }
    for (const d of c.stageMoves) {
      rows.push({ change: CHANGE_LABELS[d.direction], deal: d.name, owner: d.owner, team: d.team, amount: d.amount, delta: null, from: d.fromStage, to: d.toStage, detail: null });
    }
    for (const d of [...c.pushes, ...c.pullIns]) {
      const days = Math.abs(d.days);
      rows.push({
        change: d.days > 0 ? CHANGE_LABELS.pushes : CHANGE_LABELS.pullIns,
        deal: d.name,
        owner: d.owner,
        team: d.team,
        amount: d.amount,
        delta: null,
        from: d.fromDate,
        to: d.toDate,
        detail: `${d.days > 0 ? 'Later' : 'Earlier'} by ${days} day${days === 1 ? '' : 's'}${d.quarterChanged ? `, from ${d.fromQuarter} to ${d.toQuarter}` : ''}`,
      });
    }
    for (const d of c.amountChanges) {
      rows.push({ change: CHANGE_LABELS.amountChanges, deal: d.name, owner: d.owner, team: d.team, amount: d.to, delta: d.delta, from: money(d.from), to: money(d.to), detail: null });
    }
    for (const [kind, list] of [['won', c.won], ['lost', c.lost]] as const) {
      for (const d of list) {
        rows.push({ change: CHANGE_LABELS[kind], deal: d.name, owner: d.owner, team: d.team, amount: d.amount, delta: null, from: d.fromStage, to: CHANGE_LABELS[kind], detail: d.closeDate === null ? null : `Close date ${d.closeDate}` });
      }
    }
    for (const d of c.disappeared) {
      rows.push({ change: CHANGE_LABELS.disappeared, deal: d.name, owner: d.owner, team: d.team, amount: d.amount, delta: null, from: d.stage, to: null, detail: `Last seen open on ${d.lastSeen}; not in the latest export` });
    }
    for (const d of c.reopened) {
      rows.push({ change: CHANGE_LABELS.reopened, deal: d.name, owner: d.owner, team: d.team, amount: d.amount, delta: null, from: STATUS[d.fromStatus], to: d.stage, detail: null });
    }
  }
  const list: TableDef = {
    id: 'pipeline-changes',
    title: 'Every change',
    caption:
      c === null
        ? changes.kind === 'no previous snapshot' ? changes.message : ''
        : `Each change between ${c.from} and ${c.to}, one row per deal and kind of change. "From" and "To" are stages, close dates or amounts, by kind. Amounts in ${dashboard.currency}; the amount change column adds up to the net change of the rows shown.`,
    columns: [
      { key: 'change', label: 'Change', kind: 'text' },
      { key: 'deal', label: 'Deal', kind: 'text' },
      { key: 'owner', label: 'Owner', kind: 'text' },
      { key: 'team', label: 'Team', kind: 'text' },
      { key: 'amount', label: 'Amount', kind: 'money', additive: false },
      { key: 'delta', label: 'Amount change', kind: 'money' },
      { key: 'from', label: 'From', kind: 'text' },
      { key: 'to', label: 'To', kind: 'text' },
      { key: 'detail', label: 'Detail', kind: 'text', sortable: false },
    ],
    rows,
    totals: c === null ? null : { delta: c.totals.amountChanges.count === 0 ? null : c.totals.amountChanges.net },
    filters: ['change', 'team', 'owner'],
    currency: dashboard.currency,
    rowHeader: 'deal',
    rowNoun: { one: 'change', other: 'changes' },
  };
  return [summary, list];
}
