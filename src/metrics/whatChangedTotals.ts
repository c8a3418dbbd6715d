/** Counts and amounts of each kind of change in a set of change lists. */
import { fsum } from 'd3';
import type { ChangeLists, ChangeTotals, CountAmount } from './whatChangedTypes.ts';

export function whatChangedTotals(lists: ChangeLists, openPipeline: { from: number; to: number }): ChangeTotals {
  const sum = (items: readonly { amount: number | null }[]): CountAmount => ({
    count: items.length,
    amount: fsum(items, (d) => d.amount ?? 0),
  });
  const deltas = lists.amountChanges.map((d) => d.delta).filter((d): d is number => d !== null);
  return {
    newDeals: sum(lists.newDeals),
    stageForward: sum(lists.stageMoves.filter((m) => m.direction === 'forward')),
    stageBackward: sum(lists.stageMoves.filter((m) => m.direction === 'backward')),
    stageUnordered: sum(lists.stageMoves.filter((m) => m.direction === 'unknown')),
    pushes: sum(lists.pushes),
    pullIns: sum(lists.pullIns),
    amountChanges: {
      count: lists.amountChanges.length,
      increase: fsum(deltas.filter((d) => d > 0)),
      decrease: fsum(deltas.filter((d) => d < 0)),
      net: fsum(deltas),
    },
    won: sum(lists.won),
    lost: sum(lists.lost),
    disappeared: sum(lists.disappeared),
    reopened: sum(lists.reopened),
    openPipeline: { from: openPipeline.from, to: openPipeline.to, change: openPipeline.to - openPipeline.from },
  };
}
