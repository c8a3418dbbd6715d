/**
 * The tables of each closed quarter's retrospective (`quarter-<fy-qn>-<part>`): the forecast at
 * the start, middle and last week; the waterfall steps; the comparison with the previous quarter
 * and the same quarter a year earlier; slipped deals; top wins; largest losses; losses by reason;
 * and the rep leaderboard.
 */
import { waterfallSteps } from '../../charts/waterfallChart.ts';
import type { ComparedValue, RetrospectiveResult } from '../../metrics/retrospective.ts';
import type { SiteData } from '../load/siteData.ts';
import { quarterSlug } from '../paths/slug.ts';
import { additiveTotals } from '../tables/additiveTotals.ts';
import type { TableColumn, TableDef, TableRow } from '../tables/tableTypes.ts';
import { formatMoney, formatNumber, formatPercent } from '../format/tablesFormat.ts';

export function retrospectiveTables(siteData: SiteData): TableDef[] {
  const retros = siteData.dashboard.retrospectives ?? [];
  const currency = siteData.dashboard.currency;
  return retros.flatMap((r) => {
    const id = (part: string) => `quarter-${quarterSlug(r.quarter.key)}-${part}`;
    return [
      forecastTable(r, id('forecast'), currency),
      waterfallTable(r, id('waterfall'), currency),
      comparisonTable(r, id('comparison'), currency),
      slippedTable(r, id('slipped'), currency),
      dealsTable(r, 'won', id('wins'), currency),
      dealsTable(r, 'lost', id('losses'), currency),
      lossReasonsTable(r, id('loss-reasons'), currency),
      leaderboardTable(r, id('leaderboard'), currency),
    ];
  });
}

function forecastTable(r: RetrospectiveResult, id: string, currency: string): TableDef {
  const rows: TableRow[] = r.forecast.map((p) => ({
    point: p.point[0]!.toUpperCase() + p.point.slice(1),
    target: p.target,
    date: p.date,
    origin: p.origin === null ? null : `${p.origin === 'snapshot' ? 'Snapshot' : 'Weekly point before the first snapshot'}${p.reconstructed ? `, ${p.reconstructedDeals} deals reconstructed` : ''}`,
    closedWon: p.closedWon,
    commit: p.commit,
    bestCase: p.bestCase,
    weighted: p.weighted,
    commitError: p.commitAccuracy?.error ?? null,
    weightedError: p.weightedAccuracy?.error ?? null,
    weightedApe: p.weightedAccuracy?.absolutePercentageError ?? null,
  }));
  return {
    id,
    title: 'The forecast as it evolved',
    caption: `The ${r.quarter.label} forecast at its start, middle and last week, against the ${formatMoney(r.bookings, currency)} actually booked. Error: forecast minus actual (above 0 the forecast ran high). Amounts in ${currency}.`,
    columns: [
      { key: 'point', label: 'Point', kind: 'text', sortable: false },
      { key: 'target', label: 'Aimed at', kind: 'date', sortable: false },
      { key: 'date', label: 'Date used', kind: 'date', sortable: false },
      { key: 'origin', label: 'From', kind: 'text', sortable: false },
      { key: 'closedWon', label: 'Closed won', kind: 'money', additive: false, sortable: false },
      { key: 'commit', label: 'Commit incl. closed', kind: 'money', additive: false, sortable: false },
      { key: 'bestCase', label: 'Best case incl.', kind: 'money', additive: false, sortable: false },
      { key: 'weighted', label: 'Weighted', kind: 'money', additive: false, sortable: false },
      { key: 'commitError', label: 'Commit error', kind: 'money', additive: false, sortable: false },
      { key: 'weightedError', label: 'Weighted error', kind: 'money', additive: false, sortable: false },
      { key: 'weightedApe', label: 'Weighted error, % of actual', kind: 'percent', sortable: false },
    ],
    rows,
    currency,
    rowNoun: { one: 'point', other: 'points' },
  };
}

function waterfallTable(r: RetrospectiveResult, id: string, currency: string): TableDef {
  const w = r.waterfall;
  const rows: TableRow[] = waterfallSteps(w).map((s) => ({ step: s.label, deals: s.count, amount: s.value, running: s.to }));
  return {
    id,
    title: 'Pipeline waterfall',
    caption: `Start + pulled in + created + amount changes − won − lost − pushed out = end. Lost includes ${w.removedCount} deal${w.removedCount === 1 ? '' : 's'} (${formatMoney(w.removed, currency)}) removed from the exports without being closed.${w.dealsWithoutAmount > 0 ? ` ${w.dealsWithoutAmount} deals had no amount and count as 0.` : ''} Amounts in ${currency}.`,
    columns: [
      { key: 'step', label: 'Step', kind: 'text', sortable: false },
      { key: 'deals', label: 'Deals', kind: 'number', digits: 0, additive: false, sortable: false },
      { key: 'amount', label: 'Amount (+ in, − out)', kind: 'money', additive: false, sortable: false },
      { key: 'running', label: 'Running total', kind: 'money', additive: false, sortable: false },
    ],
    rows,
    currency,
    rowNoun: { one: 'step', other: 'steps' },
  };
}

function comparisonTable(r: RetrospectiveResult, id: string, currency: string): TableDef {
  const prev = r.comparisons.previousQuarter;
  const year = r.comparisons.yearEarlier;
  const money = (v: number | null) => (v === null ? null : formatMoney(v, currency));
  const signedMoney = (v: number | null) => (v === null ? null : `${v > 0 ? '+' : v < 0 ? '−' : '±'}${formatMoney(Math.abs(v), currency)}`);
  const pct = (v: number | null) => (v === null ? null : formatPercent(v));
  const pts = (v: number | null) => (v === null ? null : `${v > 0 ? '+' : v < 0 ? '−' : '±'}${formatNumber(Math.abs(v * 100), { digits: 1 })} pts`);
  const count = (v: number | null) => (v === null ? null : formatNumber(v, { digits: 0 }));
  const signedCount = (v: number | null) => (v === null ? null : `${v > 0 ? '+' : v < 0 ? '−' : '±'}${formatNumber(Math.abs(v), { digits: 0 })}`);
  const line = (measure: string, pick: (c: typeof prev) => ComparedValue, value: (v: number | null) => string | null, delta: (v: number | null) => string | null): TableRow => ({
    measure,
    value: value(pick(prev).value),
    previous: value(pick(prev).other),
    previousDelta: delta(pick(prev).delta),
    yearEarlier: value(pick(year).other),
    yearDelta: delta(pick(year).delta),
  });
  return {
    id,
    title: 'Compared with other quarters',
    caption: `${r.quarter.label} against ${prev.label} (the previous quarter)${prev.available ? '' : ', before the data starts'} and ${year.label} (a year earlier)${year.available ? '' : ', before the data starts'}. Blank where a value cannot be computed. Amounts in ${currency}.`,
    columns: [
      { key: 'measure', label: 'Measure', kind: 'text', sortable: false },
      { key: 'value', label: r.quarter.label, kind: 'number', sortable: false, additive: false },
      { key: 'previous', label: prev.label, kind: 'number', sortable: false, additive: false },
      { key: 'previousDelta', label: `Change from ${prev.label}`, kind: 'number', sortable: false, additive: false },
      { key: 'yearEarlier', label: year.label, kind: 'number', sortable: false, additive: false },
      { key: 'yearDelta', label: `Change from ${year.label}`, kind: 'number', sortable: false, additive: false },
    ],
    rows: [
      line('Bookings', (c) => c.bookings, money, signedMoney),
      line('Attainment', (c) => c.attainment, pct, pts),
      line('Win rate (count)', (c) => c.winRateCount, pct, pts),
      line('Win rate (value)', (c) => c.winRateValue, pct, pts),
      line('Won deals', (c) => c.wonCount, count, signedCount),
      line('Average won deal', (c) => c.avgWonSize, money, signedMoney),
    ],
    rowNoun: { one: 'measure', other: 'measures' },
  };
}

function slippedTable(r: RetrospectiveResult, id: string, currency: string): TableDef {
  const entry = { start: 'In the starting pipeline', 'pulled in': 'Pulled in', created: 'Created in the quarter' } as const;
  const rows: TableRow[] = r.slipped.map((d) => ({
    name: d.name,
    owner: d.owner,
    entry: entry[d.entry],
    amount: d.exitAmount,
    from: d.entryCloseDate,
    to: d.exitCloseDate,
    pushes: d.pushesInQuarter,
    id: d.id,
  }));
  const columns: TableColumn[] = [
    { key: 'name', label: 'Deal', kind: 'text' },
    { key: 'owner', label: 'Owner', kind: 'text' },
    { key: 'entry', label: 'Came in', kind: 'text' },
    { key: 'amount', label: 'Amount', kind: 'money' },
    { key: 'from', label: 'Close date when due', kind: 'date' },
    { key: 'to', label: 'Close date at quarter end', kind: 'date' },
    { key: 'pushes', label: 'Pushes in quarter', kind: 'number', digits: 0, additive: false },
    { key: 'id', label: 'Deal ID', kind: 'text' },
  ];
  return {
    id,
    title: 'Slipped deals',
    caption: `Deals due in ${r.quarter.label} that ended it still open with a later close date, largest first. Pushes: close-date pushes recorded during the quarter (blank without history). Amounts in ${currency}.`,
    columns,
    rows,
    totals: additiveTotals(columns, rows),
    filters: ['owner'],
    defaultSort: { key: 'amount', direction: 'descending' },
    currency,
    rowNoun: { one: 'deal', other: 'deals' },
  };
}

function dealsTable(r: RetrospectiveResult, status: 'won' | 'lost', id: string, currency: string): TableDef {
  const list = status === 'won' ? r.topWins : r.largestLosses;
  const rows: TableRow[] = list.map((d) => ({
    name: d.name,
    account: d.account,
    owner: d.owner,
    amount: d.amount,
    closeDate: d.closeDate,
    cycle: d.cycleDays,
    ...(status === 'lost' ? { reason: d.lossReason } : {}),
    id: d.id,
  }));
  const columns: TableColumn[] = [
    { key: 'name', label: 'Deal', kind: 'text' },
    { key: 'account', label: 'Account', kind: 'text' },
    { key: 'owner', label: 'Owner', kind: 'text' },
    { key: 'amount', label: 'Amount', kind: 'money' },
    { key: 'closeDate', label: 'Close date', kind: 'date' },
    { key: 'cycle', label: 'Cycle', kind: 'days' },
    ...(status === 'lost' ? [{ key: 'reason', label: 'Loss reason', kind: 'text' as const }] : []),
    { key: 'id', label: 'Deal ID', kind: 'text' },
  ];
  return {
    id,
    title: status === 'won' ? 'Top wins' : 'Largest losses',
    caption: `The ${list.length} largest deals ${status} in ${r.quarter.label}. Cycle: days from created to close date. Amounts in ${currency}.`,
    columns,
    rows,
    totals: additiveTotals(columns, rows),
    currency,
    rowNoun: { one: 'deal', other: 'deals' },
  };
}

function lossReasonsTable(r: RetrospectiveResult, id: string, currency: string): TableDef {
  const total = r.lossReasons.reduce((sum, x) => sum + x.amount, 0);
  const rows: TableRow[] = r.lossReasons.map((x) => ({ reason: x.reason ?? '(no reason given)', deals: x.count, amount: x.amount, share: total === 0 ? null : x.amount / total }));
  const columns: TableColumn[] = [
    { key: 'reason', label: 'Loss reason', kind: 'text' },
    { key: 'deals', label: 'Deals', kind: 'number', digits: 0 },
    { key: 'amount', label: 'Amount', kind: 'money' },
    { key: 'share', label: 'Share of amount lost', kind: 'percent' },
  ];
  return {
    id,
    title: 'Losses by reason',
    caption: `Every deal lost in ${r.quarter.label}, grouped by the loss reason in the export, largest amount first. Amounts in ${currency}.`,
    columns,
    rows,
    totals: { ...additiveTotals(columns, rows), share: rows.length === 0 || total === 0 ? null : 1 },
    currency,
    rowNoun: { one: 'reason', other: 'reasons' },
  };
}

function leaderboardTable(r: RetrospectiveResult, id: string, currency: string): TableDef {
  const rows: TableRow[] = r.leaderboard.map((x) => ({ rank: x.rank, rep: x.rep, team: x.team, quota: x.quota, bookings: x.bookings, attainment: x.attainment, won: x.wonCount }));
  const columns: TableColumn[] = [
    { key: 'rank', label: 'Rank', kind: 'number', digits: 0, additive: false },
    { key: 'rep', label: 'Rep', kind: 'text' },
    { key: 'team', label: 'Team', kind: 'text' },
    { key: 'quota', label: 'Quota', kind: 'money' },
    { key: 'bookings', label: 'Bookings', kind: 'money' },
    { key: 'attainment', label: 'Attainment', kind: 'percent' },
    { key: 'won', label: 'Won deals', kind: 'number', digits: 0 },
  ];
  return {
    id,
    title: 'Leaderboard',
    caption: `Reps ranked by attainment in ${r.quarter.label} (ties: bookings, then name); reps without a quota last, unranked. Amounts in ${currency}.`,
    columns,
    rows,
    totals: additiveTotals(columns, rows),
    filters: ['team'],
    currency,
    rowNoun: { one: 'rep', other: 'reps' },
    rowHeader: 'rep',
  };
}
