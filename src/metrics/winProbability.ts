/**
 * Win and slip rates learned from this company's own history, without selection and without
 * hindsight.
 *
 * For each past closed fiscal quarter Q and each observation point d inside Q (snapshot dates,
 * and weekly points before the first snapshot), every deal OBSERVED open at d (a snapshot or
 * history row on or before d; never a state reconstructed from created and close dates, which
 * exists only for deals whose outcome is already known) with a close date in Q, at a known stage,
 * is one trial. Its outcome is read as the exports said it on a fixed date, never later:
 * - at Q's end (the latest observation on or before it), and
 * - once more OUTCOME_GRACE_DAYS after Q's end (deals won on the last days are often entered a
 *   few days later); a forecast made on date D uses this settled outcome only when that date is
 *   on or before D, else the outcome at Q's end.
 * Outcome: won (status won, close date on or before Q's end), slipped (still open, or won with a
 * later close date) or lost (lost, or gone from the exports).
 * Trials are counted per stage, days-in-stage bucket (0-14, 15-45, 46+, 'unknown'), days-left
 * bucket (days from d to Q's end: 0-30, 31-60, 61+) and quarter, both as observations (one per
 * deal and point) and as deals: each observation weighs 1 / (the deal's observations at that
 * stage in that quarter), so a deal seen at 12 weekly points of a quarter counts as one deal at
 * its stage (shared among the buckets it passed through). Deals are the evidence the Beta prior
 * is weighed against (dealProbability.ts): twelve looks at one deal are not twelve outcomes.
 */
import { addDays, daysBetween } from '../model/isoDate.ts';
import type { Deal, IsoDate, Model } from '../model/types.ts';
import { normalizeKey } from '../schema/values/normalizeKey.ts';
import { dashboardPeriods } from './dashboardPeriods.ts';
import { dealAsOf } from './dealAsOf.ts';
import { daysInStageAt } from './daysInStageAt.ts';
import { observationPoints } from './observationPoints.ts';
import { periodInfo, type PeriodSummary } from './periodInfo.ts';

export type DaysBucket = '0-14' | '15-45' | '46+';
export type LeftBucket = '0-30' | '31-60' | '61+';

/** Days after a quarter's end at which its trials' outcomes are read a second time. */
export const OUTCOME_GRACE_DAYS = 14;

export interface TrialCounts {
  /** Observations (deal × point). */
  trials: number;
  wins: number;
  slips: number;
  /** Deals (observations weighted so each deal counts once per stage and quarter), and of them won / slipped. */
  deals: number;
  dealWins: number;
  dealSlips: number;
}

export interface WinTrialCell {
  /** The stage as first written in the data. */
  stage: string;
  /** Stage matching key (lower case letters and digits). */
  stageKey: string;
  bucket: DaysBucket | 'unknown';
  left: LeftBucket;
  quarter: string;
  quarterEnd: IsoDate;
  /** quarterEnd + OUTCOME_GRACE_DAYS: from this date on, `settled` is known. */
  settledOn: IsoDate;
  /** Outcomes as of the quarter's end. */
  atEnd: TrialCounts;
  /** Outcomes as of settledOn. */
  settled: TrialCounts;
}

export interface WinProbabilityTable {
  asOf: IsoDate;
  /** The closed quarters looked at, oldest first. */
  quarters: PeriodSummary[];
  /** Observation dates used. */
  pointCount: number;
  /** Sorted by stage key, bucket, days-left bucket and quarter end. */
  cells: WinTrialCell[];
}

export interface WinProbabilityOptions {
  /** Default: the model's as-of date. */
  asOf?: IsoDate;
  /** See dashboardPeriods. */
  maxQuarters?: number;
}

export function daysBucket(days: number | null): DaysBucket | 'unknown' {
  if (days === null) return 'unknown';
  return days <= 14 ? '0-14' : days <= 45 ? '15-45' : '46+';
}

export function leftBucket(days: number): LeftBucket {
  return days <= 30 ? '0-30' : days <= 60 ? '31-60' : '61+';
}

export function emptyCounts(): TrialCounts {
  return { trials: 0, wins: 0, slips: 0, deals: 0, dealWins: 0, dealSlips: 0 };
}

type Outcome = 'won' | 'slipped' | 'lost';

/** What the exports said on `date` about a deal expected in the quarter ending `end`. */
export function trialOutcome(deal: Deal, end: IsoDate, date: IsoDate, modelAsOf: IsoDate): Outcome {
  const state = dealAsOf(deal, date, modelAsOf);
  if (state === null || state.inferred) return 'lost';
  if (state.status === 'won') return state.closeDate !== null && state.closeDate <= end ? 'won' : 'slipped';
  return state.status === 'open' ? 'slipped' : 'lost';
}

export function winProbability(model: Model, options: WinProbabilityOptions = {}): WinProbabilityTable {
  const asOf = options.asOf ?? model.asOf;
  const { closed } = dashboardPeriods(model, { asOf, maxQuarters: options.maxQuarters });
  const points: Array<{ date: IsoDate; quarter: number }> = [];
  closed.forEach((q, i) => {
    for (const p of observationPoints(model, q)) if (p.date < asOf) points.push({ date: p.date, quarter: i });
  });

  const cells = new Map<string, WinTrialCell>();
  // One deal's trials, then counted: each observation is one trial; as deals, each observation
  // weighs 1 / (the deal's observations at that stage in that quarter), so at the stage level a
  // deal counts once per quarter however often it was seen.
  const pending: Array<{ id: string; cell: WinTrialCell; group: string; atEnd: Outcome; settled: Outcome }> = [];
  const perGroup = new Map<string, number>();
  for (const deal of model.deals) {
    const born = minOf(deal.createdDate, deal.history.firstSeen);
    let lastQuarter = -1;
    let atEnd: Outcome = 'lost';
    let settled: Outcome = 'lost';
    pending.length = 0;
    perGroup.clear();
    for (const point of points) {
      if (born !== null && point.date < born) continue;
      if (point.date < deal.history.firstSeen) continue; // reconstructed: never a trial
      const q = closed[point.quarter]!;
      const state = dealAsOf(deal, point.date, model.asOf);
      if (state === null || state.inferred || state.status !== 'open' || state.stage === null) continue;
      if (state.closeDate === null || state.closeDate < q.start || state.closeDate > q.end) continue;
      const stageKey = normalizeKey(state.stage);
      if (stageKey === '') continue;
      if (point.quarter !== lastQuarter) {
        lastQuarter = point.quarter;
        atEnd = trialOutcome(deal, q.end, q.end, model.asOf);
        settled = trialOutcome(deal, q.end, addDays(q.end, OUTCOME_GRACE_DAYS), model.asOf);
      }
      const bucket = daysBucket(daysInStageAt(deal, state.stage, point.date));
      const left = leftBucket(daysBetween(point.date, q.end));
      const id = `${stageKey}\u0000${bucket}\u0000${left}\u0000${point.quarter}`;
      let cell = cells.get(id);
      if (cell === undefined) {
        cell = { stage: state.stage.trim(), stageKey, bucket, left, quarter: q.key, quarterEnd: q.end, settledOn: addDays(q.end, OUTCOME_GRACE_DAYS), atEnd: emptyCounts(), settled: emptyCounts() };
        cells.set(id, cell);
      }
      const group = `${stageKey}\u0000${point.quarter}`;
      perGroup.set(group, (perGroup.get(group) ?? 0) + 1);
      pending.push({ id, cell, group, atEnd, settled });
    }
    for (const t of pending) {
      const weight = 1 / perGroup.get(t.group)!;
      count(t.cell.atEnd, t.atEnd, weight);
      count(t.cell.settled, t.settled, weight);
    }
  }

  const sorted = [...cells.values()].sort(
    (a, b) => cmp(a.stageKey, b.stageKey) || cmp(a.bucket, b.bucket) || cmp(a.left, b.left) || cmp(a.quarterEnd, b.quarterEnd),
  );
  return { asOf, quarters: closed.map(periodInfo), pointCount: points.length, cells: sorted };
}

function count(c: TrialCounts, outcome: Outcome, weight: number): void {
  c.trials += 1;
  c.deals += weight;
  if (outcome === 'won') {
    c.wins += 1;
    c.dealWins += weight;
  } else if (outcome === 'slipped') {
    c.slips += 1;
    c.dealSlips += weight;
  }
}

function minOf(a: IsoDate | null, b: IsoDate | null): IsoDate | null {
  if (a === null) return b;
  if (b === null) return a;
  return a < b ? a : b;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
