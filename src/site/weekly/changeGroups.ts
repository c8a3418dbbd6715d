/**
 * What changed since the previous snapshot, grouped the way a weekly review reads it: new deals,
 * pulled in, pushed, moved forward or back a stage, amount up or down, won and lost; each with
 * its count, amount and deals (largest first). For the company or, with a filter, one scope.
 */
import { fsum } from 'd3';
import type { DealRef, WhatChanged } from '../../metrics/whatChangedTypes.ts';

export type ChangeGroupKind = 'new' | 'pulled-in' | 'pushed' | 'forward' | 'backward' | 'amount-up' | 'amount-down' | 'won' | 'lost';

export interface ChangeGroupDeal {
  id: string;
  name: string;
  owner: string;
  /** The deal's amount (for amount changes, the change). */
  amount: number | null;
  /** What changed, in a few words: `Oct 1 → Nov 20 (FY2027 Q4)`. */
  detail: string;
}

export interface ChangeGroup {
  kind: ChangeGroupKind;
  label: string;
  count: number;
  /** Sum of the known amounts (for amount changes, of the changes: negative for down). */
  amount: number;
  /** Good or bad news for the pipeline. */
  tone: 'good' | 'bad';
  deals: ChangeGroupDeal[];
}

export const CHANGE_GROUP_LABELS: Record<ChangeGroupKind, string> = {
  new: 'New deals',
  'pulled-in': 'Pulled in',
  pushed: 'Pushed out',
  forward: 'Stage forward',
  backward: 'Stage back',
  'amount-up': 'Amount up',
  'amount-down': 'Amount down',
  won: 'Won',
  lost: 'Lost',
};

const TONE: Record<ChangeGroupKind, 'good' | 'bad'> = {
  new: 'good', 'pulled-in': 'good', pushed: 'bad', forward: 'good', backward: 'bad', 'amount-up': 'good', 'amount-down': 'bad', won: 'good', lost: 'bad',
};

export function changeGroups(changes: WhatChanged, keep: (deal: DealRef) => boolean = () => true, money: (n: number | null) => string = (n) => String(n)): ChangeGroup[] {
  const days = (n: number) => `${Math.abs(n)} day${Math.abs(n) === 1 ? '' : 's'}`;
  const lists: Record<ChangeGroupKind, ChangeGroupDeal[]> = {
    new: changes.newDeals.filter(keep).map((d) => ({ id: d.id, name: d.name, owner: d.owner, amount: d.amount, detail: `${d.stage ?? 'no stage'}, closes ${d.closeDate ?? 'on no set date'}` })),
    'pulled-in': changes.pullIns.filter(keep).map((d) => ({ id: d.id, name: d.name, owner: d.owner, amount: d.amount, detail: `${d.fromDate} → ${d.toDate}, ${days(d.days)} earlier${d.quarterChanged ? ` (into ${d.toQuarter})` : ''}` })),
    pushed: changes.pushes.filter(keep).map((d) => ({ id: d.id, name: d.name, owner: d.owner, amount: d.amount, detail: `${d.fromDate} → ${d.toDate}, ${days(d.days)} later${d.quarterChanged ? ` (out of ${d.fromQuarter})` : ''}` })),
    forward: changes.stageMoves.filter((d) => d.direction === 'forward' && keep(d)).map((d) => ({ id: d.id, name: d.name, owner: d.owner, amount: d.amount, detail: `${d.fromStage ?? 'no stage'} → ${d.toStage ?? 'no stage'}` })),
    backward: changes.stageMoves.filter((d) => d.direction === 'backward' && keep(d)).map((d) => ({ id: d.id, name: d.name, owner: d.owner, amount: d.amount, detail: `${d.fromStage ?? 'no stage'} → ${d.toStage ?? 'no stage'}` })),
    'amount-up': changes.amountChanges.filter((d) => d.delta !== null && d.delta > 0 && keep(d)).map((d) => ({ id: d.id, name: d.name, owner: d.owner, amount: d.delta, detail: `${money(d.from)} → ${money(d.to)}` })),
    'amount-down': changes.amountChanges.filter((d) => d.delta !== null && d.delta < 0 && keep(d)).map((d) => ({ id: d.id, name: d.name, owner: d.owner, amount: d.delta, detail: `${money(d.from)} → ${money(d.to)}` })),
    won: changes.won.filter(keep).map((d) => ({ id: d.id, name: d.name, owner: d.owner, amount: d.amount, detail: `from ${d.fromStage ?? 'an unknown stage'}` })),
    lost: changes.lost.filter(keep).map((d) => ({ id: d.id, name: d.name, owner: d.owner, amount: d.amount, detail: `from ${d.fromStage ?? 'an unknown stage'}` })),
  };
  return (Object.keys(lists) as ChangeGroupKind[]).map((kind) => {
    const deals = [...lists[kind]].sort((a, b) => Math.abs(b.amount ?? 0) - Math.abs(a.amount ?? 0) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return { kind, label: CHANGE_GROUP_LABELS[kind], count: deals.length, amount: fsum(deals, (d) => d.amount ?? 0), tone: TONE[kind], deals };
  });
}
