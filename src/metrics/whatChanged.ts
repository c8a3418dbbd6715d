/**
 * What changed in the pipeline between two dates (by default the previous snapshot and the
 * latest snapshot at or before the as-of date): new deals, stage moves, pushes and pull-ins,
 * amount changes, won, lost, disappeared and reopened deals, with totals for the company and
 * every region, team and rep. With a single snapshot the result says there is nothing to
 * compare with (kind 'no previous snapshot') instead of reporting no changes.
 */
import { fsum } from 'd3';
import type { Config } from '../schema/configSchema.ts';
import { fiscalCalendar } from '../model/fiscalCalendar.ts';
import type { IsoDate, Model } from '../model/types.ts';
import { stageLadder } from './riskFlags/stageLadder.ts';
import { inScope, scopes } from './scopes.ts';
import { whatChangedDeal, type DealChanges } from './whatChangedDeal.ts';
import { whatChangedTotals } from './whatChangedTotals.ts';
import type { ChangeKind, ChangeLists, WhatChangedResult } from './whatChangedTypes.ts';

export * from './whatChangedTypes.ts';

export interface WhatChangedOptions {
  /** Default: the model's as-of date. */
  asOf?: IsoDate;
  /** Start of the window. Default: the snapshot before `to`. */
  from?: IsoDate;
  /** End of the window. Default: the latest snapshot at or before the as-of date. */
  to?: IsoDate;
  companyName: string;
  fiscalYearStartMonth: number;
  fiscalYearNaming: 'end' | 'start';
  /** config.stages (the stage ladder, for forward and backward moves); the default ladder when absent. */
  stages?: Config['stages'];
}

const KINDS: readonly ChangeKind[] = [
  'newDeals',
  'stageMoves',
  'pushes',
  'pullIns',
  'amountChanges',
  'won',
  'lost',
  'disappeared',
  'reopened',
];

export function whatChanged(model: Model, options: WhatChangedOptions): WhatChangedResult {
  const asOf = options.asOf ?? model.asOf;
  const dates = model.snapshots.map((s) => s.date).filter((d) => d <= asOf);
  const to = options.to ?? dates[dates.length - 1];
  if (to === undefined) {
    return {
      kind: 'no previous snapshot',
      to: null,
      message: `No dated snapshot at or before ${asOf}, so there is nothing to compare; export the pipeline on two dates (or add a deal history table) to see what changed.`,
    };
  }
  const from = options.from ?? dates.filter((d) => d < to).pop();
  if (from === undefined) {
    return {
      kind: 'no previous snapshot',
      to,
      message: `The snapshot of ${to} is the first one, so there is no previous snapshot to compare it with; export the pipeline again later (or add a deal history table) to see what changed.`,
    };
  }
  if (from > to) throw new RangeError(`invalid change window: from ${from} is after to ${to}`);

  const context = {
    from,
    to,
    toIsSnapshot: model.snapshots.some((s) => s.date === to),
    ladder: stageLadder(model, { stages: options.stages }),
    calendar: fiscalCalendar({ startMonth: options.fiscalYearStartMonth, naming: options.fiscalYearNaming }),
  };
  const perDeal = model.deals.map((deal) => ({ deal, result: whatChangedDeal(deal, context) }));
  const summarise = (results: readonly DealChanges[]) => {
    const lists = listsOf(results);
    const totals = whatChangedTotals(lists, {
      from: fsum(results, (r) => r.openFrom),
      to: fsum(results, (r) => r.openTo),
    });
    return { lists, totals };
  };

  const all = summarise(perDeal.map((d) => d.result));
  return {
    kind: 'changes',
    from,
    to,
    fromSource: options.from === undefined ? 'previous snapshot' : 'option',
    toSource: options.to === undefined ? 'latest snapshot' : 'option',
    ...all.lists,
    totals: all.totals,
    scopes: scopes(model, options.companyName).map((scope) => {
      const { lists, totals } = summarise(perDeal.filter((d) => inScope(d.deal, scope)).map((d) => d.result));
      const dealIds = Object.fromEntries(KINDS.map((k) => [k, lists[k].map((item) => item.id)])) as Record<ChangeKind, string[]>;
      return { key: scope.key, level: scope.level, name: scope.name, totals, dealIds };
    }),
  };
}

/** The change lists of some deals, each sorted largest first (then by id). */
function listsOf(results: readonly DealChanges[]): ChangeLists {
  const lists: ChangeLists = {
    newDeals: [],
    stageMoves: [],
    pushes: [],
    pullIns: [],
    amountChanges: [],
    won: [],
    lost: [],
    disappeared: [],
    reopened: [],
  };
  for (const r of results) {
    for (const change of r.changes) (lists[change.kind] as (typeof change.item)[]).push(change.item);
  }
  const size = (item: { id: string; amount?: number | null; delta?: number | null }): number => {
    const value = item.delta !== undefined ? item.delta : item.amount;
    return value === null || value === undefined ? -1 : Math.abs(value);
  };
  for (const kind of KINDS) {
    (lists[kind] as { id: string }[]).sort((a, b) => size(b) - size(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
  return lists;
}
