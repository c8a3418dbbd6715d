/**
 * The learned win and slip counts available to a forecast made on a date: the trial counts of
 * winProbability summed over the quarters that ended before the forecast's period began, per
 * stage, per stage and days-in-stage bucket, and per stage and days-left bucket; each quarter's
 * outcomes as known on the forecast's date (settled once OUTCOME_GRACE_DAYS have passed after
 * the quarter's end, else as of its end).
 */
import type { IsoDate } from '../model/types.ts';
import { emptyCounts, type DaysBucket, type LeftBucket, type TrialCounts, type WinProbabilityTable } from './winProbability.ts';

export type { TrialCounts } from './winProbability.ts';

export interface StageRate extends TrialCounts {
  stage: string;
  buckets: Map<DaysBucket | 'unknown', TrialCounts>;
  left: Map<LeftBucket, TrialCounts>;
}

/** Stage key -> counts. */
export type WinRates = Map<string, StageRate>;

export interface WinRatesOptions {
  /** Only quarters that ended before this date (the forecast period's start). */
  before: IsoDate;
  /** The forecast's date: which outcomes were known (default: the table's as-of date). */
  asOf?: IsoDate;
}

export function winRates(table: WinProbabilityTable, options: WinRatesOptions): WinRates {
  const asOf = options.asOf ?? table.asOf;
  const rates: WinRates = new Map();
  for (const cell of table.cells) {
    if (cell.quarterEnd >= options.before) continue;
    const counts = cell.settledOn <= asOf ? cell.settled : cell.atEnd;
    let stage = rates.get(cell.stageKey);
    if (stage === undefined) {
      stage = { stage: cell.stage, ...emptyCounts(), buckets: new Map(), left: new Map() };
      rates.set(cell.stageKey, stage);
    }
    addCounts(stage, counts);
    const bucket = stage.buckets.get(cell.bucket) ?? emptyCounts();
    addCounts(bucket, counts);
    stage.buckets.set(cell.bucket, bucket);
    const left = stage.left.get(cell.left) ?? emptyCounts();
    addCounts(left, counts);
    stage.left.set(cell.left, left);
  }
  return rates;
}

/** All stages together. */
export function pooledCounts(rates: WinRates): TrialCounts {
  const total = emptyCounts();
  for (const r of rates.values()) addCounts(total, r);
  return total;
}

function addCounts(into: TrialCounts, c: TrialCounts): void {
  into.trials += c.trials;
  into.wins += c.wins;
  into.slips += c.slips;
  into.deals += c.deals;
  into.dealWins += c.dealWins;
  into.dealSlips += c.dealSlips;
}
