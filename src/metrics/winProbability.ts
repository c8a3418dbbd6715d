/**
 * Win probabilities learned from this company's own history.
 *
 * For each past closed fiscal quarter Q and each observation point d inside Q (snapshot dates,
 * and weekly points before the first snapshot with states from history rows or reconstructed
 * by dealStateAt), every deal open at d with a close date in Q, at a known stage, is one trial.
 * It is a success when the deal was finally won (as of the as-of date) with a close date on or
 * before Q's end. Trials are counted per stage, per days-in-stage bucket (0-14, 15-45, 46+, or
 * 'unknown' when the entry date is not known) and per quarter, so that a forecast made on a past
 * date can use only the quarters that had closed by then (winRates).
 */
import type { IsoDate, Model } from '../model/types.ts';
import { normalizeKey } from '../schema/values/normalizeKey.ts';
import { dashboardPeriods } from './dashboardPeriods.ts';
import { dealAsOf } from './dealAsOf.ts';
import { daysInStageAt } from './daysInStageAt.ts';
import { observationPoints } from './observationPoints.ts';
import { periodInfo, type PeriodSummary } from './periodInfo.ts';

export type DaysBucket = '0-14' | '15-45' | '46+';

export interface WinTrialCell {
  /** The stage as first written in the data. */
  stage: string;
  /** Stage matching key (lower case letters and digits). */
  stageKey: string;
  bucket: DaysBucket | 'unknown';
  quarter: string;
  quarterEnd: IsoDate;
  trials: number;
  wins: number;
}

export interface WinProbabilityTable {
  asOf: IsoDate;
  /** The closed quarters looked at, oldest first. */
  quarters: PeriodSummary[];
  /** Observation dates used. */
  pointCount: number;
  /** Sorted by stage key, bucket and quarter end. */
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

export function winProbability(model: Model, options: WinProbabilityOptions = {}): WinProbabilityTable {
  const asOf = options.asOf ?? model.asOf;
  const { closed } = dashboardPeriods(model, { asOf, maxQuarters: options.maxQuarters });
  const points: Array<{ date: IsoDate; quarter: number }> = [];
  closed.forEach((q, i) => {
    for (const p of observationPoints(model, q)) if (p.date < asOf) points.push({ date: p.date, quarter: i });
  });

  const cells = new Map<string, WinTrialCell>();
  for (const deal of model.deals) {
    const final = dealAsOf(deal, asOf, model.asOf);
    const wonOn = final !== null && final.status === 'won' ? final.closeDate : null;
    const born = minOf(deal.createdDate, deal.history.firstSeen);
    for (const point of points) {
      if (born !== null && point.date < born) continue;
      const q = closed[point.quarter]!;
      const state = dealAsOf(deal, point.date, model.asOf);
      if (state === null || state.status !== 'open' || state.stage === null) continue;
      if (state.closeDate === null || state.closeDate < q.start || state.closeDate > q.end) continue;
      const stageKey = normalizeKey(state.stage);
      if (stageKey === '') continue;
      const bucket = daysBucket(daysInStageAt(deal, state.stage, point.date));
      const id = `${stageKey}\u0000${bucket}\u0000${point.quarter}`;
      let cell = cells.get(id);
      if (cell === undefined) {
        cell = { stage: state.stage.trim(), stageKey, bucket, quarter: q.key, quarterEnd: q.end, trials: 0, wins: 0 };
        cells.set(id, cell);
      }
      cell.trials += 1;
      if (wonOn !== null && wonOn <= q.end) cell.wins += 1;
    }
  }

  const sorted = [...cells.values()].sort(
    (a, b) => cmp(a.stageKey, b.stageKey) || cmp(a.bucket, b.bucket) || cmp(a.quarterEnd, b.quarterEnd),
  );
  return { asOf, quarters: closed.map(periodInfo), pointCount: points.length, cells: sorted };
}

function minOf(a: IsoDate | null, b: IsoDate | null): IsoDate | null {
  if (a === null) return b;
  if (b === null) return a;
  return a < b ? a : b;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
