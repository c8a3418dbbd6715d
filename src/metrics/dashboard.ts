/**
 * Everything the pages and the machine-readable outputs show, computed once from the model:
 * the periods, per-scope quarter metrics, the forecast and its history, pipeline risk, what
 * changed, rep periods and trends, and the retrospectives of closed quarters.
 */
import type { Config } from '../schema/configSchema.ts';
import type { Model } from '../model/types.ts';
import { dashboardPeriods, type DashboardPeriods } from './dashboardPeriods.ts';
import { forecast, forecastHistory, type Forecast, type ForecastHistory } from './forecast.ts';
import { compensationReport, type CompensationReport } from './compensation/compensationReport.ts';
import { forecastTrials } from './forecastTrials.ts';
import { forecastBacktest, type ForecastBacktest } from './forecastBacktest.ts';
import { forecastCalls, type ForecastCalls } from './forecastCalls.ts';
import { forecastSettings } from './forecastContext.ts';
import { forecastReplay } from './forecastReplay.ts';
import { winProbability } from './winProbability.ts';
import { resolveStages } from '../schema/stages.ts';
import { pacingCurve, type PacingCurve } from './pacingCurve.ts';
import { periodMetrics, type PeriodMetrics } from './periodMetrics.ts';
import { pipelineByCloseMonth, type PipelineByCloseMonth } from './pipelineByCloseMonth.ts';
import { pipelineByStage, type PipelineByStage } from './pipelineByStage.ts';
import { pipelineRisk, type PipelineRiskResult } from './pipelineRisk.ts';
import { repCoaching, type RepCoaching } from './repCoaching.ts';
import { repPeriods, type RepPeriodRow } from './repPeriods.ts';
import { repTrends, type RepTrendsResult } from './repTrends.ts';
import type { RetrospectiveResult } from './retrospective.ts';
import { retrospectives } from './retrospectives.ts';
import { scopes, type Scope } from './scopes.ts';
import { weekOverWeek, type WeekOverWeek } from './weekOverWeek.ts';
import { whatChanged, type WhatChangedResult } from './whatChanged.ts';

export interface Dashboard {
  companyName: string;
  currency: string;
  asOf: string;
  periods: DashboardPeriods;
  scopes: Scope[];
  /** Metrics of every scope in every quarter of `periods.quarters` and the next quarter, by quarter then scope order. */
  quarterMetrics: PeriodMetrics[];
  forecast: Forecast;
  /** The forecast replayed at every point of the last closed quarters, scored (forecast-backtest.json). */
  forecastBacktest: ForecastBacktest;
  /** The manager's calls next to the model (empty without a calls file). */
  forecastCalls: ForecastCalls;
  /** The forecast at every snapshot date of the current quarter. */
  forecastHistory: ForecastHistory;
  risk: PipelineRiskResult;
  changes: WhatChangedResult;
  repPeriods: RepPeriodRow[];
  repTrends: RepTrendsResult;
  retrospectives: RetrospectiveResult[];
  /** Estimated earnings from the config's compensation plans (empty without plans); payout ranges from the forecast's trials. */
  compensation: CompensationReport;
  /** The company's usual pace through the current quarter, day by day (the overview's pace chart). */
  pacingCurve: PacingCurve;
  /** Open pipeline by stage and by close month (the pipeline page's charts and their tables). */
  pipelineByStage: PipelineByStage;
  pipelineByCloseMonth: PipelineByCloseMonth;
  /** The headline numbers of every scope now and at the previous snapshot, with the quarter's series (weekOverWeek.ts). */
  weekOverWeek: WeekOverWeek[];
  /** Every rep with open deals: conversion and time in stage against the team, win rate by deal size (the one-on-one sheet). */
  repCoaching: RepCoaching[];
}

export function computeDashboard(model: Model, config: Config): Dashboard {
  const asOf = model.asOf;
  const companyName = config.companyName;
  const calendar = { fiscalYearStartMonth: model.fiscalYearStartMonth, fiscalYearNaming: model.fiscalYearNaming };
  const periods = dashboardPeriods(model, { asOf });
  const allScopes = scopes(model, companyName);
  const quarterMetrics = [...periods.quarters, periods.next].flatMap((quarter) =>
    allScopes.map((scope) => periodMetrics(model, scope, quarter, { asOf })),
  );
  const rows = repPeriods(model, { asOf });
  const stageOptions = { asOf, ...(config.stages === undefined ? {} : { stages: config.stages }) };
  const stageLookup = resolveStages({ stages: config.stages });
  const forecastOptions = { companyName, asOf, forecast: config.forecast, stages: config.stages, stageLookup };
  // Learned once, replayed once: the forecast's common factor and the backtest share the replay.
  const table = winProbability(model, { asOf: model.asOf });
  const replay = forecastReplay(model, { companyName, settings: forecastSettings(forecastOptions), stageLookup, table });
  const theForecast = forecast(model, forecastOptions, { table, replay });
  const backtest = forecastBacktest(model, replay, { asOf });
  const history = forecastHistory(model, periods.current, { companyName, asOf, minHistory: config.forecast.minHistory, stages: config.stages });
  const changes = whatChanged(model, { asOf, companyName, stages: config.stages, ...calendar });
  const previousDate = changes.kind === 'changes' ? changes.from : null;
  return {
    companyName,
    currency: model.currency,
    asOf,
    periods,
    scopes: allScopes,
    quarterMetrics,
    forecast: theForecast,
    forecastBacktest: backtest,
    forecastCalls: forecastCalls(model, theForecast, backtest, { companyName }),
    forecastHistory: history,
    risk: pipelineRisk(model, { asOf, companyName, thresholds: config.thresholds, stages: config.stages, ...calendar }),
    changes,
    repPeriods: rows,
    repTrends: repTrends(model, { asOf, rows }),
    retrospectives: retrospectives(model, { asOf, stages: config.stages, minHistory: config.forecast.minHistory }),
    compensation: compensationReport(model, config.compensation, {
      asOf,
      trials: config.compensation.plans.length === 0 ? null : forecastTrials(model, forecastOptions, { table, replay }),
    }),
    pacingCurve: pacingCurve(model, periods.current, { asOf }),
    pipelineByStage: pipelineByStage(model, stageOptions),
    pipelineByCloseMonth: pipelineByCloseMonth(model, stageOptions),
    weekOverWeek: allScopes.map((scope) => weekOverWeek(history, scope.key, previousDate)),
    repCoaching: repCoaching(model, { asOf, ...(config.stages === undefined ? {} : { stages: config.stages }) }),
  };
}
