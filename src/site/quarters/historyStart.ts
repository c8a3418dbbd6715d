/**
 * The first date the exports actually show a deal's state (a snapshot or a history row), as
 * opposed to states worked out from created and close dates. Before it, pushes, pull-ins and
 * amount changes cannot be seen; null when nothing was observed at all.
 */
import type { IsoDate, Model } from '../../model/types.ts';

const cache = new WeakMap<Model, IsoDate | null>();

export function historyStart(model: Model): IsoDate | null {
  if (cache.has(model)) return cache.get(model)!;
  let first: IsoDate | null = null;
  for (const deal of model.deals) {
    for (const state of deal.history.states) {
      if (state.origin === 'inferred') continue;
      if (first === null || state.date < first) first = state.date;
      break; // states are in date order: the first observed one is the deal's earliest
    }
  }
  cache.set(model, first);
  return first;
}

/** How much of a period the observed history covers. */
export function historyCoverage(model: Model, period: { start: IsoDate; end: IsoDate }): { from: IsoDate | null; covers: 'all' | 'part' | 'none' } {
  const from = historyStart(model);
  if (from === null || from > period.end) return { from, covers: 'none' };
  return { from, covers: from <= period.start ? 'all' : 'part' };
}
