/**
 * The weekly summary: what a sales manager sends the team or the VP on Monday, built from the
 * numbers. The forecast move since the previous snapshot, what changed (grouped), the deals to
 * discuss and the reps to check in with. The weekly page renders it as HTML and
 * data/weekly.md as Markdown (weeklyMarkdown.ts), with the same content.
 */
import { fsum } from 'd3';
import type { RiskDeal } from '../../metrics/pipelineRiskTypes.ts';
import { formatMoney, formatPercent } from '../format/tablesFormat.ts';
import { quarterView } from '../load/quarterView.ts';
import type { SiteData } from '../load/siteData.ts';
import { movedKpis, type MovedKpi } from '../overview/movedKpis.ts';
import { dealsToDiscuss } from '../risk/dealsToDiscuss.ts';
import { riskQuestion } from '../risk/riskQuestion.ts';
import { changeGroups, type ChangeGroup } from './changeGroups.ts';

export interface RepToCheckIn {
  name: string;
  reasons: string[];
}

export interface WeeklySummary {
  company: string;
  currency: string;
  asOf: string;
  quarterLabel: string;
  /** The previous snapshot's date; null when there is only one snapshot. */
  from: string | null;
  /** Why nothing can be compared, when `from` is null. */
  noComparison: string | null;
  /** The quarter in one sentence: where bookings and the forecast stand against quota. */
  headline: string;
  kpis: MovedKpi[];
  groups: ChangeGroup[];
  deals: { deal: RiskDeal; question: string }[];
  reps: RepToCheckIn[];
}

/** Reps listed at most. */
export const REPS_TO_CHECK_IN = 8;

export function weeklySummary(siteData: SiteData): WeeklySummary {
  const { dashboard } = siteData;
  const currency = dashboard.currency;
  const view = quarterView(siteData);
  const period = dashboard.periods.current;
  const c = view.company;
  const money = (n: number | null) => (n === null ? 'unknown' : (formatMoney(n, currency, { compact: true }) ?? 'unknown'));
  const changes = dashboard.changes.kind === 'changes' ? dashboard.changes : null;
  const kpis = movedKpis(dashboard.weekOverWeek?.find((w) => w.scope === 'company'), currency, period.label);
  const quota = c.quota !== null && c.quota > 0 ? c.quota : null;
  const expected = kpis.find((k) => k.key === 'expected');
  const headline =
    `${period.label}, day ${view.forecast.day} of ${view.forecast.length}: ${money(c.closedWon.amount)} closed won` +
    (quota === null ? ' (no quota for the quarter)' : ` (${formatPercent(c.closedWon.amount / quota) ?? 'unknown'} of the ${money(quota)} quota)`) +
    `; weighted forecast ${money(c.weighted.total)}${changes !== null && expected?.deltaText ? `, ${expected.deltaText}` : ''}` +
    `; commit ${money(c.rollup.commit)}` +
    (quota === null || c.simulation.probabilityOfQuota === null ? '.' : `; ${formatPercent(c.simulation.probabilityOfQuota) ?? 'unknown'} chance of reaching quota.`);

  const groups = changes === null ? [] : changeGroups(changes, () => true, money);
  const deals = dealsToDiscuss(dashboard.risk.deals, { perRep: 2 }).slice(0, 12).map((deal) => ({ deal, question: riskQuestion(deal) }));
  return {
    company: dashboard.companyName,
    currency,
    asOf: dashboard.asOf,
    quarterLabel: period.label,
    from: changes?.from ?? null,
    noComparison: dashboard.changes.kind === 'no previous snapshot' ? dashboard.changes.message : null,
    headline,
    kpis,
    groups,
    deals,
    reps: repsToCheckIn(siteData, money),
  };
}

/**
 * Reps with something to talk about: behind the usual pace by a tenth of their quota or more,
 * two high-risk deals or more, money pushed out of the quarter or lost since the previous
 * snapshot. Most reasons first, at most REPS_TO_CHECK_IN.
 */
function repsToCheckIn(siteData: SiteData, money: (n: number | null) => string): RepToCheckIn[] {
  const { dashboard } = siteData;
  const view = quarterView(siteData);
  const changes = dashboard.changes.kind === 'changes' ? dashboard.changes : null;
  const out: RepToCheckIn[] = [];
  for (const scope of view.scopesOf('rep')) {
    const f = view.forecastOf(scope.key);
    const reasons: string[] = [];
    const p = f?.pacing ?? null;
    if (f !== null && p !== null && p.status === 'behind' && p.difference !== null && f.quota !== null && f.quota > 0 && -p.difference >= 0.1 * f.quota) {
      reasons.push(`${money(-p.difference)} behind the usual pace (${money(p.bookingsToDate)} booked, ${money(p.expectedByNow)} expected by now)`);
    }
    const high = dashboard.risk.deals.filter((d) => d.owner === scope.name && d.riskLevel === 'high');
    if (high.length >= 2) reasons.push(`${high.length} high-risk deals, ${money(fsum(high, (d) => d.amount ?? 0))}`);
    if (changes !== null) {
      const out = changes.pushes.filter((d) => d.owner === scope.name && d.quarterChanged && d.fromQuarter === dashboard.periods.current.key);
      if (out.length > 0) reasons.push(`pushed ${money(fsum(out, (d) => d.amount ?? 0))} out of the quarter (${out.length} deal${out.length === 1 ? '' : 's'})`);
      const lost = changes.lost.filter((d) => d.owner === scope.name);
      if (lost.length > 0) reasons.push(`lost ${money(fsum(lost, (d) => d.amount ?? 0))} (${lost.length} deal${lost.length === 1 ? '' : 's'})`);
    }
    if (reasons.length > 0) out.push({ name: scope.name, reasons });
  }
  return out.sort((a, b) => b.reasons.length - a.reasons.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).slice(0, REPS_TO_CHECK_IN);
}
