/**
 * What a forecast made on a date rests on, worked out once and shared by the forecast, its trials
 * and its replay: the settings (config forecast, defaults from the config schema), the stage
 * ladder, the periods (the quarter holding the date and the next), the scopes, the learned trial
 * table and the rates available on the date, and the common factor of each period.
 */
import { fiscalCalendar } from '../model/fiscalCalendar.ts';
import type { FiscalPeriod, IsoDate, Model } from '../model/types.ts';
import { ForecastConfigSchema } from '../schema/configSchema.ts';
import { resolveStages, type StageLookup } from '../schema/stages.ts';
import { commonFactorFit } from './commonFactorFit.ts';
import { forecastReplay, type ForecastReplay } from './forecastReplay.ts';
import type { ForecastSettings } from './forecastSetup.ts';
import type { CommonFactorFit, ForecastOptions } from './forecastTypes.ts';
import { scopeIndex, type ScopeIndex } from './scopeIndex.ts';
import { winProbability, type WinProbabilityTable } from './winProbability.ts';
import { winRates, type WinRates } from './winRates.ts';

export interface ForecastContext {
  asOf: IsoDate;
  settings: ForecastSettings;
  stageLookup: StageLookup;
  periods: FiscalPeriod[];
  index: ScopeIndex;
  table: WinProbabilityTable;
  rates: WinRates;
  factors: CommonFactorFit[];
  replay: ForecastReplay;
}

export function forecastSettings(options: Pick<ForecastOptions, 'forecast'>): ForecastSettings {
  const defaults = ForecastConfigSchema.parse({});
  return {
    trials: options.forecast?.trials ?? defaults.trials,
    seed: options.forecast?.seed ?? defaults.seed,
    minHistory: options.forecast?.minHistory ?? defaults.minHistory,
    priorStrength: options.forecast?.priorStrength ?? defaults.priorStrength,
    commonFactor: options.forecast?.commonFactor ?? defaults.commonFactor,
  };
}

export interface SharedForecastInputs {
  table?: WinProbabilityTable;
  index?: ScopeIndex;
  /** The replay of past dates (built with the same settings, stages and table). */
  replay?: ForecastReplay;
}

export function forecastContext(model: Model, options: ForecastOptions, shared: SharedForecastInputs = {}): ForecastContext {
  const asOf = options.asOf ?? model.asOf;
  const settings = forecastSettings(options);
  const stageLookup = options.stageLookup ?? resolveStages({ stages: options.stages });
  const cal = fiscalCalendar({ startMonth: model.fiscalYearStartMonth, naming: model.fiscalYearNaming });
  const current = cal.periodOf(asOf, 'quarter');
  const periods: FiscalPeriod[] = [current, cal.shift(current, 1)];
  const index = shared.index ?? scopeIndex(model, options.companyName);
  const table = shared.table ?? winProbability(model, { asOf: model.asOf });
  const rates = winRates(table, { before: current.start, asOf });
  const replay = shared.replay ?? forecastReplay(model, { companyName: options.companyName, settings, stageLookup, table, levels: ['company'] });
  const factors = periods.map((q) => commonFactorFit(replay, asOf, q.key));
  return { asOf, settings, stageLookup, periods, index, table, rates, factors, replay };
}
