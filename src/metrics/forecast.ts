/**
 * The period-end forecast for the current fiscal quarter (the one holding the as-of date) and the
 * next, for every scope (company, regions, teams, reps): closed won to date, the forecast
 * category roll-ups, the weighted pipeline with win probabilities learned from the company's own
 * history (pulled toward the CRM probability or stage default), a seeded Monte Carlo range with
 * slips, a common factor and historical run-rate, pacing against past quarters, and the track
 * record of past forecasts. Every number carries the method used (forecastMethods.ts). Every
 * input is what the exports known on the as-of date said (forecastDealAt, winProbability).
 */
import { dayOfPeriod, periodLength } from '../model/fiscalCalendar.ts';
import type { Model } from '../model/types.ts';
import type { OpenCategory } from './dealCategory.ts';
import { FORECAST_METHODS } from './forecastMethods.ts';
import { forecastContext, type SharedForecastInputs } from './forecastContext.ts';
import { CATEGORIES, forecastSetup } from './forecastSetup.ts';
import { forecastTrackRecord } from './forecastTrackRecord.ts';
import type { AmountCount, Forecast, ForecastOptions, PeriodForecast, ScopeForecast } from './forecastTypes.ts';
import { learnedStages } from './learnedStages.ts';
import { monteCarlo } from './monteCarlo.ts';
import { pacing as pacingCurve } from './pacing.ts';
import { pacingStatus } from './pacingStatus.ts';
import { periodInfo } from './periodInfo.ts';

export { forecastHistory } from './forecastHistory.ts';
export type { ForecastHistory, ForecastHistoryOptions } from './forecastHistory.ts';
export type * from './forecastTypes.ts';

export function forecast(model: Model, options: ForecastOptions, shared: SharedForecastInputs = {}): Forecast {
  const ctx = forecastContext(model, options, shared);
  const { asOf, settings, periods, index, table, rates, stageLookup } = ctx;
  const current = periods[0]!;
  const n = index.scopes.length;
  const setup = forecastSetup(model, { asOf, periods, index, rates, settings, stageLookup, sigma: ctx.factors.map((f) => f.sigma) });
  const simulation = monteCarlo({
    trials: settings.trials,
    columns: setup.columns,
    deals: setup.simDeals,
    fixed: setup.closedWon,
    runRate: setup.runRate,
    factors: setup.factors,
    targets: setup.targets,
    // The company's distribution in each period, for the forecast page's histogram.
    histogram: { columns: periods.map((_, p) => p * n) },
  });

  const curve = pacingCurve(model, current, { asOf, index });
  const track = forecastTrackRecord(model, { asOf, current, companyName: options.companyName, table, index, stageLookup, minHistory: settings.minHistory });

  const periodsOut = periods.map((q, p): PeriodForecast => {
    const isCurrent = p === 0;
    const scopesOut = index.scopes.map((scope, s): ScopeForecast => {
      const c = p * n + s;
      const quota = setup.quotas[c]!;
      const closedWon = setup.closedWon[c]!;
      const open = Object.fromEntries(
        CATEGORIES.map((cat, k) => [cat, { amount: setup.byCategory[c * CATEGORIES.length + k]!, count: setup.countByCategory[c * CATEGORIES.length + k]! }]),
      ) as Record<OpenCategory, AmountCount>;
      const commit = closedWon + open.commit.amount;
      const bestCase = commit + open.bestCase.amount;
      const weighted = setup.weightedOpen[c]!;
      const sim = simulation[c]!;
      return {
        scope: scope.key,
        level: scope.level,
        name: scope.name,
        quota: quota.amount,
        quotaSource: quota.source,
        closedWon: { amount: closedWon, count: setup.wonCount[c]! },
        open: {
          ...open,
          total: {
            amount: CATEGORIES.reduce((sum, cat) => sum + open[cat].amount, 0),
            count: CATEGORIES.reduce((sum, cat) => sum + open[cat].count, 0),
          },
        },
        rollup: { commit, bestCase, pipeline: bestCase + open.pipeline.amount },
        weighted: { open: weighted, total: closedWon + weighted, sources: setup.sources[c]! },
        runRate: setup.runRates[p]!.mean[s]!,
        simulation: { p10: sim.p10, p50: sim.p50, p90: sim.p90, mean: sim.mean, probabilityOfQuota: sim.probabilityOfTarget },
        pacing: isCurrent ? pacingStatus(closedWon, curve.shares[s] ?? null, curve.sources[s] ?? null, quota.amount) : null,
        trackRecord: isCurrent ? (track[s] ?? null) : null,
        missingAmountCount: setup.missing[c]!,
      };
    });
    return {
      kind: isCurrent ? 'current' : 'next',
      period: periodInfo(q),
      day: isCurrent ? dayOfPeriod(asOf, q) : 0,
      length: periodLength(q),
      daysLeft: setup.runRates[p]!.daysLeft,
      runRate: { samples: setup.runRates[p]!.samples.map(({ period, point, daysLeft, scale }) => ({ period, point, daysLeft, scale })) },
      pacingQuarters: isCurrent ? curve.quarters : [],
      histogram: simulation[p * n]!.histogram ?? [],
      scopes: scopesOut,
    };
  });

  const deals = [...setup.deals].sort((a, b) => (a.period === b.period ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : a.period < b.period ? -1 : 1));
  const learnedQuarters = table.quarters.filter((q) => q.end < current.start).map((q) => q.key);
  return {
    asOf,
    currency: model.currency,
    settings: { trials: settings.trials, seed: settings.seed, minHistory: settings.minHistory, priorStrength: settings.priorStrength, commonFactor: settings.commonFactor },
    commonFactor: ctx.factors,
    methods: FORECAST_METHODS,
    periods: periodsOut,
    deals,
    learned: { quarters: learnedQuarters, stages: learnedStages(rates, { stageLookup, priorStrength: settings.priorStrength, minHistory: settings.minHistory }) },
  };
}
