/**
 * What the metrics need of a deal on a date: its status, stage, amount, close date, forecast
 * category and CRM probability.
 */
import { dealStateAt } from '../model/dealStateAt.ts';
import type { Deal, DealStatus, ForecastCategory, IsoDate } from '../model/types.ts';

export interface DealView {
  status: DealStatus;
  stage: string | null;
  amount: number | null;
  closeDate: IsoDate | null;
  forecastCategory: ForecastCategory | null;
  probability: number | null;
  /** True when the state was reconstructed from created and close dates (before the deal was first seen). */
  inferred: boolean;
}

/**
 * The deal on `date`. On or after the model's as-of date this is the deal as the model holds it
 * (its latest observation), except that an open deal that disappeared from the latest snapshot is
 * gone (null). Before it, the state comes from the deal's history (dealStateAt): null when the
 * deal did not exist yet or the dates do not tell.
 */
export function dealAsOf(deal: Deal, date: IsoDate, modelAsOf: IsoDate): DealView | null {
  if (date >= modelAsOf) {
    if (deal.history.disappeared && deal.status === 'open') return null;
    return {
      status: deal.status,
      stage: deal.stage,
      amount: deal.amount,
      closeDate: deal.closeDate,
      forecastCategory: deal.forecastCategory,
      probability: deal.probability,
      inferred: false,
    };
  }
  const state = dealStateAt(deal, date);
  if (state === null) return null;
  return {
    status: state.status,
    stage: state.stage,
    amount: state.amount,
    closeDate: state.closeDate,
    forecastCategory: state.forecastCategory,
    probability: state.probability,
    inferred: state.origin === 'inferred',
  };
}
