/**
 * The period-end forecast for the current fiscal quarter (the one holding the as-of date) and the
 * next, for every scope (company, regions, teams, reps): closed won to date, the forecast
 * category roll-ups, the weighted pipeline with win probabilities learned from the company's own
 * history, a seeded Monte Carlo range with historical run-rate, pacing against past quarters, and
 * the track record of past forecasts. Every number carries the method used (forecastMethods.ts).
 */
import { fsum } from 'd3';
import { dayOfPeriod, fiscalCalendar, periodLength } from '../model/fiscalCalendar.ts';
import type { FiscalPeriod, Model } from '../model/types.ts';
import { ForecastConfigSchema } from '../schema/configSchema.ts';
import { resolveStages } from '../schema/stages.ts';
import { dealAsOf } from './dealAsOf.ts';
import type { OpenCategory } from './dealCategory.ts';
import { dealForecast } from './dealForecast.ts';
import { FORECAST_METHODS } from './forecastMethods.ts';
import { forecastTrackRecord } from './forecastTrackRecord.ts';
import type { AmountCount, Forecast, ForecastDeal, ForecastOptions, PeriodForecast, ScopeForecast } from './forecastTypes.ts';
import { monteCarlo, type SimulationDeal } from './monteCarlo.ts';
import { pacing as pacingCurve } from './pacing.ts';
import { pacingStatus } from './pacingStatus.ts';
import { periodInfo } from './periodInfo.ts';
import { quotaFor } from './quotaFor.ts';
import { ratio } from './ratio.ts';
import { runRate as runRateOf } from './runRate.ts';
import { scopeIndex } from './scopeIndex.ts';
import { winProbability } from './winProbability.ts';
import { winRates } from './winRates.ts';

export { forecastHistory } from './forecastHistory.ts';
export type { ForecastHistory, ForecastHistoryOptions } from './forecastHistory.ts';
export type * from './forecastTypes.ts';

const CATEGORIES: readonly OpenCategory[] = ['commit', 'bestCase', 'pipeline', 'omitted'];

export function forecast(model: Model, options: ForecastOptions): Forecast {
  const asOf = options.asOf ?? model.asOf;
  const defaults = ForecastConfigSchema.parse({});
  const settings = {
    trials: options.forecast?.trials ?? defaults.trials,
    seed: options.forecast?.seed ?? defaults.seed,
    minHistory: options.forecast?.minHistory ?? defaults.minHistory,
  };
  const stageLookup = options.stageLookup ?? resolveStages({ stages: options.stages });
  const cal = fiscalCalendar({ startMonth: model.fiscalYearStartMonth, naming: model.fiscalYearNaming });
  const current = cal.periodOf(asOf, 'quarter');
  const periods: FiscalPeriod[] = [current, cal.shift(current, 1)];
  const index = scopeIndex(model, options.companyName);
  const n = index.scopes.length;
  const table = winProbability(model, { asOf });
  const rates = winRates(table, { before: current.start });

  // One pass over the deals: closed won, categories, weights, simulation inputs.
  const cols = periods.length * n;
  const won = Array.from({ length: cols }, () => [] as number[]);
  const wonCount = new Array<number>(cols).fill(0);
  const byCategory = Array.from({ length: cols * CATEGORIES.length }, () => [] as number[]);
  const countByCategory = new Array<number>(cols * CATEGORIES.length).fill(0);
  const weightedOpen = Array.from({ length: cols }, () => [] as number[]);
  const sources = Array.from({ length: cols }, () => ({ history: 0, crm: 0, 'stage default': 0, none: 0 }));
  const missing = new Array<number>(cols).fill(0);
  const simDeals: SimulationDeal[] = [];
  const deals: ForecastDeal[] = [];

  for (const deal of model.deals) {
    const view = dealAsOf(deal, asOf, model.asOf);
    if (view === null || view.closeDate === null || view.status === 'lost') continue;
    const p = periods.findIndex((q) => view.closeDate! >= q.start && view.closeDate! <= q.end);
    if (p < 0) continue;
    const columns = index.of(deal).map((s) => p * n + s);
    if (view.status === 'won') {
      for (const c of columns) {
        wonCount[c]! += 1;
        if (view.amount === null) missing[c]! += 1;
        else won[c]!.push(view.amount);
      }
      continue;
    }
    const f = dealForecast(deal, view, asOf, { rates, minHistory: settings.minHistory, stageLookup });
    const k = CATEGORIES.indexOf(f.category.category);
    const prob = f.probability.probability;
    for (const c of columns) {
      countByCategory[c * CATEGORIES.length + k]! += 1;
      sources[c]![f.probability.source] += 1;
      if (view.amount === null) missing[c]! += 1;
      else {
        byCategory[c * CATEGORIES.length + k]!.push(view.amount);
        weightedOpen[c]!.push(view.amount * prob);
      }
    }
    if (view.amount !== null && view.amount !== 0 && prob > 0) simDeals.push({ amount: view.amount, probability: prob, columns });
    deals.push({
      id: deal.id,
      name: deal.name,
      owner: deal.owner,
      stage: view.stage,
      amount: view.amount,
      closeDate: view.closeDate,
      period: periods[p]!.key,
      category: f.category.category,
      categorySource: f.category.source,
      probability: prob,
      probabilitySource: f.probability.source,
      probabilityBasis: f.probability.basis,
      trials: f.probability.trials,
      wins: f.probability.wins,
      daysInStage: f.daysInStage,
      weighted: view.amount === null ? 0 : view.amount * prob,
    });
  }

  const quotas = periods.flatMap((q) => index.scopes.map((scope) => quotaFor(model, scope, q)));
  const runRates = periods.map((q) => runRateOf(model, q, { asOf, index }));
  const closedWon = won.map((v) => fsum(v));
  // Run-rate samples as rows over all columns: draw k takes the k-th sample of each period. Both
  // periods look back at the same closed quarters, so they have as many samples; should one have
  // fewer, its samples repeat in turn.
  const sampleCount = Math.max(0, ...runRates.map((r) => r.samples.length));
  const runRateColumns = Array.from({ length: sampleCount }, (_, k) => {
    const row = new Float64Array(cols);
    runRates.forEach((r, p) => {
      if (r.samples.length === 0) return;
      const sample = r.samples[k % r.samples.length]!;
      for (let s = 0; s < n; s += 1) row[p * n + s] = sample.values[s]!;
    });
    return row;
  });
  const simulation = monteCarlo({
    trials: settings.trials,
    seed: settings.seed,
    columns: cols,
    deals: simDeals,
    fixed: closedWon,
    runRate: runRateColumns,
    targets: quotas.map((q) => q.amount),
    // The company's distribution in each period, for the forecast page's histogram.
    histogram: { columns: periods.map((_, p) => p * n) },
  });

  const curve = pacingCurve(model, current, { asOf, index });
  const track = forecastTrackRecord(model, { asOf, current, companyName: options.companyName, table, index, stageLookup, minHistory: settings.minHistory });

  const periodsOut = periods.map((q, p): PeriodForecast => {
    const isCurrent = p === 0;
    const scopesOut = index.scopes.map((scope, s): ScopeForecast => {
      const c = p * n + s;
      const quota = quotas[c]!;
      const open = Object.fromEntries(
        CATEGORIES.map((cat, k) => [cat, { amount: fsum(byCategory[c * CATEGORIES.length + k]!), count: countByCategory[c * CATEGORIES.length + k]! }]),
      ) as Record<OpenCategory, AmountCount>;
      const commit = closedWon[c]! + open.commit.amount;
      const bestCase = commit + open.bestCase.amount;
      const weighted = fsum(weightedOpen[c]!);
      const sim = simulation[c]!;
      return {
        scope: scope.key,
        level: scope.level,
        name: scope.name,
        quota: quota.amount,
        quotaSource: quota.source,
        closedWon: { amount: closedWon[c]!, count: wonCount[c]! },
        open: {
          ...open,
          total: {
            amount: fsum(CATEGORIES.map((cat) => open[cat].amount)),
            count: CATEGORIES.reduce((sum, cat) => sum + open[cat].count, 0),
          },
        },
        rollup: { commit, bestCase, pipeline: bestCase + open.pipeline.amount },
        weighted: { open: weighted, total: closedWon[c]! + weighted, sources: sources[c]! },
        runRate: runRates[p]!.mean[s]!,
        simulation: { p10: sim.p10, p50: sim.p50, p90: sim.p90, mean: sim.mean, probabilityOfQuota: sim.probabilityOfTarget },
        pacing: isCurrent ? pacingStatus(closedWon[c]!, curve.shares[s] ?? null, curve.sources[s] ?? null, quota.amount) : null,
        trackRecord: isCurrent ? (track[s] ?? null) : null,
        missingAmountCount: missing[c]!,
      };
    });
    return {
      kind: isCurrent ? 'current' : 'next',
      period: periodInfo(q),
      day: isCurrent ? dayOfPeriod(asOf, q) : 0,
      length: periodLength(q),
      daysLeft: runRates[p]!.daysLeft,
      runRate: { samples: runRates[p]!.samples.map(({ period, point, daysLeft, scale }) => ({ period, point, daysLeft, scale })) },
      pacingQuarters: isCurrent ? curve.quarters : [],
      histogram: simulation[p * n]!.histogram ?? [],
      scopes: scopesOut,
    };
  });

  deals.sort((a, b) => (a.period === b.period ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : a.period < b.period ? -1 : 1));
  const learnedQuarters = table.quarters.filter((q) => q.end < current.start).map((q) => q.key);
  return {
    asOf,
    currency: model.currency,
    settings: { trials: settings.trials, seed: settings.seed, minHistory: settings.minHistory },
    methods: FORECAST_METHODS,
    periods: periodsOut,
    deals,
    learned: {
      quarters: learnedQuarters,
      stages: [...rates.values()]
        .sort((a, b) => (a.stage < b.stage ? -1 : a.stage > b.stage ? 1 : 0))
        .map((r) => ({
          stage: r.stage,
          trials: r.trials,
          wins: r.wins,
          rate: ratio(r.wins, r.trials),
          buckets: [...r.buckets.entries()]
            .sort(([a], [b]) => BUCKET_ORDER.indexOf(a) - BUCKET_ORDER.indexOf(b))
            .map(([bucket, t]) => ({ bucket, trials: t.trials, wins: t.wins, rate: ratio(t.wins, t.trials) })),
        })),
    },
  };
}

const BUCKET_ORDER = ['0-14', '15-45', '46+', 'unknown'];
