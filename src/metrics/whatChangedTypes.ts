/**
 * What whatChanged returns: plain JSON data (the build writes it to changes.json).
 */
import type { DealStatus, IsoDate } from '../model/types.ts';
import type { ScopeLevel } from './scopes.ts';

/** Who a change is about. Owner, team and region as the deal stands at the as-of date. */
export interface DealRef {
  id: string;
  name: string;
  account: string | null;
  owner: string;
  team: string | null;
  region: string | null;
}

export interface NewDeal extends DealRef {
  status: DealStatus;
  stage: string | null;
  amount: number | null;
  closeDate: IsoDate | null;
  createdDate: IsoDate | null;
  /** First date the deal was seen (in a snapshot or history row). */
  firstSeen: IsoDate;
}

export interface StageMove extends DealRef {
  fromStage: string | null;
  toStage: string | null;
  /** By the stage ladder; 'unknown' when either stage is not an open ladder stage. */
  direction: 'forward' | 'backward' | 'unknown';
  amount: number | null;
}

export interface CloseDateMove extends DealRef {
  fromDate: IsoDate;
  toDate: IsoDate;
  /** Positive for a push, negative for a pull-in. */
  days: number;
  fromQuarter: string;
  toQuarter: string;
  /** True when the new close date is in another fiscal quarter. */
  quarterChanged: boolean;
  amount: number | null;
}

export interface AmountMove extends DealRef {
  from: number | null;
  to: number | null;
  /** to - from; null when either is missing. */
  delta: number | null;
}

export interface ClosedDeal extends DealRef {
  /** Status at the start of the window; null for a deal first seen inside it. */
  fromStatus: DealStatus | null;
  /** The stage it closed from (its last open stage seen), null when unknown. */
  fromStage: string | null;
  amount: number | null;
  closeDate: IsoDate | null;
}

export interface DisappearedDeal extends DealRef {
  /** Last seen open. */
  lastSeen: IsoDate;
  stage: string | null;
  amount: number | null;
  closeDate: IsoDate | null;
}

export interface ReopenedDeal extends DealRef {
  fromStatus: DealStatus;
  stage: string | null;
  amount: number | null;
  closeDate: IsoDate | null;
}

export interface ChangeLists {
  newDeals: NewDeal[];
  stageMoves: StageMove[];
  pushes: CloseDateMove[];
  pullIns: CloseDateMove[];
  amountChanges: AmountMove[];
  won: ClosedDeal[];
  lost: ClosedDeal[];
  disappeared: DisappearedDeal[];
  reopened: ReopenedDeal[];
}

export type ChangeKind = keyof ChangeLists;

export interface CountAmount {
  count: number;
  /** Sum of the known amounts. */
  amount: number;
}

export interface ChangeTotals {
  newDeals: CountAmount;
  stageForward: CountAmount;
  stageBackward: CountAmount;
  /** Stage moves whose direction the ladder cannot tell. */
  stageUnordered: CountAmount;
  pushes: CountAmount;
  pullIns: CountAmount;
  /** Count of amount changes; sums of the increases, of the decreases (negative) and net. */
  amountChanges: { count: number; increase: number; decrease: number; net: number };
  won: CountAmount;
  lost: CountAmount;
  disappeared: CountAmount;
  reopened: CountAmount;
  /** Open pipeline (sum of open deals' amounts) at the start and end of the window. */
  openPipeline: { from: number; to: number; change: number };
}

export interface ScopeChanges {
  key: string;
  level: ScopeLevel;
  name: string;
  totals: ChangeTotals;
  /** Deal ids of each list, in the lists' order. */
  dealIds: Record<ChangeKind, string[]>;
}

export interface WhatChanged extends ChangeLists {
  kind: 'changes';
  from: IsoDate;
  to: IsoDate;
  fromSource: 'option' | 'previous snapshot';
  toSource: 'option' | 'latest snapshot';
  totals: ChangeTotals;
  /** Company first, then regions, teams, reps (as scopes()). */
  scopes: ScopeChanges[];
}

export interface NoPreviousSnapshot {
  kind: 'no previous snapshot';
  /** The only snapshot at or before the as-of date; null when there is none. */
  to: IsoDate | null;
  message: string;
}

export type WhatChangedResult = WhatChanged | NoPreviousSnapshot;
