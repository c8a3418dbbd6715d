/**
 * A deal as it stood on a given date, from its history.
 */
import type { IsoDate } from '../schema/types.ts';
import type { Deal, DealState } from './types.ts';

/**
 * The deal's state on `date`:
 * - on or after the first observation: the latest observed state at or before `date`; an open
 *   deal that disappeared (last seen open, then absent from later snapshots) is gone (null) after
 *   it was last seen;
 * - before the first observation: inferred from the created and close dates (open between
 *   them, with the first observed amount and close date; closed from its close date on), with
 *   origin 'inferred'; null when the deal did not exist yet or the dates do not tell.
 */
export function dealStateAt(deal: Deal, date: IsoDate): DealState | null {
  const states = deal.history.states;
  const first = states[0];
  if (first === undefined || date < first.date) return inferredState(deal, date, first ?? null);
  let lo = 0;
  let hi = states.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (states[mid]!.date <= date) lo = mid;
    else hi = mid - 1;
  }
  const state = states[lo]!;
  if (state.status === 'open' && deal.history.disappeared && date > deal.history.lastSeen) return null;
  return state;
}

function inferredState(deal: Deal, date: IsoDate, first: DealState | null): DealState | null {
  const created = deal.createdDate;
  if (created === null || date < created) return null;
  const closedState = first !== null && first.status !== 'open' ? first : null;
  const closeDate = closedState?.closeDate ?? deal.closeDate;
  if (closedState !== null && closeDate !== null && date >= closeDate) {
    return { ...closedState, date, origin: 'inferred' };
  }
  return {
    date,
    stage: closedState === null ? (first?.stage ?? null) : null,
    status: 'open',
    amount: first?.amount ?? deal.amount,
    closeDate,
    forecastCategory: closedState === null ? (first?.forecastCategory ?? null) : null,
    probability: closedState === null ? (first?.probability ?? null) : null,
    origin: 'inferred',
  };
}
