/**
 * A closed quarter's company forecast as it stood at three moments: its start, its middle and its
 * last week. The values come from forecastHistory (closed won, Commit including closed, Best Case
 * including Commit, and the weighted forecast = closed won + open deals times their learned, CRM
 * or stage-default win probability); each moment takes the observation point nearest its target
 * date (a snapshot date, or a weekly point before the first snapshot whose states come from
 * history rows or are reconstructed from created and close dates).
 */
import { dayOfPeriod, periodLength } from '../model/fiscalCalendar.ts';
import { addDays, daysBetween, minDate } from '../model/isoDate.ts';
import type { FiscalPeriod, IsoDate, Model } from '../model/types.ts';
import type { StageConfig } from '../schema/configSchema.ts';
import type { ForecastAccuracy } from './forecastAccuracy.ts';
import { forecastHistory } from './forecastHistory.ts';
import { observationPoints, type ObservationPoint } from './observationPoints.ts';
import type { Scope } from './scopes.ts';
import { winProbability, type WinProbabilityTable } from './winProbability.ts';

export type ForecastPointName = 'start' | 'middle' | 'last week';

export interface RetrospectiveForecastPoint {
  point: ForecastPointName;
  /** The date aimed at: the quarter's first day, its middle day, the first day of its last seven. */
  target: IsoDate;
  /** The observation point used (nearest the target; the earlier one on a tie); null when the quarter has none. */
  date: IsoDate | null;
  /** |date - target| in days; null without a point. */
  daysFromTarget: number | null;
  /** 'snapshot' on a snapshot date; 'weekly' for a point before the first snapshot. */
  origin: 'snapshot' | 'weekly' | null;
  /** True when any deal counted at the point had its state reconstructed from created and close dates. */
  reconstructed: boolean;
  reconstructedDeals: number;
  /** Deals won with a close date in the quarter, as known on the date. Null without a point. */
  closedWon: number | null;
  /** Closed won plus open Commit deals due in the quarter. */
  commit: number | null;
  /** Commit plus open Best Case deals due in the quarter. */
  bestCase: number | null;
  /** Closed won plus each open deal due in the quarter times its win probability. */
  weighted: number | null;
  /** Against the quarter's actual bookings: error (forecast - actual), ratio, absolute percentage error. */
  commitAccuracy: ForecastAccuracy | null;
  weightedAccuracy: ForecastAccuracy | null;
}

export interface RetrospectiveForecastOptions {
  /** Default the model's as-of date. */
  asOf?: IsoDate;
  /** config.stages: the stage ladder for default categories and probabilities. */
  stages?: StageConfig[];
  /** config.forecast.minHistory (default 20). */
  minHistory?: number;
  /** The learned trial table when already computed (winProbability(model)). */
  winTable?: WinProbabilityTable;
}

const COMPANY: Scope = { level: 'company', name: 'company', key: 'company', team: null, region: null };

export function retrospectiveForecast(
  model: Model,
  quarter: FiscalPeriod,
  options: RetrospectiveForecastOptions = {},
): RetrospectiveForecastPoint[] {
  const asOf = options.asOf ?? model.asOf;
  const table = options.winTable ?? winProbability(model, { asOf });
  const points = observationPoints(model, { start: quarter.start, end: minDate(quarter.end, asOf) });
  const targets: [ForecastPointName, IsoDate][] = [
    ['start', quarter.start],
    ['middle', addDays(quarter.start, Math.floor((periodLength(quarter) - 1) / 2))],
    ['last week', addDays(quarter.end, -6)],
  ];
  return targets.map(([point, target]) => {
    const chosen = nearest(points, target);
    // forecastHistory at that one point only (the latest point on or before its day is the point itself).
    const history =
      chosen === null
        ? null
        : forecastHistory(model, quarter, {
            companyName: COMPANY.name,
            asOf,
            minHistory: options.minHistory,
            stages: options.stages,
            table,
            atDay: dayOfPeriod(chosen.date, quarter),
            // The company only: every deal counts toward it.
            index: { scopes: [COMPANY], of: () => [0] },
          });
    const at = history?.points[0] ?? null;
    const v = history?.scopes[0]?.points[0] ?? null;
    return {
      point,
      target,
      date: at?.date ?? null,
      daysFromTarget: at === null ? null : Math.abs(daysBetween(target, at.date)),
      origin: at?.origin ?? null,
      reconstructed: (at?.reconstructedDeals ?? 0) > 0,
      reconstructedDeals: at?.reconstructedDeals ?? 0,
      closedWon: v?.closedWon ?? null,
      commit: v?.commit ?? null,
      bestCase: v?.bestCase ?? null,
      weighted: v?.expected ?? null,
      commitAccuracy: v?.accuracy?.commit ?? null,
      weightedAccuracy: v?.accuracy?.expected ?? null,
    };
  });
}

/** The point nearest the target (the earlier one on a tie); null when there is none. */
function nearest(points: readonly ObservationPoint[], target: IsoDate): ObservationPoint | null {
  let best: ObservationPoint | null = null;
  let bestDistance = Infinity;
  for (const p of points) {
    const distance = Math.abs(daysBetween(target, p.date));
    if (distance < bestDistance || (distance === bestDistance && best !== null && p.date < best.date)) {
      best = p;
      bestDistance = distance;
    }
  }
  return best;
}
