/**
 * Where a closed quarter's pipeline went: from the pipeline at the quarter's start to what was
 * still open at its end. Each deal that was part of the quarter's pipeline enters once (in the
 * starting pipeline, pulled in, or created) and leaves once (won, lost, pushed out, or still open at
 * the end); the difference between its amount on the way in and on the way out is an amount
 * change. So the parts always add up:
 *   start + pulled in + created + amount changes - won - lost - pushed out = end.
 */
import { fsum } from 'd3';
import { inPeriod } from '../model/fiscalCalendar.ts';
import { dealStateAt } from '../model/dealStateAt.ts';
import { minDate } from '../model/isoDate.ts';
import type { Deal, DealState, FiscalPeriod, IsoDate } from '../model/types.ts';

export type WaterfallEntry = 'start' | 'pulled in' | 'created';
/** 'removed' = gone from the exports without being closed; counted with the losses. */
export type WaterfallExit = 'won' | 'lost' | 'removed' | 'pushed out' | 'open';

export interface WaterfallDeal {
  id: string;
  name: string;
  owner: string;
  entry: WaterfallEntry;
  exit: WaterfallExit;
  /** Amount when it entered the quarter's pipeline (0 when unknown). */
  entryAmount: number;
  /** Amount when it left: the won or lost amount, or the amount at the quarter's end (0 when unknown). */
  exitAmount: number;
  entryCloseDate: IsoDate | null;
  exitCloseDate: IsoDate | null;
  /** Close-date pushes recorded during the quarter (null when the deal's history is unknown). */
  pushesInQuarter: number | null;
}

export interface Waterfall {
  /** Open deals with a close date in the quarter on its first day (with deals closed that day). */
  start: number;
  startCount: number;
  /** Deals that existed at the start with a close date outside the quarter (later, or overdue) and moved into it. */
  pulledIn: number;
  pulledInCount: number;
  /** Deals created (or first seen, without a created date) during the quarter that closed or were due in it. */
  created: number;
  createdCount: number;
  /** Net change of amounts between entering and leaving (increases + decreases). */
  amountChanges: number;
  amountIncreases: number;
  amountDecreases: number;
  won: number;
  wonCount: number;
  /** Closed lost in the quarter, plus removed deals. */
  lost: number;
  lostCount: number;
  /** The part of `lost` that disappeared from the exports without being closed. */
  removed: number;
  removedCount: number;
  /** Still open at the end with the close date moved beyond the quarter. */
  pushedOut: number;
  pushedOutCount: number;
  /** Still open at the quarter's end with a close date in (or before the end of) the quarter. */
  end: number;
  endCount: number;
  createdAndWon: number;
  createdAndWonCount: number;
  createdStillOpen: number;
  createdStillOpenCount: number;
  /** Deals counted with an unknown amount (taken as 0). */
  dealsWithoutAmount: number;
}

/** The waterfall and its deals (sorted by id). Deals count by the model's as-of status when closed in the quarter. */
export function retrospectiveWaterfall(
  deals: readonly Deal[],
  quarter: FiscalPeriod,
): { waterfall: Waterfall; deals: WaterfallDeal[] } {
  const lines: WaterfallDeal[] = [];
  let withoutAmount = 0;
  for (const deal of deals) {
    const line = classify(deal, quarter);
    if (line === null) continue;
    lines.push(line.deal);
    if (line.amountUnknown) withoutAmount++;
  }
  const total = (pick: (d: WaterfallDeal) => boolean, amount: (d: WaterfallDeal) => number) => {
    const chosen = lines.filter(pick);
    return { amount: fsum(chosen.map(amount)), count: chosen.length };
  };
  const entryOf = (e: WaterfallEntry) => total((d) => d.entry === e, (d) => d.entryAmount);
  const exitOf = (...e: WaterfallExit[]) => total((d) => e.includes(d.exit), (d) => d.exitAmount);
  const start = entryOf('start');
  const pulledIn = entryOf('pulled in');
  const created = entryOf('created');
  const changes = lines.map((d) => d.exitAmount - d.entryAmount);
  const won = exitOf('won');
  const lost = exitOf('lost', 'removed');
  const removed = exitOf('removed');
  const pushed = exitOf('pushed out');
  const end = exitOf('open');
  const createdWon = total((d) => d.entry === 'created' && d.exit === 'won', (d) => d.exitAmount);
  const createdOpen = total((d) => d.entry === 'created' && d.exit === 'open', (d) => d.exitAmount);
  return {
    waterfall: {
      start: start.amount,
      startCount: start.count,
      pulledIn: pulledIn.amount,
      pulledInCount: pulledIn.count,
      created: created.amount,
      createdCount: created.count,
      amountChanges: fsum(changes),
      amountIncreases: fsum(changes.filter((c) => c > 0)),
      amountDecreases: fsum(changes.filter((c) => c < 0)),
      won: won.amount,
      wonCount: won.count,
      lost: lost.amount,
      lostCount: lost.count,
      removed: removed.amount,
      removedCount: removed.count,
      pushedOut: pushed.amount,
      pushedOutCount: pushed.count,
      end: end.amount,
      endCount: end.count,
      createdAndWon: createdWon.amount,
      createdAndWonCount: createdWon.count,
      createdStillOpen: createdOpen.amount,
      createdStillOpenCount: createdOpen.count,
      dealsWithoutAmount: withoutAmount,
    },
    deals: lines.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  };
}

function classify(deal: Deal, quarter: FiscalPeriod): { deal: WaterfallDeal; amountUnknown: boolean } | null {
  const inQuarter = (s: DealState | null): s is DealState => s !== null && inPeriod(s.closeDate, quarter);
  const atStart = dealStateAt(deal, quarter.start);
  const closedInQuarter = deal.status !== 'open' && inPeriod(deal.closeDate, quarter);

  // How the deal entered the quarter's pipeline, if it did.
  let entry: WaterfallEntry;
  let entryState: DealState | null;
  if (inQuarter(atStart)) {
    entry = 'start';
    entryState = atStart;
  } else {
    entryState = firstStateInQuarter(deal, quarter);
    if (entryState === null && !closedInQuarter) return null;
    entry = atStart !== null ? 'pulled in' : 'created';
  }

  // How it left.
  let exit: WaterfallExit;
  let exitAmount: number | null;
  let exitCloseDate: IsoDate | null;
  if (closedInQuarter) {
    exit = deal.status === 'won' ? 'won' : 'lost';
    exitAmount = deal.amount;
    exitCloseDate = deal.closeDate;
  } else {
    const atEnd = dealStateAt(deal, quarter.end);
    if (atEnd === null) {
      exit = 'removed';
      const last = dealStateAt(deal, minDate(deal.history.lastSeen, quarter.end));
      exitAmount = last?.amount ?? entryState?.amount ?? deal.amount;
      exitCloseDate = last?.closeDate ?? null;
    } else {
      // Closed by the quarter's end but reopened or re-dated since: counted where its close date now lies.
      exitCloseDate = atEnd.status === 'open' ? atEnd.closeDate : deal.closeDate;
      exit = exitCloseDate !== null && exitCloseDate > quarter.end ? 'pushed out' : 'open';
      exitAmount = atEnd.amount;
    }
  }
  const entryAmount = entryState !== null ? entryState.amount : deal.amount;
  const pushes = deal.history.known
    ? deal.history.closeDateChanges.filter((c) => c.direction === 'pushed' && inPeriod(c.date, quarter)).length
    : null;
  return {
    deal: {
      id: deal.id,
      name: deal.name,
      owner: deal.owner,
      entry,
      exit,
      entryAmount: entryAmount ?? 0,
      exitAmount: exitAmount ?? 0,
      entryCloseDate: entryState?.closeDate ?? deal.closeDate,
      exitCloseDate,
      pushesInQuarter: pushes,
    },
    amountUnknown: entryAmount === null || exitAmount === null,
  };
}

/**
 * The first state during the quarter (after its first day) in which the deal was due or closed in
 * the quarter: checked on each recorded state date and on the created date.
 */
function firstStateInQuarter(deal: Deal, quarter: FiscalPeriod): DealState | null {
  const inside = (date: IsoDate) => date > quarter.start && date <= quarter.end;
  const created = deal.createdDate !== null && inside(deal.createdDate) ? deal.createdDate : null;
  let createdChecked = created === null;
  const atCreation = (): DealState | null => {
    createdChecked = true;
    const state = dealStateAt(deal, created!);
    return state !== null && inPeriod(state.closeDate, quarter) ? state : null;
  };
  // States are in date order, one per date: on a state's own date the deal is in that state.
  for (const state of deal.history.states) {
    if (state.date <= quarter.start) continue;
    if (state.date > quarter.end) break;
    if (!createdChecked && created! < state.date) {
      const found = atCreation();
      if (found !== null) return found;
    }
    if (inPeriod(state.closeDate, quarter)) return state;
  }
  return createdChecked ? null : atCreation();
}
