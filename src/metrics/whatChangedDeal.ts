/**
 * How one deal changed between two dates, from its observed states (snapshots and history
 * rows; states inferred from created and close dates before the deal was first seen do not
 * count: the deal was not in the export then).
 */
import type { FiscalCalendar } from '../model/fiscalCalendar.ts';
import { dealStateAt } from '../model/dealStateAt.ts';
import { daysBetween } from '../model/isoDate.ts';
import type { Deal, DealState, IsoDate } from '../model/types.ts';
import type { StageLadder } from './riskFlags/stageLadder.ts';
import type { ChangeKind, ChangeLists, DealRef } from './whatChangedTypes.ts';

export type DealChange = { [K in ChangeKind]: { kind: K; item: ChangeLists[K][number] } }[ChangeKind];

export interface DealChangeContext {
  from: IsoDate;
  to: IsoDate;
  /** True when `to` is a snapshot date (a deal missing from it has disappeared). */
  toIsSnapshot: boolean;
  ladder: StageLadder;
  calendar: FiscalCalendar;
}

export interface DealChanges {
  changes: DealChange[];
  /** Amount counted in the open pipeline at `from` / `to` (0 when not open or no amount). */
  openFrom: number;
  openTo: number;
}

export function whatChangedDeal(deal: Deal, context: DealChangeContext): DealChanges {
  const { from, to, ladder, calendar } = context;
  const before = observed(deal, from);
  let after = observed(deal, to);
  const ref: DealRef = { id: deal.id, name: deal.name, account: deal.account, owner: deal.owner, team: deal.team, region: deal.region };
  const changes: DealChange[] = [];
  const openFrom = before?.status === 'open' ? (before.amount ?? 0) : 0;

  const gone =
    before?.status === 'open' &&
    (after === null || (after.status === 'open' && context.toIsSnapshot && deal.history.lastSeen < to));
  if (gone) {
    changes.push({
      kind: 'disappeared',
      item: { ...ref, lastSeen: deal.history.lastSeen, stage: before.stage, amount: before.amount, closeDate: before.closeDate },
    });
    return { changes, openFrom, openTo: 0 };
  }
  if (after === null) return { changes, openFrom, openTo: 0 };
  const openTo = after.status === 'open' ? (after.amount ?? 0) : 0;

  if (before === null) {
    changes.push({
      kind: 'newDeals',
      item: {
        ...ref,
        status: after.status,
        stage: after.stage,
        amount: after.amount,
        closeDate: after.closeDate,
        createdDate: deal.createdDate,
        firstSeen: deal.history.firstSeen,
      },
    });
  }
  const closedInWindow = before !== null || (after.closeDate !== null && after.closeDate > from);
  if (after.status !== 'open' && before?.status !== after.status && closedInWindow) {
    changes.push({
      kind: after.status === 'won' ? 'won' : 'lost',
      item: {
        ...ref,
        fromStatus: before?.status ?? null,
        fromStage: lastOpenStage(deal, to, ladder),
        amount: after.amount ?? before?.amount ?? null,
        closeDate: after.closeDate,
      },
    });
  }
  if (before === null) return { changes, openFrom, openTo };
  if (before.status !== 'open' && after.status === 'open') {
    changes.push({
      kind: 'reopened',
      item: { ...ref, fromStatus: before.status, stage: after.stage, amount: after.amount, closeDate: after.closeDate },
    });
    return { changes, openFrom, openTo };
  }
  if (before.status !== 'open' || after.status !== 'open') return { changes, openFrom, openTo };

  const fromKey = before.stage === null ? '' : ladder.key(before.stage);
  const toKey = after.stage === null ? '' : ladder.key(after.stage);
  if (fromKey !== toKey) {
    const a = ladder.position(before.stage);
    const b = ladder.position(after.stage);
    changes.push({
      kind: 'stageMoves',
      item: {
        ...ref,
        fromStage: before.stage === null ? null : ladder.name(before.stage),
        toStage: after.stage === null ? null : ladder.name(after.stage),
        direction: a === null || b === null ? 'unknown' : b > a ? 'forward' : 'backward',
        amount: after.amount,
      },
    });
  }
  if (before.closeDate !== null && after.closeDate !== null && before.closeDate !== after.closeDate) {
    const fromQuarter = calendar.periodOf(before.closeDate, 'quarter');
    const toQuarter = calendar.periodOf(after.closeDate, 'quarter');
    const days = daysBetween(before.closeDate, after.closeDate);
    changes.push({
      kind: days > 0 ? 'pushes' : 'pullIns',
      item: {
        ...ref,
        fromDate: before.closeDate,
        toDate: after.closeDate,
        days,
        fromQuarter: fromQuarter.label,
        toQuarter: toQuarter.label,
        quarterChanged: fromQuarter.key !== toQuarter.key,
        amount: after.amount,
      },
    });
  }
  if (before.amount !== after.amount) {
    const delta = before.amount === null || after.amount === null ? null : after.amount - before.amount;
    changes.push({ kind: 'amountChanges', item: { ...ref, from: before.amount, to: after.amount, delta } });
  }
  return { changes, openFrom, openTo };
}

/** The deal's state on a date, only once it has been seen. */
function observed(deal: Deal, date: IsoDate): DealState | null {
  if (date < deal.history.firstSeen) return null;
  return dealStateAt(deal, date);
}

function lastOpenStage(deal: Deal, to: IsoDate, ladder: StageLadder): string | null {
  let stage: string | null = null;
  for (const s of deal.history.states) {
    if (s.date > to) break;
    if (s.status === 'open' && s.stage !== null) stage = s.stage;
  }
  return stage === null ? null : ladder.name(stage);
}
