/**
 * The deals behind the weighted forecast: every open deal closing in the current or next quarter
 * with its category, its win probability and where that came from (learned from history, the
 * CRM, or the stage default), and its weighted amount. Also what the learned probabilities rest
 * on: trials and wins per stage and days-in-stage band.
 */
import { fsum } from 'd3';
import type { ForecastDeal } from '../../metrics/forecastTypes.ts';
import type { SiteData } from '../load/siteData.ts';
import type { TableDef, TableRow } from '../tables/tableTypes.ts';

const CATEGORY = { commit: 'Commit', bestCase: 'Best case', pipeline: 'Pipeline', omitted: 'Omitted' } as const;
const SOURCE = { history: 'History', crm: 'CRM', 'stage default': 'Stage default', none: 'None' } as const;
const CATEGORY_SOURCE = { crm: 'from the CRM', 'stage default': 'stage default', 'assumed pipeline': 'assumed' } as const;

/** Why a deal has its probability, in words. */
export function probabilityBasis(d: Pick<ForecastDeal, 'probabilitySource' | 'probabilityBasis' | 'trials' | 'wins'> & Partial<Pick<ForecastDeal, 'prior' | 'interval'>>): string {
  switch (d.probabilitySource) {
    case 'history': {
      const pct = (x: number) => `${Math.round(x * 100)}%`;
      const prior = d.prior ? `, pulled toward the ${d.prior.source === 'crm' ? 'CRM probability' : d.prior.source === 'stage default' ? 'stage default' : 'rate of all stages'} ${pct(d.prior.mean)} (prior of ${d.prior.strength} deals)` : '';
      const interval = d.interval ? `; 80% interval ${pct(d.interval[0])}-${pct(d.interval[1])}` : '';
      return `${d.wins ?? 0} won of ${d.trials ?? 0} past looks at this ${d.probabilityBasis === 'stage and days in stage' ? 'stage and time in stage' : 'stage'}${prior}${interval}`;
    }
    case 'crm':
      return 'Too little history: the CRM probability';
    case 'stage default':
      return 'Too little history, no CRM probability: the stage default';
    case 'none':
      return 'No history, CRM or stage probability: counted as 0';
  }
}

export function forecastDealTables(siteData: SiteData): TableDef[] {
  // Site data without a computed dashboard (unit fixtures of other tables) has none of these tables.
  if (siteData.dashboard?.forecast === undefined) return [];
  const { dashboard, model } = siteData;
  const f = dashboard.forecast;
  const teams = new Map(model.deals.map((d) => [d.id, d.team]));
  const labels = new Map(f.periods.map((p) => [p.period.key, p.period.label]));
  const rows: TableRow[] = f.deals.map((d) => ({
    name: d.name,
    owner: d.owner,
    team: teams.get(d.id) ?? null,
    quarter: labels.get(d.period) ?? d.period,
    stage: d.stage,
    category: `${CATEGORY[d.category]} (${CATEGORY_SOURCE[d.categorySource]})`,
    amount: d.amount,
    closeDate: d.closeDate,
    probability: d.probability,
    source: SOURCE[d.probabilitySource],
    basis: probabilityBasis(d),
    daysInStage: d.daysInStage,
    weighted: d.amount === null ? null : d.weighted,
  }));
  const amounts = f.deals.flatMap((d) => (d.amount === null ? [] : [d.amount]));
  const deals: TableDef = {
    id: 'forecast-deals',
    title: 'Deals in the forecast',
    caption: `Every open deal closing in ${f.periods.map((p) => p.period.label).join(' or ')}, as of ${f.asOf}: its forecast category (and where it came from), its chance of being won within its quarter and the source of that chance, and amount × chance. Amounts in ${dashboard.currency}.`,
    columns: [
      { key: 'name', label: 'Deal', kind: 'text' },
      { key: 'owner', label: 'Owner', kind: 'text' },
      { key: 'team', label: 'Team', kind: 'text' },
      { key: 'quarter', label: 'Quarter', kind: 'text' },
      { key: 'stage', label: 'Stage', kind: 'text' },
      { key: 'category', label: 'Category', kind: 'text' },
      { key: 'amount', label: 'Amount', kind: 'money' },
      { key: 'closeDate', label: 'Close date', kind: 'date' },
      { key: 'probability', label: 'Win probability', kind: 'percent' },
      { key: 'source', label: 'Probability source', kind: 'text' },
      { key: 'basis', label: 'Based on', kind: 'text', sortable: false },
      { key: 'daysInStage', label: 'Days in stage', kind: 'days' },
      { key: 'weighted', label: 'Weighted', kind: 'money' },
    ],
    rows,
    totals: { amount: amounts.length === 0 ? null : fsum(amounts), weighted: fsum(f.deals, (d) => d.weighted) },
    filters: ['quarter', 'team', 'owner', 'category', 'source'],
    defaultSort: { key: 'weighted', direction: 'descending' },
    currency: dashboard.currency,
    rowNoun: { one: 'deal', other: 'deals' },
  };

  const sourceRows: TableRow[] = f.periods.flatMap((p) =>
    (Object.keys(SOURCE) as Array<keyof typeof SOURCE>).flatMap((source) => {
      const mine = f.deals.filter((d) => d.period === p.period.key && d.probabilitySource === source);
      if (mine.length === 0) return [];
      const known = mine.flatMap((d) => (d.amount === null ? [] : [d.amount]));
      return [{ quarter: p.period.label, source: SOURCE[source], deals: mine.length, amount: known.length === 0 ? null : fsum(known), weighted: fsum(mine, (d) => d.weighted) }];
    }),
  );
  const sources: TableDef = {
    id: 'forecast-sources',
    title: 'Where the win probabilities come from',
    caption: `Open deals closing in ${f.periods.map((p) => p.period.label).join(' or ')} by the source of their win probability. Amounts in ${dashboard.currency}.`,
    columns: [
      { key: 'quarter', label: 'Quarter', kind: 'text' },
      { key: 'source', label: 'Probability source', kind: 'text' },
      { key: 'deals', label: 'Deals', kind: 'number', digits: 0 },
      { key: 'amount', label: 'Amount', kind: 'money' },
      { key: 'weighted', label: 'Weighted', kind: 'money' },
    ],
    rows: sourceRows,
    totals: { deals: f.deals.length, amount: amounts.length === 0 ? null : fsum(amounts), weighted: fsum(f.deals, (d) => d.weighted) },
    currency: dashboard.currency,
    rowNoun: { one: 'row', other: 'rows' },
  };

  const ladder = dashboard.risk.method.openLadder;
  const order = (stage: string) => {
    const i = ladder.indexOf(stage);
    return i < 0 ? ladder.length : i;
  };
  const learned = [...f.learned.stages].sort((a, b) => order(a.stage) - order(b.stage) || (a.stage < b.stage ? -1 : a.stage > b.stage ? 1 : 0));
  const cells = (c: (typeof learned)[number] | (typeof learned)[number]['buckets'][number]) => ({
    trials: c.trials,
    deals: c.deals,
    dealWins: c.dealWins,
    rawRate: c.rawRate,
    rate: c.rate,
    low: c.interval[0],
    high: c.interval[1],
    slipRate: c.slipRate,
  });
  const learnedRows: TableRow[] = learned.flatMap((s) => [
    { stage: s.stage, band: 'Any time in stage', prior: s.prior.mean, ...cells(s) },
    ...s.buckets.map((b) => ({ stage: s.stage, band: b.bucket === 'unknown' ? 'Time in stage unknown' : `${b.bucket} days in stage`, prior: s.prior.mean, ...cells(b) })),
  ]);
  const quarters = f.learned.quarters;
  const learnedTable: TableDef = {
    id: 'forecast-learned',
    title: 'What the learned probabilities rest on',
    caption:
      quarters.length === 0
        ? 'No quarter has closed yet, so no probability is learned from history.'
        : `Deals observed open at a stage on the snapshot dates of ${quarters.length === 1 ? quarters[0] : `${quarters[0]} to ${quarters[quarters.length - 1]}`} (looks; reconstructed states never count), as deals (a deal seen at several dates of a quarter counts once) and how many of them were won by their quarter's end. The rate used is pulled toward the stage default with a prior worth ${f.settings.priorStrength} deals, so a thin or lopsided count cannot give 0% or 100%; the interval is its 10th to 90th percentile. A band is used when it has at least ${f.settings.minHistory} looks, else the stage's rate over all bands. Slip: the share still open (or won later) after the quarter's end.`,
    columns: [
      { key: 'stage', label: 'Stage', kind: 'text' },
      { key: 'band', label: 'Time in stage', kind: 'text' },
      { key: 'trials', label: 'Looks', kind: 'number', digits: 0, additive: false },
      { key: 'deals', label: 'Deals', kind: 'number', digits: 1, additive: false },
      { key: 'dealWins', label: 'Won', kind: 'number', digits: 1, additive: false },
      { key: 'rawRate', label: 'Won share', kind: 'percent' },
      { key: 'prior', label: 'Prior', kind: 'percent' },
      { key: 'rate', label: 'Win rate used', kind: 'percent' },
      { key: 'low', label: 'Low (P10)', kind: 'percent' },
      { key: 'high', label: 'High (P90)', kind: 'percent' },
      { key: 'slipRate', label: 'Slip rate', kind: 'percent' },
    ],
    rows: learnedRows,
    filters: ['stage'],
    rowNoun: { one: 'row', other: 'rows' },
  };
  return [sources, deals, learnedTable];
}
