/**
 * Open pipeline by stage, in stage-ladder order, split by when the deals are due to close: past
 * due (close date before the as-of date), later this quarter, next quarter, after that, or with
 * no close date. Open deals are those open as of the as-of date (an open deal that disappeared
 * from the latest snapshot is gone). Stages outside the ladder follow it, by name; deals without
 * a stage come last. Deals without an amount count in the counts, not in the amounts.
 */
import { fsum } from 'd3';
import { fiscalCalendar } from '../model/fiscalCalendar.ts';
import type { IsoDate, Model } from '../model/types.ts';
import type { Config } from '../schema/configSchema.ts';
import { dealAsOf } from './dealAsOf.ts';
import { periodInfo, type PeriodSummary } from './periodInfo.ts';
import { stageLadder } from './riskFlags/stageLadder.ts';

export type CloseTiming = 'pastDue' | 'thisQuarter' | 'nextQuarter' | 'later' | 'noCloseDate';

export const CLOSE_TIMINGS: readonly CloseTiming[] = ['pastDue', 'thisQuarter', 'nextQuarter', 'later', 'noCloseDate'];

export interface CountAmount {
  count: number;
  /** Sum of the known amounts. */
  amount: number;
}

export interface StagePipeline {
  /** The ladder's name for the stage; null for deals without a stage. */
  stage: string | null;
  /** 0-based position on the open ladder; null off the ladder. */
  position: number | null;
  total: CountAmount;
  /** Deals of the stage without an amount. */
  missingAmount: number;
  byTiming: Record<CloseTiming, CountAmount>;
}

export interface PipelineByStage {
  asOf: IsoDate;
  quarter: PeriodSummary;
  nextQuarter: PeriodSummary;
  stages: StagePipeline[];
  total: CountAmount & { missingAmount: number; byTiming: Record<CloseTiming, CountAmount> };
}

export interface PipelineByStageOptions {
  /** Default: the model's as-of date. */
  asOf?: IsoDate;
  /** config.stages; the default ladder when absent. */
  stages?: Config['stages'];
}

export function pipelineByStage(model: Model, options: PipelineByStageOptions = {}): PipelineByStage {
  const asOf = options.asOf ?? model.asOf;
  const cal = fiscalCalendar({ startMonth: model.fiscalYearStartMonth, naming: model.fiscalYearNaming });
  const quarter = cal.periodOf(asOf, 'quarter');
  const next = cal.shift(quarter, 1);
  const ladder = stageLadder(model, options.stages === undefined ? {} : { stages: options.stages });
  const timing = (close: IsoDate | null): CloseTiming =>
    close === null ? 'noCloseDate' : close < asOf ? 'pastDue' : close <= quarter.end ? 'thisQuarter' : close <= next.end ? 'nextQuarter' : 'later';

  const groups = new Map<string, { stage: string | null; amounts: Map<CloseTiming, number[]>; counts: Map<CloseTiming, number>; missing: number }>();
  for (const deal of model.deals) {
    const view = dealAsOf(deal, asOf, model.asOf);
    if (view === null || view.status !== 'open') continue;
    const stage = view.stage === null ? null : ladder.name(view.stage);
    // A Map keyed by the ladder's key: stage names come from spreadsheets.
    const key = stage === null ? '\u0000none' : `s:${ladder.key(stage)}`;
    let group = groups.get(key);
    if (group === undefined) groups.set(key, (group = { stage, amounts: new Map(), counts: new Map(), missing: 0 }));
    const t = timing(view.closeDate);
    group.counts.set(t, (group.counts.get(t) ?? 0) + 1);
    if (view.amount === null) group.missing += 1;
    else {
      const list = group.amounts.get(t);
      if (list === undefined) group.amounts.set(t, [view.amount]);
      else list.push(view.amount);
    }
  }

  const stages: StagePipeline[] = [...groups.values()].map((g) => {
    const byTiming = Object.fromEntries(
      CLOSE_TIMINGS.map((t) => [t, { count: g.counts.get(t) ?? 0, amount: fsum(g.amounts.get(t) ?? []) }]),
    ) as Record<CloseTiming, CountAmount>;
    return {
      stage: g.stage,
      position: ladder.position(g.stage),
      total: { count: sum(CLOSE_TIMINGS.map((t) => byTiming[t].count)), amount: fsum(CLOSE_TIMINGS.map((t) => byTiming[t].amount)) },
      missingAmount: g.missing,
      byTiming,
    };
  });
  stages.sort((a, b) => rank(a) - rank(b) || (a.position ?? 0) - (b.position ?? 0) || compare(a.stage ?? '', b.stage ?? ''));

  const totalByTiming = Object.fromEntries(
    CLOSE_TIMINGS.map((t) => [t, { count: sum(stages.map((s) => s.byTiming[t].count)), amount: fsum(stages.map((s) => s.byTiming[t].amount)) }]),
  ) as Record<CloseTiming, CountAmount>;
  return {
    asOf,
    quarter: periodInfo(quarter),
    nextQuarter: periodInfo(next),
    stages,
    total: {
      count: sum(stages.map((s) => s.total.count)),
      amount: fsum(stages.map((s) => s.total.amount)),
      missingAmount: sum(stages.map((s) => s.missingAmount)),
      byTiming: totalByTiming,
    },
  };
}

/** Ladder stages first, then other stages, then no stage. */
function rank(s: StagePipeline): number {
  return s.position !== null ? 0 : s.stage !== null ? 1 : 2;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
