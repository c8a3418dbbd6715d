/**
 * The compensation tables (ids all start `compensation-`, so their CSVs under csv/ are one
 * clearly named set a redacted build leaves out): the team's current period, and per person
 * their statements by period, the deals behind them, and what their open deals are worth.
 */
import { additiveTotals } from '../tables/additiveTotals.ts';
import { formatMoney } from '../format/tablesFormat.ts';
import type { SiteData } from '../load/siteData.ts';
import type { TableColumn, TableDef } from '../tables/tableTypes.ts';
import { compensationPeople } from './compensationPeople.ts';
import { compensationTeamView } from './compensationTeamView.ts';
import { ESTIMATE_NOTE } from './estimateNote.ts';
import { personCompensationView, type DealWorthLine, type PersonCompensationView } from './personCompensationView.ts';

export function compensationTables(siteData: SiteData): TableDef[] {
  if (siteData.dashboard.compensation === undefined || siteData.dashboard.compensation.earnings.statements.length === 0) return [];
  const people = compensationPeople(siteData).flatMap((p) => {
    const view = personCompensationView(siteData, p.name);
    return view === null ? [] : personTables(view);
  });
  return [teamTable(siteData), ...people];
}

function teamTable(siteData: SiteData): TableDef {
  const view = compensationTeamView(siteData);
  const rows = view.rows.map(({ statement: s, outlook }) => ({
    person: s.person,
    role: s.role,
    plan: s.plan,
    quota: s.quota,
    credited: s.credited,
    attainment: s.attainment,
    commission: s.commission?.total ?? null,
    override: s.override?.amount ?? null,
    total: s.total,
    p10: outlook?.payout.p10 ?? null,
    p50: outlook?.payout.p50 ?? null,
    p90: outlook?.payout.p90 ?? null,
    nextAt: outlook?.nextTier?.threshold ?? null,
    more: outlook?.nextTier === null || outlook?.nextTier === undefined ? null : Math.max(0, Math.ceil(outlook.nextTier.more)),
    chance: outlook?.chanceOfNextTier ?? null,
  }));
  const columns: TableColumn[] = [
    { key: 'person', label: 'Person', kind: 'text' },
    { key: 'role', label: 'Role', kind: 'text' },
    { key: 'plan', label: 'Plan', kind: 'text' },
    { key: 'quota', label: 'Quota', kind: 'money' },
    { key: 'credited', label: 'Credited', kind: 'money' },
    { key: 'attainment', label: 'Attainment', kind: 'percent' },
    { key: 'commission', label: 'Commission', kind: 'money' },
    { key: 'override', label: 'Override', kind: 'money' },
    { key: 'total', label: 'Payout to date', kind: 'money' },
    { key: 'p10', label: 'Likely payout P10', kind: 'money', additive: false },
    { key: 'p50', label: 'P50', kind: 'money', additive: false },
    { key: 'p90', label: 'P90', kind: 'money', additive: false },
    { key: 'nextAt', label: 'Next threshold', kind: 'percent', additive: false },
    { key: 'more', label: 'More to reach it', kind: 'money', additive: false },
    { key: 'chance', label: 'Chance of reaching it', kind: 'percent' },
  ];
  return {
    id: 'compensation-team',
    title: 'Earnings this period',
    caption: `Everyone on a plan in ${view.periodLabel ?? 'the current period'}, to ${view.asOf}: credited bookings, commission and override so far, and the likely payout at the period end (P10, P50, P90 over the forecast's trials); the next threshold (gate, band or override band: attainment of the person's or the team's quota), the bookings still needed to pass it and the share of trials that pass it. ${ESTIMATE_NOTE} Amounts in ${view.currency}.`,
    columns,
    rows,
    totals: additiveTotals(columns, rows),
    filters: ['role', 'plan'],
    currency: view.currency,
    rowNoun: { one: 'person', other: 'people' },
  };
}

function personTables(view: PersonCompensationView): TableDef[] {
  const id = (name: string) => `compensation-${view.slug}-${name}`;
  const periodRows = view.statements.map((s) => ({
    period: `${s.period.label}${s.status === 'to date' ? ' (to date)' : ''}`,
    plan: s.plan,
    quota: s.quota,
    credited: s.credited,
    attainment: s.attainment,
    commission: s.commission === null ? null : s.commission.commission,
    kickers: s.commission?.kicker ?? null,
    cap: s.commission === null ? null : -s.commission.capReduction,
    override: s.override?.amount ?? null,
    draw: s.draw.advanced - s.draw.recovered,
    total: s.total,
  }));
  const periodColumns: TableColumn[] = [
    { key: 'period', label: 'Period', kind: 'text', sortable: false },
    { key: 'plan', label: 'Plan', kind: 'text' },
    { key: 'quota', label: 'Quota', kind: 'money' },
    { key: 'credited', label: 'Credited', kind: 'money' },
    { key: 'attainment', label: 'Attainment', kind: 'percent' },
    { key: 'commission', label: 'Commission', kind: 'money' },
    { key: 'kickers', label: 'Kickers', kind: 'money' },
    { key: 'cap', label: 'Cap', kind: 'money' },
    { key: 'override', label: 'Override', kind: 'money' },
    { key: 'draw', label: 'Draw (advanced − recovered)', kind: 'money' },
    { key: 'total', label: 'Payout', kind: 'money' },
  ];
  const creditRows = view.statements.flatMap((s) =>
    s.credits.map((c) => ({
      period: s.period.label,
      deal: c.dealName,
      dealId: c.dealId,
      account: c.account,
      owner: c.owner,
      kind: c.kind === 'own' ? 'Own deal' : 'Override',
      closeDate: c.closeDate,
      amount: c.amount,
      multiplier: c.multiplier,
      credited: c.credited,
      pay: c.pay,
    })),
  );
  const creditColumns: TableColumn[] = [
    { key: 'period', label: 'Period', kind: 'text' },
    { key: 'deal', label: 'Deal', kind: 'text' },
    { key: 'dealId', label: 'Deal id', kind: 'text' },
    { key: 'account', label: 'Account', kind: 'text' },
    { key: 'owner', label: 'Owner', kind: 'text' },
    { key: 'kind', label: 'Counts as', kind: 'text' },
    { key: 'closeDate', label: 'Closed', kind: 'date' },
    { key: 'amount', label: 'Amount', kind: 'money' },
    { key: 'multiplier', label: 'Credit multiplier', kind: 'number', digits: 2, additive: false },
    { key: 'credited', label: 'Credited', kind: 'money' },
    { key: 'pay', label: 'Earned on it', kind: 'money' },
  ];
  const tables: TableDef[] = [
    {
      id: id('periods'),
      title: 'Statement by period',
      caption: `${view.person}'s estimated earnings in each ${view.statements[0]?.granularity ?? 'period'} of the fiscal year so far. ${ESTIMATE_NOTE} Amounts in ${view.currency}.`,
      columns: periodColumns,
      rows: periodRows,
      totals: additiveTotals(periodColumns, periodRows),
      currency: view.currency,
      rowNoun: { one: 'period', other: 'periods' },
    },
    {
      id: id('credits'),
      title: 'Deals behind the statement',
      caption: `Every closed-won deal credited to ${view.person}: their own (commission, filling the bands in close-date order; before any cap) and, for an override, their team's (override rate × credit). Amounts in ${view.currency}.`,
      columns: creditColumns,
      rows: creditRows,
      totals: additiveTotals(creditColumns, creditRows),
      filters: ['period', 'kind'],
      currency: view.currency,
      rowNoun: { one: 'deal', other: 'deals' },
    },
  ];
  if (view.ownDeals.length > 0) tables.push(worthTable(view, id('deal-worth'), view.ownDeals, 'own'));
  if (view.teamDeals.length > 0) tables.push(worthTable(view, id('team-deals'), view.teamDeals, 'override'));
  return tables;
}

function worthTable(view: PersonCompensationView, tableId: string, lines: DealWorthLine[], kind: 'own' | 'override'): TableDef {
  const rows = lines.map(({ deal, gain, others }) => ({
    deal: deal.dealName,
    account: deal.account,
    owner: deal.owner,
    stage: deal.stage,
    closeDate: deal.closeDate,
    due: deal.dueThisPeriod ? 'This period' : 'Later',
    amount: deal.amount,
    gain,
    others: others.map((o) => `${o.person} +${formatMoney(o.gain, view.currency)} ${o.kind === 'own' ? 'commission' : 'override'}`).join('; ') || null,
  }));
  const columns: TableColumn[] = [
    { key: 'deal', label: 'Deal', kind: 'text' },
    { key: 'account', label: 'Account', kind: 'text' },
    ...(kind === 'override' ? [{ key: 'owner', label: 'Owner', kind: 'text' } as TableColumn] : []),
    { key: 'stage', label: 'Stage', kind: 'text' },
    { key: 'closeDate', label: 'Close date', kind: 'date' },
    { key: 'due', label: 'Due', kind: 'text' },
    { key: 'amount', label: 'Amount', kind: 'money' },
    { key: 'gain', label: kind === 'own' ? 'Adds to your payout' : 'Adds to your override', kind: 'money', additive: false },
    { key: 'others', label: kind === 'own' ? 'Adds for others' : 'Adds for the owner and others', kind: 'text', sortable: false },
  ];
  return {
    id: tableId,
    title: kind === 'own' ? 'What each open deal is worth' : "The team's open deals by override impact",
    caption:
      kind === 'own'
        ? `${view.person}'s open deals: what closing each one won this period would add to their earnings (on its own, against what is already won), and to their manager's override. Amounts in ${view.currency}.`
        : `Open deals that count toward ${view.person}'s override, ranked by what closing each one this period would add to it. Amounts in ${view.currency}.`,
    columns,
    rows,
    filters: ['due'],
    defaultSort: { key: 'gain', direction: 'descending' },
    currency: view.currency,
    rowNoun: { one: 'deal', other: 'deals' },
  };
}
