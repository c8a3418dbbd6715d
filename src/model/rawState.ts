/**
 * A deal's fields at one observation as stored while rows arrive: amounts still in their own
 * currency (converted when the model is finished, once every deal's currency is known).
 */
import type { DealRow, DealStatus, ForecastCategory, HistoryRow, IsoDate } from '../schema/types.ts';

export interface RawState {
  stage: string | null;
  /** Null only for history rows whose table has no status and whose stage does not tell. */
  status: DealStatus | null;
  amount: number | null;
  /** Deal rows: the row's currency or the reporting currency. History rows: null when the table has none. */
  currency: string | null;
  closeDate: IsoDate | null;
  forecastCategory: ForecastCategory | null;
  probability: number | null;
}

/** The fields a blank can mean "unchanged" for (see RawObservation.carried). */
export type CarriedField = 'stage' | 'amount' | 'closeDate' | 'forecastCategory' | 'probability';
export const CARRIED: readonly CarriedField[] = ['stage', 'amount', 'closeDate', 'forecastCategory', 'probability'];

export function rawStateOfDeal(row: DealRow, reportingCurrency: string): RawState {
  return {
    stage: row.stage,
    status: row.status,
    amount: row.amount,
    currency: row.currency ?? reportingCurrency,
    closeDate: row.closeDate,
    forecastCategory: row.forecastCategory,
    probability: row.probability,
  };
}

export function rawStateOfHistory(row: HistoryRow): RawState {
  return {
    stage: row.stage,
    status: row.status,
    amount: row.amount,
    currency: row.currency,
    closeDate: row.closeDate,
    forecastCategory: row.forecastCategory,
    probability: row.probability,
  };
}

export function sameRawState(a: RawState, b: RawState): boolean {
  return (
    a.stage === b.stage &&
    a.status === b.status &&
    a.amount === b.amount &&
    a.currency === b.currency &&
    a.closeDate === b.closeDate &&
    a.forecastCategory === b.forecastCategory &&
    a.probability === b.probability
  );
}
