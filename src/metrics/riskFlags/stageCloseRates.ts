/**
 * How often this company's deals closed won from a stage late in a quarter. For each completed
 * fiscal quarter and each deal, the deal is one case for a stage when, during the quarter's
 * last `bucketDays` days, it was seen open at that stage with its close date inside the
 * quarter; the case is a success when the deal was won with a close date on or before the
 * quarter's end. `bucketDays` is the days left in the current quarter rounded up to a bucket
 * (7, 14, 30, 45, 60 or 92), so "with 14 or fewer days left" covers a deal with 9 days left.
 * Only observed states count (snapshots and history rows), never states inferred from the
 * created and close dates, whose stage is a guess.
 */
import type { FiscalCalendar } from '../../model/fiscalCalendar.ts';
import { inPeriod } from '../../model/fiscalCalendar.ts';
import { dealStateAt } from '../../model/dealStateAt.ts';
import { addDays, maxDate } from '../../model/isoDate.ts';
import type { DealState, FiscalPeriod, Model } from '../../model/types.ts';
import type { StageLadder } from './stageLadder.ts';

export const DAYS_LEFT_BUCKETS: readonly number[] = [7, 14, 30, 45, 60, 92];
/** Fewer past cases than this and the rule of thumb replaces the company's own rate. */
export const MIN_CLOSE_RATE_CASES = 10;

export interface StageCloseRate {
  /** The ladder's name for the stage. */
  stage: string;
  cases: number;
  won: number;
  /** won / cases; null when there are no cases. */
  share: number | null;
}

export interface StageCloseRates {
  /** Days left in the current quarter. */
  daysLeft: number;
  /** The bucket: cases were seen with this many or fewer days left in their quarter. */
  bucketDays: number;
  /** Keys of the completed quarters the cases come from. */
  quarters: string[];
  /** By stage key. */
  byStage: Map<string, StageCloseRate>;
}

export function daysLeftBucket(daysLeft: number): number {
  return DAYS_LEFT_BUCKETS.find((b) => b >= daysLeft) ?? daysLeft;
}

export function stageCloseRates(
  model: Model,
  ladder: StageLadder,
  calendar: FiscalCalendar,
  current: FiscalPeriod,
  daysLeft: number,
): StageCloseRates {
  const bucketDays = daysLeftBucket(daysLeft);
  const byStage = new Map<string, StageCloseRate>();
  let earliest: string | null = null;
  for (const deal of model.deals) {
    const first = deal.history.states[0]?.date;
    if (first !== undefined && (earliest === null || first < earliest)) earliest = first;
  }
  const quarters: FiscalPeriod[] =
    earliest !== null && earliest < current.start
      ? calendar.periodsBetween(earliest, addDays(current.start, -1), 'quarter')
      : [];

  for (const deal of model.deals) {
    const states = deal.history.states;
    const firstSeen = states[0]?.date;
    if (firstSeen === undefined) continue;
    for (const q of quarters) {
      if (q.end < firstSeen) continue;
      const windowStart = maxDate(q.start, addDays(q.end, -bucketDays));
      const candidates: DealState[] = [];
      const atStart = dealStateAt(deal, windowStart);
      if (atStart !== null && atStart.origin !== 'inferred') candidates.push(atStart);
      for (const s of states) if (s.date > windowStart && s.date <= q.end) candidates.push(s);
      const stageKeys = new Set<string>();
      for (const s of candidates) {
        if (s.status === 'open' && s.stage !== null && inPeriod(s.closeDate, q)) stageKeys.add(ladder.key(s.stage));
      }
      if (stageKeys.size === 0) continue;
      const won = deal.status === 'won' && deal.closeDate !== null && deal.closeDate <= q.end;
      for (const key of stageKeys) {
        let rate = byStage.get(key);
        if (rate === undefined) {
          const stage = candidates.find((s) => s.stage !== null && ladder.key(s.stage) === key)!.stage!;
          byStage.set(key, (rate = { stage: ladder.name(stage), cases: 0, won: 0, share: null }));
        }
        rate.cases += 1;
        if (won) rate.won += 1;
      }
    }
  }
  for (const rate of byStage.values()) rate.share = rate.cases === 0 ? null : rate.won / rate.cases;
  return { daysLeft, bucketDays, quarters: quarters.map((q) => q.key), byStage };
}
