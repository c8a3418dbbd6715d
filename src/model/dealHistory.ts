/**
 * What a deal's observations say about it over time: distinct states, stage entries, close-date,
 * amount and category changes, and the counts the risk flags use. With one observation date the
 * history is unknown: counts and days in stage are null, not zero.
 */
import type { IsoDate } from '../schema/types.ts';
import { normalizeKey } from '../schema/values/normalizeKey.ts';
import type { FiscalCalendar } from './fiscalCalendar.ts';
import { daysBetween } from './isoDate.ts';
import type { Observation } from './resolveObservations.ts';
import type { AmountChange, CategoryChange, CloseDateChange, DealHistory, DealState, StageEntry } from './types.ts';

export interface DealHistoryOptions {
  asOf: IsoDate;
  calendar: FiscalCalendar;
  /** Exact stage entry dates the export gives (HubSpot "Date entered" columns). */
  stageEntryDates: readonly { stage: string; date: IsoDate }[];
  /** From the deal's activity column, when the export has one. */
  lastActivityDate: IsoDate | null;
  /** True when there is a latest snapshot and the deal is not in it. */
  absentFromLatestSnapshot: boolean;
}

/** `observations` sorted by date, at or before the as-of date, at least one. */
export function dealHistory(observations: readonly Observation[], options: DealHistoryOptions): DealHistory {
  const { asOf, calendar } = options;
  const states = collapse(observations);
  const first = observations[0]!;
  const last = observations[observations.length - 1]!;
  const known = new Set(observations.map((o) => o.date)).size >= 2;
  const current = states[states.length - 1]!;

  const closeDateChanges: CloseDateChange[] = [];
  const amountChanges: AmountChange[] = [];
  const categoryChanges: CategoryChange[] = [];
  let reopened = false;
  let seenClosed = false;
  states.forEach((s, i) => {
    if (s.status !== 'open') seenClosed = true;
    else if (seenClosed) reopened = true;
    const p = states[i - 1];
    if (p === undefined) return;
    if (p.closeDate !== null && s.closeDate !== null && p.closeDate !== s.closeDate) {
      const pushed = s.closeDate > p.closeDate;
      const outOfPeriod = pushed && calendar.periodOf(s.closeDate, 'quarter').start > calendar.periodOf(p.closeDate, 'quarter').start;
      closeDateChanges.push({ date: s.date, from: p.closeDate, to: s.closeDate, direction: pushed ? 'pushed' : 'pulled', outOfPeriod });
    }
    if (p.amount !== s.amount) amountChanges.push({ date: s.date, from: p.amount, to: s.amount });
    if (p.forecastCategory !== s.forecastCategory) categoryChanges.push({ date: s.date, from: p.forecastCategory, to: s.forecastCategory });
  });

  const stages = stageEntries(states, options.stageEntryDates, asOf);
  const exactCurrent = current.stage === null ? undefined : stages.find((e) => e.exact && sameStage(e.stage, current.stage!));
  let daysInStage: number | null = null;
  if (current.stage !== null && exactCurrent !== undefined) {
    daysInStage = Math.max(0, daysBetween(exactCurrent.enteredOn, asOf));
  } else if (current.stage !== null && known) {
    let j = states.length - 1;
    while (j > 0 && states[j - 1]!.stage !== null && sameStage(states[j - 1]!.stage!, current.stage)) j--;
    daysInStage = Math.max(0, daysBetween(states[j]!.date, asOf));
  }

  let daysSinceActivity: number | null = null;
  let daysSinceActivitySource: DealHistory['daysSinceActivitySource'] = null;
  if (options.lastActivityDate !== null) {
    daysSinceActivity = Math.max(0, daysBetween(options.lastActivityDate, asOf));
    daysSinceActivitySource = 'activity column';
  } else if (known) {
    daysSinceActivity = Math.max(0, daysBetween(current.date, asOf));
    daysSinceActivitySource = 'last change';
  }

  const count = (f: (c: CloseDateChange) => boolean): number | null => (known ? closeDateChanges.filter(f).length : null);
  return {
    known,
    firstSeen: first.date,
    lastSeen: last.date,
    states,
    stages,
    closeDateChanges,
    amountChanges,
    categoryChanges,
    pushCount: count((c) => c.direction === 'pushed'),
    pushedOutOfPeriodCount: count((c) => c.direction === 'pushed' && c.outOfPeriod),
    pullInCount: count((c) => c.direction === 'pulled'),
    daysInStage,
    daysSinceActivity,
    daysSinceActivitySource,
    disappeared: options.absentFromLatestSnapshot && current.status === 'open',
    reopened,
  };
}

/** Consecutive observations with the same fields become one state, dated by the first. */
function collapse(observations: readonly Observation[]): DealState[] {
  const states: DealState[] = [];
  for (const o of observations) {
    const p = states[states.length - 1];
    if (
      p !== undefined &&
      p.stage === o.stage &&
      p.status === o.status &&
      p.amount === o.amount &&
      p.closeDate === o.closeDate &&
      p.forecastCategory === o.forecastCategory &&
      p.probability === o.probability
    ) {
      continue;
    }
    states.push({
      date: o.date,
      stage: o.stage,
      status: o.status,
      amount: o.amount,
      closeDate: o.closeDate,
      forecastCategory: o.forecastCategory,
      probability: o.probability,
      origin: o.origin,
    });
  }
  return states;
}

/**
 * First date seen at each stage (exact when that state came from a history row), then the
 * export's own "Date entered" dates (exact) on top; sorted by date.
 */
function stageEntries(states: readonly DealState[], exactDates: readonly { stage: string; date: IsoDate }[], asOf: IsoDate): StageEntry[] {
  const byKey = new Map<string, StageEntry>();
  for (const s of states) {
    if (s.stage === null) continue;
    const key = stageKey(s.stage);
    if (!byKey.has(key)) byKey.set(key, { stage: s.stage, enteredOn: s.date, exact: s.origin === 'history' });
  }
  for (const { stage: label, date } of exactDates) {
    if (date > asOf) continue;
    const key = stageKey(label);
    const seen = byKey.get(key) ?? byKey.get(normalizeKey(label));
    if (seen !== undefined) {
      seen.enteredOn = date;
      seen.exact = true;
    } else {
      byKey.set(key, { stage: label.replace(TRAILING_PARENS, ''), enteredOn: date, exact: true });
    }
  }
  return [...byKey.values()].sort((a, b) => (a.enteredOn < b.enteredOn ? -1 : a.enteredOn > b.enteredOn ? 1 : 0));
}

/** HubSpot adds the pipeline in parentheses: 'Closed Won (Sales Pipeline)'. */
const TRAILING_PARENS = /\s*\([^()]*\)\s*$/;

/** Keys of the stage texts met so far: a data set has few of them, and every deal asks. */
const stageKeys = new Map<string, string>();
const STAGE_KEYS = 10_000;

function stageKey(stage: string): string {
  let key = stageKeys.get(stage);
  if (key === undefined) {
    const bare = stage.replace(TRAILING_PARENS, '');
    key = normalizeKey(bare === '' ? stage : bare);
    if (stageKeys.size < STAGE_KEYS) stageKeys.set(stage, key);
  }
  return key;
}

function sameStage(a: string, b: string): boolean {
  return a === b || stageKey(a) === stageKey(b);
}
