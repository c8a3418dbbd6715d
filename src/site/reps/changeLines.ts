/**
 * What changed between the last two snapshots, for one scope, as one line per change: what
 * happened, to which deal, the detail in words ("Proposal → Negotiation", "2026-09-30 →
 * 2026-10-31, +31 days, into FY2027 Q4") and the amount.
 */
import type { ChangeKind, WhatChanged } from '../../metrics/whatChanged.ts';

export interface ChangeLine {
  kind: ChangeKind;
  /** "New deal", "Stage forward", "Pushed", ... */
  change: string;
  id: string;
  deal: string;
  account: string | null;
  owner: string;
  detail: string;
  amount: number | null;
}

const ORDER: readonly ChangeKind[] = ['won', 'lost', 'newDeals', 'stageMoves', 'pushes', 'pullIns', 'amountChanges', 'disappeared', 'reopened'];

/** The changes of the deals listed in `ids` (a scope's dealIds), grouped by kind in ORDER, each kind in the result's order. */
export function changeLines(changes: WhatChanged, ids: Record<ChangeKind, string[]>, options: { money: (value: number) => string }): ChangeLine[] {
  const money = (v: number | null) => (v === null ? 'unknown amount' : options.money(v));
  const out: ChangeLine[] = [];
  const pick = <T extends { id: string }>(kind: ChangeKind, list: readonly T[]): T[] => {
    const wanted = new Set(ids[kind] ?? []);
    return list.filter((d) => wanted.has(d.id));
  };
  const base = (kind: ChangeKind, change: string, d: { id: string; name: string; account: string | null; owner: string }) => ({
    kind,
    change,
    id: d.id,
    deal: d.name,
    account: d.account,
    owner: d.owner,
  });
  for (const kind of ORDER) {
    switch (kind) {
      case 'won':
      case 'lost':
        for (const d of pick(kind, changes[kind])) {
          out.push({ ...base(kind, kind === 'won' ? 'Won' : 'Lost', d), detail: `${d.fromStage === null ? 'Closed' : `From ${d.fromStage}`}${d.closeDate === null ? '' : `, close date ${d.closeDate}`}`, amount: d.amount });
        }
        break;
      case 'newDeals':
        for (const d of pick(kind, changes.newDeals)) {
          out.push({ ...base(kind, 'New deal', d), detail: `${d.stage ?? 'No stage'}${d.closeDate === null ? '' : `, closing ${d.closeDate}`}${d.status === 'open' ? '' : ` (${d.status})`}`, amount: d.amount });
        }
        break;
      case 'stageMoves':
        for (const d of pick(kind, changes.stageMoves)) {
          const label = d.direction === 'forward' ? 'Stage forward' : d.direction === 'backward' ? 'Stage back' : 'Stage changed';
          out.push({ ...base(kind, label, d), detail: `${d.fromStage ?? 'No stage'} → ${d.toStage ?? 'No stage'}`, amount: d.amount });
        }
        break;
      case 'pushes':
      case 'pullIns':
        for (const d of pick(kind, changes[kind])) {
          const daysText = `${d.days > 0 ? '+' : '−'}${Math.abs(d.days)} day${Math.abs(d.days) === 1 ? '' : 's'}`;
          out.push({
            ...base(kind, kind === 'pushes' ? 'Pushed' : 'Pulled in', d),
            detail: `${d.fromDate} → ${d.toDate}, ${daysText}${d.quarterChanged ? `, ${d.fromQuarter.replace('-', ' ')} → ${d.toQuarter.replace('-', ' ')}` : ''}`,
            amount: d.amount,
          });
        }
        break;
      case 'amountChanges':
        for (const d of pick(kind, changes.amountChanges)) {
          const delta = d.delta === null ? '' : ` (${d.delta >= 0 ? '+' : '−'}${options.money(Math.abs(d.delta))})`;
          out.push({ ...base(kind, 'Amount changed', d), detail: `${money(d.from)} → ${money(d.to)}${delta}`, amount: d.to });
        }
        break;
      case 'disappeared':
        for (const d of pick(kind, changes.disappeared)) {
          out.push({ ...base(kind, 'Disappeared', d), detail: `Last seen open on ${d.lastSeen}${d.stage === null ? '' : ` at ${d.stage}`}`, amount: d.amount });
        }
        break;
      case 'reopened':
        for (const d of pick(kind, changes.reopened)) {
          out.push({ ...base(kind, 'Reopened', d), detail: `Was ${d.fromStatus}, now open${d.stage === null ? '' : ` at ${d.stage}`}`, amount: d.amount });
        }
        break;
    }
  }
  return out;
}
