/**
 * The learned win rates available on a date: the trial counts of winProbability summed over the
 * quarters that ended before that date, per stage and per stage and days-in-stage bucket.
 */
import type { IsoDate } from '../model/types.ts';
import type { DaysBucket, WinProbabilityTable } from './winProbability.ts';

export interface TrialCount {
  trials: number;
  wins: number;
}

export interface StageRate extends TrialCount {
  stage: string;
  buckets: Map<DaysBucket | 'unknown', TrialCount>;
}

/** Stage key -> counts. */
export type WinRates = Map<string, StageRate>;

export function winRates(table: WinProbabilityTable, options: { before: IsoDate }): WinRates {
  const rates: WinRates = new Map();
  for (const cell of table.cells) {
    if (cell.quarterEnd >= options.before) continue;
    let stage = rates.get(cell.stageKey);
    if (stage === undefined) {
      stage = { stage: cell.stage, trials: 0, wins: 0, buckets: new Map() };
      rates.set(cell.stageKey, stage);
    }
    stage.trials += cell.trials;
    stage.wins += cell.wins;
    const bucket = stage.buckets.get(cell.bucket) ?? { trials: 0, wins: 0 };
    bucket.trials += cell.trials;
    bucket.wins += cell.wins;
    stage.buckets.set(cell.bucket, bucket);
  }
  return rates;
}
