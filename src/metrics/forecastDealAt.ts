/**
 * A deal as the exports known on a date said it was, for the forecast and its replay: on or after
 * the model's as-of date the deal as the model holds it; before it, the latest observation on or
 * before the date (dealStateAt). A state reconstructed from created and close dates (before the
 * deal was first seen) is used only before the first snapshot, where nothing else tells the
 * pipeline (such points are marked reconstructed); from the first snapshot on, a deal not yet
 * observed on the date did not exist for the exports of that date.
 */
import type { Deal, IsoDate, Model } from '../model/types.ts';
import { dealAsOf, type DealView } from './dealAsOf.ts';

export function forecastDealAt(deal: Deal, date: IsoDate, model: Pick<Model, 'asOf' | 'snapshots'>): DealView | null {
  const view = dealAsOf(deal, date, model.asOf);
  if (view === null || !view.inferred) return view;
  const firstSnapshot = model.snapshots[0]?.date ?? null;
  return firstSnapshot !== null && date >= firstSnapshot ? null : view;
}
