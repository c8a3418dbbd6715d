/**
 * One row per rep and fiscal quarter: the table behind the rep pages and the rep CSV download.
 * Field names are the CSV's column names.
 */
import { fiscalCalendar, inPeriod } from '../model/fiscalCalendar.ts';
import type { Deal, FiscalPeriod, IsoDate, Model } from '../model/types.ts';
import { dashboardPeriods } from './dashboardPeriods.ts';
import { dealAsOf } from './dealAsOf.ts';
import { periodMetrics } from './periodMetrics.ts';
import { scopeKey, type Scope } from './scopes.ts';

export interface RepPeriodRow {
  rep: string;
  team: string | null;
  region: string | null;
  /** Fiscal quarter key, e.g. `FY2027-Q1`. */
  period: string;
  /** From the rep's quota rows (quotaFor: prorated by days); null when the rep has none for the quarter. */
  quota: number | null;
  bookings: number;
  /** bookings / quota (1 = 100%); null without a quota. */
  attainment: number | null;
  won_count: number;
  lost_count: number;
  win_rate_count: number | null;
  win_rate_value: number | null;
  avg_won_size: number | null;
  median_cycle_days: number | null;
  pipeline_created: number | null;
  /** Open pipeline with a close date in the quarter as it stood on the quarter's first day, divided by quota; null without a quota. */
  coverage_entering: number | null;
  /** 1 in the quarter the rep started (roster start date, else first created deal); null when unknown or before it. */
  tenure_quarter: number | null;
}

export interface RepPeriodsOptions {
  /** The date the current quarter is taken from; default the model's as-of date. */
  asOf?: IsoDate;
  /** Only these quarters (default: every quarter from the earliest data date to the current one). */
  quarters?: readonly FiscalPeriod[];
}

interface RepInfo {
  name: string;
  team: string | null;
  region: string | null;
  startDate: IsoDate | null;
  endDate: IsoDate | null;
}

/** Rows sorted by rep name, then quarter. */
export function repPeriods(model: Model, options: RepPeriodsOptions = {}): RepPeriodRow[] {
  const asOf = options.asOf ?? model.asOf;
  const quarters = options.quarters ?? dashboardPeriods(model, { asOf }).quarters;
  const calendar = fiscalCalendar({ startMonth: model.fiscalYearStartMonth, naming: model.fiscalYearNaming });
  const { start: currentStart, end: currentEnd } = calendar.periodOf(asOf, 'quarter');
  const createdDateKnown = model.deals.some((d) => d.createdDate !== null);
  const byOwner = dealsByOwner(model.deals);
  const rows: RepPeriodRow[] = [];

  for (const rep of repList(model, byOwner)) {
    const deals = byOwner.get(rep.name) ?? [];
    const repQuotaStarts = model.quotas.filter((q) => q.level === 'rep' && q.name === rep.name).map((q) => q.start);
    const first = rep.startDate ?? earliestActivity(deals, repQuotaStarts);
    const last = rep.endDate ?? currentEnd;
    const tenureStart = rep.startDate ?? earliest(deals.map((d) => d.createdDate));
    const tenureBase = tenureStart === null ? null : quarterNumber(calendar.periodOf(tenureStart, 'quarter'));
    // periodMetrics over the rep's own deals only: the same numbers, without scanning every deal.
    const repModel: Model = { ...model, deals };
    const scope: Scope = { level: 'rep', name: rep.name, key: scopeKey('rep', rep.name), team: rep.team, region: rep.region };

    for (const quarter of quarters) {
      // Without a start date or any activity, a rep is only known to be there now.
      const active = (first ?? currentStart) <= quarter.end && last >= quarter.start;
      if (!active && !deals.some((d) => activeIn(d, quarter))) continue;
      const m = periodMetrics(repModel, scope, quarter, { asOf });
      const quota = m.quota;
      const hasQuota = quota !== null && quota > 0;
      const tenure = tenureBase === null ? null : quarterNumber(quarter) - tenureBase + 1;
      rows.push({
        rep: rep.name,
        team: rep.team,
        region: rep.region,
        period: quarter.key,
        quota,
        bookings: m.bookings,
        attainment: m.attainment,
        won_count: m.wonCount,
        lost_count: m.lostCount,
        win_rate_count: m.winRateByCount,
        win_rate_value: m.winRateByValue,
        avg_won_size: m.averageWonSize,
        median_cycle_days: m.medianCycleDays,
        pipeline_created: createdDateKnown ? m.pipelineCreated : null,
        coverage_entering: hasQuota ? openPipelineAtStart(deals, quarter, model.asOf) / quota : null,
        tenure_quarter: tenure !== null && tenure >= 1 ? tenure : null,
      });
    }
  }
  return rows;
}

/** Sum of the amounts of deals open on the quarter's first day with a close date inside it. */
function openPipelineAtStart(deals: readonly Deal[], quarter: FiscalPeriod, modelAsOf: IsoDate): number {
  let total = 0;
  for (const deal of deals) {
    const state = dealAsOf(deal, quarter.start, modelAsOf);
    if (state !== null && state.status === 'open' && inPeriod(state.closeDate, quarter)) total += state.amount ?? 0;
  }
  return total;
}

/** The deal was created in the quarter or closed (won or lost) in it. */
function activeIn(deal: Deal, quarter: FiscalPeriod): boolean {
  return inPeriod(deal.createdDate, quarter) || (deal.status !== 'open' && inPeriod(deal.closeDate, quarter));
}

function earliestActivity(deals: readonly Deal[], quotaStarts: readonly IsoDate[]): IsoDate | null {
  return earliest([
    ...deals.map((d) => d.createdDate),
    ...deals.map((d) => (d.status === 'open' ? null : d.closeDate)),
    ...quotaStarts,
  ]);
}

function earliest(dates: readonly (IsoDate | null)[]): IsoDate | null {
  let out: IsoDate | null = null;
  for (const d of dates) if (d !== null && (out === null || d < out)) out = d;
  return out;
}

function quarterNumber(quarter: FiscalPeriod): number {
  return quarter.fiscalYear * 4 + quarter.index - 1;
}

function dealsByOwner(deals: readonly Deal[]): Map<string, Deal[]> {
  const out = new Map<string, Deal[]>();
  for (const deal of deals) {
    const list = out.get(deal.owner);
    if (list === undefined) out.set(deal.owner, [deal]);
    else list.push(deal);
  }
  return out;
}

/** The model's reps plus any deal owner missing from them, sorted by name. */
function repList(model: Model, byOwner: Map<string, Deal[]>): RepInfo[] {
  const reps = new Map<string, RepInfo>();
  for (const r of model.reps) {
    reps.set(r.name, { name: r.name, team: r.team, region: r.region, startDate: r.startDate, endDate: r.endDate });
  }
  for (const [owner, deals] of byOwner) {
    if (reps.has(owner)) continue;
    const withTeam = deals.find((d) => d.team !== null) ?? deals[0];
    reps.set(owner, { name: owner, team: withTeam?.team ?? null, region: withTeam?.region ?? null, startDate: null, endDate: null });
  }
  return [...reps.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
