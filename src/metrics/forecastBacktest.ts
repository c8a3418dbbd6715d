/**
 * The replayed track record: for each of the last quarters that have closed (up to 8), the
 * forecast is replayed at every observation point inside it (snapshot dates, and weekly points
 * before the first snapshot, marked reconstructed), using only what was known on that date
 * (forecastReplay: deals as the exports of the date said, rates from quarters closed before,
 * the common factor calibrated on the quarters closed before). Each point is scored against what
 * the quarter closed with: the P50's absolute percentage error, the pinball loss of P10/P50/P90,
 * whether P10-P90 held the actual, and the same errors for the baselines (the learned weighted
 * pipeline, the CRM-probability-weighted pipeline, the stage-weighted pipeline, the commit
 * roll-up, the run-rate alone); per quarter, per week of quarter, and over all, for the company,
 * its regions and its teams; and the deals' probabilities by Brier score and reliability.
 */
import { dayOfPeriod } from '../model/fiscalCalendar.ts';
import { addDays, minDate } from '../model/isoDate.ts';
import type { FiscalPeriod, IsoDate, Model } from '../model/types.ts';
import { BASELINES, type BacktestPoint, type BacktestQuarter, type BacktestScope, type BacktestSummary, type BacktestWeek, type DealCalibration, type ForecastBacktest, type Method } from './forecastBacktestTypes.ts';
import { commonFactorFit } from './commonFactorFit.ts';
import { forecastDealAt } from './forecastDealAt.ts';
import type { ForecastReplay } from './forecastReplay.ts';
import { CATEGORIES } from './forecastSetup.ts';
import { absolutePercentageError, brierScore, covered, meanOf, pinballLoss, reliabilityBins } from './forecastScores.ts';
import { monteCarlo } from './monteCarlo.ts';

export type * from './forecastBacktestTypes.ts';

export interface ForecastBacktestOptions {
  /** Default: the model's as-of date. */
  asOf?: IsoDate;
  /** Closed quarters replayed, newest back (default 8). */
  quarters?: number;
}

const METHODS: readonly Method[] = ['p50', ...BASELINES];

export function forecastBacktest(model: Model, replay: ForecastReplay, options: ForecastBacktestOptions = {}): ForecastBacktest {
  const asOf = options.asOf ?? model.asOf;
  const { calendar, index, settings } = replay;
  const n = index.scopes.length;
  const current = calendar.periodOf(asOf, 'quarter');
  const firstSnapshot = model.snapshots[0]?.date ?? null;
  const quarters: FiscalPeriod[] = [];
  for (let j = options.quarters ?? 8; j >= 1; j -= 1) {
    const q = calendar.shift(current, -j);
    if (q.end < asOf && replay.points(q).length > 0) quarters.push(q);
  }
  const perScope: BacktestQuarter[][] = index.scopes.map(() => []);
  const predictions = { snapshots: [] as Prediction[], reconstructed: [] as Prediction[] };

  for (const q of quarters) {
    const actual = replay.bookings(q, asOf);
    const wonIds = wonInQuarter(model, q, asOf);
    const points = index.scopes.map(() => [] as BacktestPoint[]);
    for (const point of replay.points(q)) {
      const date = point.date;
      const setup = replay.setupAt(q, date);
      const fit = commonFactorFit(replay, date, q.key);
      const sim = monteCarlo({
        trials: replay.trials,
        columns: setup.columns,
        deals: setup.simDeals,
        fixed: setup.closedWon,
        runRate: setup.runRate,
        factors: [{ key: setup.factors[0]!.key, sigma: fit.sigma }],
        targets: setup.targets,
      });
      const day = dayOfPeriod(date, q);
      const runRate = runRateAlone(replay, q, day, date);
      const reconstructed = firstSnapshot === null || date < firstSnapshot;
      const K = CATEGORIES.length;
      for (let s = 0; s < n; s += 1) {
        const closedWon = setup.closedWon[s]!;
        const commit = closedWon + setup.byCategory[s * K]!;
        const values = {
          p50: sim[s]!.p50,
          weighted: closedWon + setup.weightedOpen[s]!,
          crmWeighted: closedWon + setup.crmWeightedOpen[s]!,
          stageWeighted: closedWon + setup.stageWeightedOpen[s]!,
          commit,
          runRate: closedWon + runRate[s]!,
        };
        const a = actual[s]!;
        points[s]!.push({
          asOf: date,
          day,
          p10: sim[s]!.p10,
          p50: sim[s]!.p50,
          p90: sim[s]!.p90,
          probabilityOfQuota: sim[s]!.probabilityOfTarget,
          weighted: values.weighted,
          commit,
          bestCase: commit + setup.byCategory[s * K + 1]!,
          reconstructed,
          closedWon,
          quota: setup.targets[s] ?? null,
          crmWeighted: values.crmWeighted,
          stageWeighted: values.stageWeighted,
          runRate: values.runRate,
          sigma: fit.sigma,
          covered: covered(sim[s]!.p10, sim[s]!.p90, a),
          ape: Object.fromEntries(METHODS.map((m) => [m, absolutePercentageError(values[m], a)])) as Record<Method, number | null>,
          pinball: { p10: pinballLoss(sim[s]!.p10, a, 0.1), p50: pinballLoss(sim[s]!.p50, a, 0.5), p90: pinballLoss(sim[s]!.p90, a, 0.9) },
        });
      }
      const into = reconstructed ? predictions.reconstructed : predictions.snapshots;
      setup.simDeals.forEach((d, i) => {
        if (d.columns.includes(0)) into.push({ p: d.probability, crm: setup.simCrm[i]!, won: wonIds.has(setup.simIds[i]!) });
      });
    }
    index.scopes.forEach((_, s) => perScope[s]!.push({ period: q.key, label: q.label, start: q.start, end: q.end, actual: actual[s]!, points: points[s]! }));
  }

  const scopes = index.scopes.map((scope, s): BacktestScope => ({
    scope: scope.key,
    level: scope.level,
    name: scope.name,
    quarters: perScope[s]!,
    summary: summarize(perScope[s]!, perScope[s]!.flatMap((q) => q.points.map((p) => ({ p, actual: q.actual })))),
    byWeek: byWeek(perScope[s]!),
  }));
  const company = scopes[0]!;
  return {
    scope: 'company',
    asOf,
    currency: model.currency,
    trials: replay.trials,
    seed: settings.seed,
    quarters: company.quarters,
    summary: company.summary,
    byWeek: company.byWeek,
    scopes,
    deals: dealCalibration(predictions),
  };
}

interface Prediction {
  p: number;
  crm: number;
  won: boolean;
}

function wonInQuarter(model: Model, q: FiscalPeriod, asOf: IsoDate): Set<string> {
  const ids = new Set<string>();
  for (const deal of model.deals) {
    const view = forecastDealAt(deal, asOf, model);
    if (view?.status === 'won' && view.closeDate !== null && view.closeDate >= q.start && view.closeDate <= q.end) ids.add(deal.id);
  }
  return ids;
}

/** Per scope: the mean over the last four closed quarters before q of what they booked after the same day (as known on `date`). */
function runRateAlone(replay: ForecastReplay, q: FiscalPeriod, day: number, date: IsoDate): number[] {
  const { model, calendar, index } = replay;
  const past = [1, 2, 3, 4].map((j) => {
    const p = calendar.shift(q, -j);
    return { p, point: minDate(addDays(p.start, day - 1), p.end) };
  });
  const sums = index.scopes.map(() => 0);
  for (const deal of model.deals) {
    const view = forecastDealAt(deal, date, model);
    if (view === null || view.status !== 'won' || view.amount === null || view.closeDate === null) continue;
    const close = view.closeDate;
    if (!past.some(({ p, point }) => close > point && close <= p.end)) continue;
    for (const s of index.of(deal)) sums[s] = sums[s]! + view.amount;
  }
  return sums.map((v) => v / past.length);
}

function summarize(quarters: readonly BacktestQuarter[], rows: ReadonlyArray<{ p: BacktestPoint; actual: number }>): BacktestSummary {
  const rel = (loss: number, actual: number) => (actual === 0 ? null : loss / actual);
  return {
    points: rows.length,
    quarters: quarters.length,
    coverage: rows.length === 0 ? null : rows.filter((r) => r.p.covered).length / rows.length,
    mape: Object.fromEntries(METHODS.map((m) => [m, meanOf(rows.map((r) => r.p.ape[m]))])) as Record<Method, number | null>,
    pinball: {
      p10: meanOf(rows.map((r) => rel(r.p.pinball.p10, r.actual))),
      p50: meanOf(rows.map((r) => rel(r.p.pinball.p50, r.actual))),
      p90: meanOf(rows.map((r) => rel(r.p.pinball.p90, r.actual))),
    },
  };
}

function byWeek(quarters: readonly BacktestQuarter[]): BacktestWeek[] {
  const weeks = new Map<number, Array<{ p: BacktestPoint; actual: number }>>();
  for (const q of quarters) {
    for (const p of q.points) {
      const week = Math.ceil(p.day / 7);
      const list = weeks.get(week) ?? [];
      list.push({ p, actual: q.actual });
      weeks.set(week, list);
    }
  }
  return [...weeks.entries()]
    .sort(([a], [b]) => a - b)
    .map(([week, rows]) => ({ week, ...summarize(quarters.filter((q) => q.points.some((p) => Math.ceil(p.day / 7) === week)), rows) }));
}

function dealCalibration(predictions: { snapshots: Prediction[]; reconstructed: Prediction[] }): DealCalibration {
  const basis = predictions.snapshots.length > 0 ? 'snapshots' : predictions.reconstructed.length > 0 ? 'reconstructed' : 'none';
  const list = basis === 'reconstructed' ? predictions.reconstructed : predictions.snapshots;
  const model = list.map((x) => ({ p: x.p, won: x.won }));
  const crm = list.map((x) => ({ p: x.crm, won: x.won }));
  return { basis, predictions: list.length, brier: brierScore(model), crmBrier: brierScore(crm), reliability: reliabilityBins(model), crmReliability: reliabilityBins(crm) };
}
