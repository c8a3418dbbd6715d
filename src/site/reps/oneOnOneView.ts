/**
 * The one-on-one sheet of a rep: the quarter's numbers and pace, what changed in the rep's
 * deals since the previous snapshot, the deals to discuss with the question to ask, conversion
 * and days in stage against the team (marked only where the gap is large and the counts are
 * enough), the pipeline still to create for next quarter at the rep's own win rate, win rate by
 * deal size, and commit against result in past quarters.
 */
import type { RiskDeal } from '../../metrics/pipelineRiskTypes.ts';
import type { RepCoaching } from '../../metrics/repCoaching.ts';
import type { TrackRecordQuarter } from '../../metrics/forecastTypes.ts';
import { formatMoney, formatPercent } from '../format/tablesFormat.ts';
import { quarterView } from '../load/quarterView.ts';
import type { SiteData } from '../load/siteData.ts';
import { dealsToDiscuss } from '../risk/dealsToDiscuss.ts';
import { riskQuestion } from '../risk/riskQuestion.ts';
import { changeGroups, type ChangeGroup } from '../weekly/changeGroups.ts';
import { repListing, type RepListing } from './repDirectory.ts';

/** A gap worth raising: 15 points of conversion, or half again as many days (or a third fewer). */
export const CONVERSION_GAP = 0.15;
export const DAYS_RATIO = 1.5;
/** Counts needed before a gap is marked: the rep's cases and the team's. */
export const MIN_REP_CASES = 5;
export const MIN_TEAM_CASES = 10;

export interface OneOnOneStat {
  label: string;
  value: string;
  note?: string;
}

export interface ConversionLine {
  stage: string;
  repRate: string;
  teamRate: string;
  repDays: string;
  teamDays: string;
  repCases: number;
  teamCases: number;
  /** Marked: `lower`/`higher` conversion, `slower`/`faster` than the team; null when not marked. */
  rateMark: 'lower' | 'higher' | null;
  daysMark: 'slower' | 'faster' | null;
}

export interface OneOnOneView {
  rep: RepListing;
  asOf: string;
  quarterLabel: string;
  nextLabel: string;
  from: string | null;
  stats: OneOnOneStat[];
  groups: ChangeGroup[];
  deals: { deal: RiskDeal; question: string }[];
  conversion: ConversionLine[];
  nextQuarter: { quota: number | null; open: number; winRate: number | null; needed: number | null; toCreate: number | null; text: string };
  sizeBands: { band: string; rep: string; team: string }[];
  commitHistory: { period: string; commit: string; actual: string; ratio: string }[];
  currency: string;
}

export function oneOnOneView(siteData: SiteData, name: string): OneOnOneView {
  const { dashboard } = siteData;
  const currency = dashboard.currency;
  const rep = repListing(siteData, name)!;
  const money = (n: number | null | undefined) => (n == null ? 'unknown' : (formatMoney(n, currency, { compact: true }) ?? 'unknown'));
  const pct = (n: number | null | undefined) => (n == null ? '—' : (formatPercent(n) ?? '—'));
  const current = quarterView(siteData);
  const next = quarterView(siteData, 'next');
  const scopeKey = dashboard.scopes.find((s) => s.level === 'rep' && s.name === name)?.key ?? `rep:${name}`;
  const f = current.forecastOf(scopeKey);
  const m = current.metricsOf(scopeKey);
  const quota = f?.quota ?? null;
  const pace = f?.pacing ?? null;
  const stats: OneOnOneStat[] = [
    { label: 'Closed won', value: money(f?.closedWon.amount ?? 0), note: `${f?.closedWon.count ?? 0} deals` },
    { label: 'Quota', value: quota === null ? 'No quota' : money(quota), note: quota !== null && quota > 0 ? `${pct((f?.closedWon.amount ?? 0) / quota)} attained` : undefined },
    {
      label: 'Pace',
      value: pace?.status == null ? 'unknown' : `${money(Math.abs(pace.difference ?? 0))} ${pace.status}`,
      note: pace?.expectedByNow == null ? 'no usual pace to compare with' : `${money(pace.expectedByNow)} expected by now`,
    },
    { label: 'Weighted forecast', value: money(f?.weighted.total ?? null), note: `P50 ${money(f?.simulation.p50 ?? null)}` },
    { label: 'Commit', value: money(f?.rollup.commit ?? null) },
    { label: `Open in ${current.forecast.period.label}`, value: money(m?.openPipeline ?? null), note: m?.coverage == null ? undefined : `coverage ${m.coverage.toFixed(1)}×` },
  ].map((s) => (s.note === undefined ? { label: s.label, value: s.value } : (s as OneOnOneStat)));

  const changes = dashboard.changes.kind === 'changes' ? dashboard.changes : null;
  const groups = changes === null ? [] : changeGroups(changes, (d) => d.owner === name, money);
  const deals = dealsToDiscuss(dashboard.risk.deals, { owner: name, perRep: 5 }).map((deal) => ({ deal, question: riskQuestion(deal) }));

  const coaching: RepCoaching | undefined = dashboard.repCoaching?.find((c) => c.rep === name);
  const conversion: ConversionLine[] = (coaching?.conversion ?? []).flatMap((r, i) => {
    const t = coaching!.teamConversion[i]!;
    if (r.cases === 0 && t.cases === 0) return [];
    const enough = r.cases >= MIN_REP_CASES && t.cases >= MIN_TEAM_CASES;
    const gap = r.rate !== null && t.rate !== null ? r.rate - t.rate : null;
    const ratio = r.medianDays !== null && t.medianDays !== null && t.medianDays > 0 ? r.medianDays / t.medianDays : null;
    return [{
      stage: r.stage,
      repRate: pct(r.rate),
      teamRate: pct(t.rate),
      repDays: r.medianDays === null ? '—' : `${Math.round(r.medianDays)} d`,
      teamDays: t.medianDays === null ? '—' : `${Math.round(t.medianDays)} d`,
      repCases: r.cases,
      teamCases: t.cases,
      rateMark: enough && gap !== null && Math.abs(gap) >= CONVERSION_GAP ? (gap < 0 ? 'lower' : 'higher') : null,
      daysMark: enough && ratio !== null && (ratio >= DAYS_RATIO || ratio <= 1 / DAYS_RATIO) ? (ratio > 1 ? 'slower' : 'faster') : null,
    }];
  });

  const nm = next.metricsOf(scopeKey);
  const nextQuota = nm?.quota ?? null;
  const nextOpen = nm?.openPipeline ?? 0;
  const winRate = nm?.trailingWinRateByValue ?? m?.trailingWinRateByValue ?? null;
  const needed = nextQuota !== null && winRate !== null && winRate > 0 ? nextQuota / winRate : null;
  const toCreate = needed === null ? null : Math.max(0, needed - nextOpen);
  const nextLabel = next.forecast.period.label;
  const text =
    nextQuota === null
      ? `No quota for ${nextLabel} yet, so there is no pipeline target; ${money(nextOpen)} is open for it.`
      : winRate === null || winRate === 0
        ? `Quota ${money(nextQuota)} for ${nextLabel}; without a win rate over the last four quarters the pipeline needed cannot be worked out. ${money(nextOpen)} is open for it.`
        : `Quota ${money(nextQuota)} for ${nextLabel} at a win rate of ${pct(winRate)} by value needs ${money(needed)} of pipeline; ${money(nextOpen)} is open, so ${toCreate === 0 ? 'nothing more is needed' : `${money(toCreate)} is still to create`}.`;

  const band = (from: number | null, to: number | null) => (from === null ? `Under ${money(to)}` : to === null ? `${money(from)} and up` : `${money(from)} to ${money(to)}`);
  const sizeBands = (coaching?.sizeBands ?? []).map((b) => ({
    band: band(b.from, b.to),
    rep: b.closed === 0 ? '—' : `${pct(b.rate)} (${b.won} of ${b.closed})`,
    team: b.allClosed === 0 ? '—' : `${pct(b.allRate)} (${b.allWon} of ${b.allClosed})`,
  }));

  const track: TrackRecordQuarter[] = f?.trackRecord?.quarters ?? [];
  const commitHistory = track.map((q) => ({
    period: current.quarterLabel(q.period),
    commit: money(q.commit),
    actual: money(q.actual),
    ratio: q.commit > 0 ? `${pct(q.actual / q.commit)} of commit` : 'no commit',
  }));

  return {
    rep,
    asOf: dashboard.asOf,
    quarterLabel: current.forecast.period.label,
    nextLabel,
    from: changes?.from ?? null,
    stats,
    groups,
    deals,
    conversion,
    nextQuarter: { quota: nextQuota, open: nextOpen, winRate, needed, toCreate, text },
    sizeBands,
    commitHistory,
    currency,
  };
}

/** Reps who get a one-on-one sheet: everyone with open deals. */
export function oneOnOneReps(siteData: SiteData): RepListing[] {
  const owners = new Set((siteData.dashboard.repCoaching ?? []).map((c) => c.rep));
  return owners.size === 0 ? [] : [...owners].flatMap((name) => {
    const listing = repListing(siteData, name);
    return listing === undefined ? [] : [listing];
  });
}
