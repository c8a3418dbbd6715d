/**
 * How one open deal enters a forecast made on a date: its forecast category, its probability of
 * being won within the period of its close date and of slipping out of it, with their sources.
 */
import { daysBetween } from '../model/isoDate.ts';
import type { Deal, IsoDate } from '../model/types.ts';
import type { StageLookup } from '../schema/stages.ts';
import type { DealView } from './dealAsOf.ts';
import { dealCategory, type DealCategory } from './dealCategory.ts';
import { dealProbability, type DealProbability } from './dealProbability.ts';
import { dealSlip, type DealSlip } from './dealSlip.ts';
import { daysInStageAt } from './daysInStageAt.ts';
import type { WinRates } from './winRates.ts';

export interface DealForecast {
  category: DealCategory;
  probability: DealProbability;
  slip: DealSlip;
  daysInStage: number | null;
}

export interface DealForecastOptions {
  rates: WinRates;
  minHistory: number;
  stageLookup: StageLookup;
  priorStrength?: number;
  /** End of the deal's period (for the days left); default: its close date. */
  periodEnd?: IsoDate;
}

export function dealForecast(deal: Deal, view: DealView, date: IsoDate, options: DealForecastOptions): DealForecast {
  const daysInStage = view.stage === null ? null : daysInStageAt(deal, view.stage, date);
  const probability = dealProbability({ stage: view.stage, daysInStage, crmProbability: view.probability }, options);
  const end = options.periodEnd ?? view.closeDate ?? date;
  return {
    category: dealCategory(view, options.stageLookup),
    probability,
    slip: dealSlip({ stage: view.stage, daysLeft: daysBetween(date, end), winProbability: probability.probability }, options),
    daysInStage,
  };
}
