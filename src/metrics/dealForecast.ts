/**
 * How one open deal enters a forecast made on a date: its forecast category and its probability
 * of being won within the period of its close date, with their sources.
 */
import type { Deal, IsoDate } from '../model/types.ts';
import type { StageLookup } from '../schema/stages.ts';
import type { DealView } from './dealAsOf.ts';
import { dealCategory, type DealCategory } from './dealCategory.ts';
import { dealProbability, type DealProbability } from './dealProbability.ts';
import { daysInStageAt } from './daysInStageAt.ts';
import type { WinRates } from './winRates.ts';

export interface DealForecast {
  category: DealCategory;
  probability: DealProbability;
  daysInStage: number | null;
}

export interface DealForecastOptions {
  rates: WinRates;
  minHistory: number;
  stageLookup: StageLookup;
}

export function dealForecast(deal: Deal, view: DealView, date: IsoDate, options: DealForecastOptions): DealForecast {
  const daysInStage = view.stage === null ? null : daysInStageAt(deal, view.stage, date);
  return {
    category: dealCategory(view, options.stageLookup),
    probability: dealProbability({ stage: view.stage, daysInStage, crmProbability: view.probability }, options),
    daysInStage,
  };
}
