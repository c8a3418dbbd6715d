/**
 * The forecast of a period as it stood at each observation point inside it (snapshot dates, and
 * weekly points before the first snapshot, from history rows or reconstructed states): closed
 * won, the cumulative Commit / Best Case / Pipeline roll-ups and the weighted forecast (closed won
 * + open deals × their win probability; the cheap stand-in for the simulated P50). Probabilities
 * are learned only from quarters that had closed before the period began, so a past forecast
 * never uses what happened later. For a closed period, each point is compared with the actual
 * bookings.
 */
import { Adder } from 'd3';
import { dayOfPeriod } from '../model/fiscalCalendar.ts';
import { minDate } from '../model/isoDate.ts';
import type { IsoDate, Model } from '../model/types.ts';
import type { StageConfig } from '../schema/configSchema.ts';
import { resolveStages, type StageLookup } from '../schema/stages.ts';
import { dealAsOf } from './dealAsOf.ts';
import { dealForecast } from './dealForecast.ts';
import { forecastAccuracy as accuracy, type ForecastAccuracy } from './forecastAccuracy.ts';
import { observationPoints } from './observationPoints.ts';
import { periodInfo, type PeriodLike, type PeriodSummary } from './periodInfo.ts';
import { scopeIndex, type ScopeIndex } from './scopeIndex.ts';
import type { ScopeLevel } from './scopes.ts';
import { winProbability, type WinProbabilityTable } from './winProbability.ts';
import { winRates } from './winRates.ts';

export interface ForecastHistoryOptions {
  companyName: string;
  /** Default: the model's as-of date. */
  asOf?: IsoDate;
  /** Past trials needed before a learned probability is used (config forecast.minHistory). Default 20. */
  minHistory?: number;
  /** config.stages: the stage ladder for default probabilities and categories. */
  stages?: StageConfig[];
  /** Overrides `stages`. */
  stageLookup?: StageLookup;
  /** A table already learned with winProbability (saves recomputing it). */
  table?: WinProbabilityTable;
  /** Only the latest point on or before this day of the period (else the first point). */
  atDay?: number;
  /** Scopes already numbered (saves recomputing them). */
  index?: ScopeIndex;
}

export interface ForecastHistoryPoint {
  date: IsoDate;
  origin: 'snapshot' | 'weekly';
  dayOfPeriod: number;
  /** Deals counted at this point whose state was reconstructed from created and close dates. */
  reconstructedDeals: number;
}

export interface ForecastHistoryValues {
  date: IsoDate;
  closedWon: number;
  /** Closed won + open Commit. */
  commit: number;
  /** Commit (incl. closed) + open Best Case. */
  bestCase: number;
  /** Best Case (incl.) + open Pipeline (Omitted never included). */
  pipeline: number;
  weightedOpen: number;
  /** closedWon + weightedOpen: the weighted forecast. */
  expected: number;
  /** For a closed period: the weighted forecast and the commit against the actual bookings. */
  accuracy: { expected: ForecastAccuracy; commit: ForecastAccuracy } | null;
}

export interface ForecastHistoryScope {
  scope: string;
  level: ScopeLevel;
  name: string;
  /** Bookings of the period as of the as-of date, when the period has closed; else null. */
  actual: number | null;
  points: ForecastHistoryValues[];
  /** Over this period's points: mean signed error (forecast - actual) and mean absolute percentage error of the weighted forecast. */
  bias: { meanSignedError: number; meanAbsolutePercentageError: number | null } | null;
}

export interface ForecastHistory {
  period: PeriodSummary;
  asOf: IsoDate;
  /** True when the period ended before the as-of date. */
  closed: boolean;
  points: ForecastHistoryPoint[];
  scopes: ForecastHistoryScope[];
}

/** Sums per scope: closed won, open Commit, open Best Case, open Pipeline, weighted open. */
const MEASURES = 5;

export function forecastHistory(model: Model, period: PeriodLike, options: ForecastHistoryOptions): ForecastHistory {
  const asOf = options.asOf ?? model.asOf;
  const stageLookup = options.stageLookup ?? resolveStages({ stages: options.stages });
  const table = options.table ?? winProbability(model, { asOf });
  const rates = winRates(table, { before: period.start });
  const index = options.index ?? scopeIndex(model, options.companyName);
  const closed = period.end < asOf;
  let points = observationPoints(model, { start: period.start, end: minDate(period.end, asOf) });
  if (options.atDay !== undefined && points.length > 0) {
    const upTo = points.filter((p) => dayOfPeriod(p.date, period) <= options.atDay!);
    points = [upTo[upTo.length - 1] ?? points[0]!];
  }
  const n = index.scopes.length;
  const deals = model.deals.map((deal) => ({ deal, scopes: index.of(deal) }));

  const actual = Array.from({ length: n }, () => new Adder());
  if (closed) {
    for (const { deal, scopes } of deals) {
      const view = dealAsOf(deal, asOf, model.asOf);
      if (view?.status === 'won' && view.amount !== null && inRange(view.closeDate, period)) {
        for (const s of scopes) actual[s]!.add(view.amount);
      }
    }
  }

  const outPoints: ForecastHistoryPoint[] = [];
  const values: ForecastHistoryValues[][] = Array.from({ length: n }, () => []);
  for (const point of points) {
    const sums = Array.from({ length: n * MEASURES }, () => new Adder());
    let reconstructed = 0;
    for (const { deal, scopes } of deals) {
      const view = dealAsOf(deal, point.date, model.asOf);
      if (view === null || view.amount === null || !inRange(view.closeDate, period)) continue;
      let measure: number;
      const amount = view.amount;
      if (view.status === 'won') measure = 0;
      else if (view.status === 'open') {
        const f = dealForecast(deal, view, point.date, { rates, minHistory: options.minHistory ?? 20, stageLookup });
        for (const s of scopes) sums[s * MEASURES + 4]!.add(amount * f.probability.probability);
        measure = f.category.category === 'commit' ? 1 : f.category.category === 'bestCase' ? 2 : f.category.category === 'pipeline' ? 3 : -1;
      } else continue;
      if (view.inferred) reconstructed += 1;
      if (measure >= 0) for (const s of scopes) sums[s * MEASURES + measure]!.add(amount);
    }
    outPoints.push({ date: point.date, origin: point.origin, dayOfPeriod: dayOfPeriod(point.date, period), reconstructedDeals: reconstructed });
    for (let s = 0; s < n; s += 1) {
      const get = (m: number) => +sums[s * MEASURES + m]!;
      const closedWon = get(0);
      const commit = closedWon + get(1);
      const bestCase = commit + get(2);
      const weightedOpen = get(4);
      const expected = closedWon + weightedOpen;
      const a = +actual[s]!;
      values[s]!.push({
        date: point.date,
        closedWon,
        commit,
        bestCase,
        pipeline: bestCase + get(3),
        weightedOpen,
        expected,
        accuracy: closed ? { expected: accuracy(expected, a), commit: accuracy(commit, a) } : null,
      });
    }
  }

  return {
    period: periodInfo(period),
    asOf,
    closed,
    points: outPoints,
    scopes: index.scopes.map((scope, s): ForecastHistoryScope => {
      const pts = values[s]!;
      const errors = closed ? pts.map((p) => p.accuracy!.expected) : [];
      const apes = errors.map((e) => e.absolutePercentageError).filter((x): x is number => x !== null);
      return {
        scope: scope.key,
        level: scope.level,
        name: scope.name,
        actual: closed ? +actual[s]! : null,
        points: pts,
        bias:
          !closed || pts.length === 0
            ? null
            : {
                meanSignedError: errors.reduce((sum, e) => sum + e.error, 0) / errors.length,
                meanAbsolutePercentageError: apes.length === 0 ? null : apes.reduce((x, y) => x + y, 0) / apes.length,
              },
      };
    }),
  };
}

function inRange(date: IsoDate | null, period: { start: IsoDate; end: IsoDate }): boolean {
  return date !== null && date >= period.start && date <= period.end;
}
