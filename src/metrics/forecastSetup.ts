/**
 * Everything a forecast made on a date needs before it simulates, in one pass over the deals:
 * each deal as the exports of that date said it was (forecastDealAt), closed won, the forecast
 * categories, the weighted pipeline, the simulation's deals (each with its own random stream, its
 * win and slip probabilities and the columns it counts toward), the run-rate samples and the
 * common factors. Shared by the forecast (forecast.ts), its trials (forecastTrials.ts) and the
 * replay of past quarters (forecastBacktest.ts), so that all three draw exactly the same trials.
 */
import { fsum } from 'd3';
import type { FiscalPeriod, IsoDate, Model } from '../model/types.ts';
import type { StageLookup } from '../schema/stages.ts';
import type { OpenCategory } from './dealCategory.ts';
import { dealForecast } from './dealForecast.ts';
import { crmShare } from './dealProbability.ts';
import { forecastDealAt } from './forecastDealAt.ts';
import type { ForecastDeal } from './forecastTypes.ts';
import type { CommonFactor, RunRateStream, SimulationDeal } from './monteCarlo.ts';
import { quotaFor, type QuotaResult } from './quotaFor.ts';
import { streamKey } from './randomStream.ts';
import { runRate as runRateOf, type RunRate } from './runRate.ts';
import type { ScopeIndex } from './scopeIndex.ts';
import type { WinRates } from './winRates.ts';

export const CATEGORIES: readonly OpenCategory[] = ['commit', 'bestCase', 'pipeline', 'omitted'];

export interface ForecastSettings {
  trials: number;
  seed: number;
  minHistory: number;
  /** Strength of the Beta prior of learned rates, in deals (config forecast.priorStrength). */
  priorStrength: number;
  /** Common factor σ, or 'auto' (calibrated on the replay). */
  commonFactor: number | 'auto';
}

export interface ForecastSetupOptions {
  asOf: IsoDate;
  /** The periods forecast: the quarter holding the date, then optionally the next. */
  periods: readonly FiscalPeriod[];
  index: ScopeIndex;
  rates: WinRates;
  settings: ForecastSettings;
  stageLookup: StageLookup;
  /** Spread σ of the common factor per period (0: deals independent). */
  sigma: readonly number[];
}

export interface ForecastSetup {
  asOf: IsoDate;
  periods: readonly FiscalPeriod[];
  index: ScopeIndex;
  /** Scopes per period; column = period × n + scope. */
  n: number;
  columns: number;
  closedWon: number[];
  wonCount: number[];
  /** Per column × category: open amounts and counts. */
  byCategory: number[];
  countByCategory: number[];
  weightedOpen: number[];
  /** Baselines: open amount × the CRM probability (else the stage default), and × the stage default alone. */
  crmWeightedOpen: number[];
  stageWeightedOpen: number[];
  sources: Array<Record<'history' | 'crm' | 'stage default' | 'none', number>>;
  missing: number[];
  /** The deals simulated, parallel to `simIds`. */
  simDeals: SimulationDeal[];
  simIds: string[];
  /** The CRM probability (else stage default) of each simulated deal, parallel to simDeals. */
  simCrm: number[];
  deals: ForecastDeal[];
  quotas: QuotaResult[];
  runRates: RunRate[];
  runRate: RunRateStream[];
  factors: CommonFactor[];
  targets: Array<number | null>;
}

export function forecastSetup(model: Model, options: ForecastSetupOptions): ForecastSetup {
  const { asOf, periods, index, rates, settings, stageLookup } = options;
  const n = index.scopes.length;
  const cols = periods.length * n;
  const won = Array.from({ length: cols }, () => [] as number[]);
  const wonCount = new Array<number>(cols).fill(0);
  const byCategory = Array.from({ length: cols * CATEGORIES.length }, () => [] as number[]);
  const countByCategory = new Array<number>(cols * CATEGORIES.length).fill(0);
  const weightedOpen = Array.from({ length: cols }, () => [] as number[]);
  const crmWeighted = Array.from({ length: cols }, () => [] as number[]);
  const stageWeighted = Array.from({ length: cols }, () => [] as number[]);
  const sources = Array.from({ length: cols }, () => ({ history: 0, crm: 0, 'stage default': 0, none: 0 }));
  const missing = new Array<number>(cols).fill(0);
  const simDeals: SimulationDeal[] = [];
  const simIds: string[] = [];
  const simCrm: number[] = [];
  const deals: ForecastDeal[] = [];

  for (const deal of model.deals) {
    const view = forecastDealAt(deal, asOf, model);
    if (view === null || view.closeDate === null || view.status === 'lost') continue;
    const p = periods.findIndex((q) => view.closeDate! >= q.start && view.closeDate! <= q.end);
    if (p < 0) continue;
    const scopes = index.of(deal);
    const columns = scopes.map((s) => p * n + s);
    if (view.status === 'won') {
      for (const c of columns) {
        wonCount[c]! += 1;
        if (view.amount === null) missing[c]! += 1;
        else won[c]!.push(view.amount);
      }
      continue;
    }
    const period = periods[p]!;
    const f = dealForecast(deal, view, asOf, { rates, minHistory: settings.minHistory, stageLookup, priorStrength: settings.priorStrength, periodEnd: period.end });
    const k = CATEGORIES.indexOf(f.category.category);
    const prob = f.probability.probability;
    const stageDefault = view.stage === null ? 0 : (stageLookup(view.stage)?.probability ?? 0);
    const crm = crmShare(view.probability) ?? stageDefault;
    for (const c of columns) {
      countByCategory[c * CATEGORIES.length + k]! += 1;
      sources[c]![f.probability.source] += 1;
      if (view.amount === null) missing[c]! += 1;
      else {
        byCategory[c * CATEGORIES.length + k]!.push(view.amount);
        weightedOpen[c]!.push(view.amount * prob);
        crmWeighted[c]!.push(view.amount * crm);
        stageWeighted[c]!.push(view.amount * stageDefault);
      }
    }
    if (view.amount !== null) {
      simDeals.push({
        key: streamKey(settings.seed, 'deal', deal.id, period.key),
        amount: view.amount,
        probability: prob,
        slip: f.slip.probability,
        period: p,
        columns,
        slipColumns: p + 1 < periods.length ? scopes.map((s) => (p + 1) * n + s) : undefined,
      });
      simIds.push(deal.id);
      simCrm.push(crm);
    }
    deals.push({
      id: deal.id,
      name: deal.name,
      owner: deal.owner,
      stage: view.stage,
      amount: view.amount,
      closeDate: view.closeDate,
      period: period.key,
      category: f.category.category,
      categorySource: f.category.source,
      probability: prob,
      probabilitySource: f.probability.source,
      probabilityBasis: f.probability.basis,
      trials: f.probability.trials,
      wins: f.probability.wins,
      interval: f.probability.interval,
      prior: f.probability.prior,
      slip: f.slip.probability,
      crmProbability: crmShare(view.probability),
      daysInStage: f.daysInStage,
      weighted: view.amount === null ? 0 : view.amount * prob,
    });
  }

  const quotas = periods.flatMap((q) => index.scopes.map((scope) => quotaFor(model, scope, q)));
  const runRates = periods.map((q) => runRateOf(model, q, { asOf, index }));
  const runRate = runRates.map((r, p): RunRateStream => ({
    key: streamKey(settings.seed, 'run-rate', periods[p]!.key),
    samples: r.samples.map((sample) => {
      const row = new Float64Array(cols);
      for (let s = 0; s < n; s += 1) row[p * n + s] = sample.values[s]!;
      return row;
    }),
  }));
  const factors = periods.map((q, p): CommonFactor => ({ key: streamKey(settings.seed, 'factor', q.key), sigma: options.sigma[p] ?? 0 }));
  return {
    asOf,
    periods,
    index,
    n,
    columns: cols,
    closedWon: won.map((v) => fsum(v)),
    wonCount,
    byCategory: byCategory.map((v) => fsum(v)),
    countByCategory,
    weightedOpen: weightedOpen.map((v) => fsum(v)),
    crmWeightedOpen: crmWeighted.map((v) => fsum(v)),
    stageWeightedOpen: stageWeighted.map((v) => fsum(v)),
    sources,
    missing,
    simDeals,
    simIds,
    simCrm,
    deals,
    quotas,
    runRates,
    runRate,
    factors,
    targets: quotas.map((q) => q.amount),
  };
}
