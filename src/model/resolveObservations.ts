/**
 * One deal's observations (its snapshot states and history-table rows) made ready for its
 * history: sorted, the same snapshot date from two tables merged, blanks of history rows
 * filled, amounts converted to the reporting currency.
 */
import type { StageLookup } from '../schema/stages.ts';
import type { DealStatus, ForecastCategory, IsoDate } from '../schema/types.ts';
import type { CurrencyConverter } from './currencyConverter.ts';
import { compareText } from './compareText.ts';
import { CARRIED, type CarriedField, type RawState } from './rawState.ts';

export interface RawObservation {
  date: IsoDate;
  origin: 'snapshot' | 'history';
  file: string;
  sheet: string | null;
  /** Row number for history rows; 0 for snapshots (one state per deal and table). */
  row: number;
  state: RawState;
  /**
   * Fields whose blank means "unchanged" rather than "empty": every field of a history row (it
   * records what changed), and the fields a snapshot's table has no values for at all (the
   * export lacks the column).
   */
  carried: readonly CarriedField[];
}


/** A deal's fields at one observation, amounts in the reporting currency. */
export interface Observation {
  date: IsoDate;
  origin: 'snapshot' | 'history';
  stage: string | null;
  status: DealStatus;
  amount: number | null;
  amountOriginal: number | null;
  currency: string;
  closeDate: IsoDate | null;
  forecastCategory: ForecastCategory | null;
  probability: number | null;
}

/** Two tables giving the same snapshot date that disagree about this deal; the later one was used. */
export interface SnapshotConflict {
  date: IsoDate;
  used: string;
  overridden: string;
}

export interface ResolvedObservations {
  observations: Observation[];
  conflicts: SnapshotConflict[];
  /** Currencies without an exchange rate among this deal's amounts. */
  missingRates: Set<string>;
}

export interface ResolveObservationsOptions {
  /** Currency of history amounts whose table has no currency: the deal's own. */
  dealCurrency: string;
  converter: CurrencyConverter;
  stageLookup: StageLookup;
}

type Filled = Omit<RawState, 'status' | 'currency'> & { status: DealStatus | null; currency: string };

/**
 * A blank that means "unchanged" (see `carried`) takes the value of the observation before,
 * or, before the field's first value, that first value. A history row's missing status comes
 * from its stage (the stage ladder), else stays as before, else open.
 */
export function resolveObservations(raw: readonly RawObservation[], options: ResolveObservationsOptions): ResolvedObservations {
  const { dealCurrency, converter, stageLookup } = options;
  const sorted = [...raw].sort(compareObservations);
  const conflicts: SnapshotConflict[] = [];
  const merged: RawObservation[] = [];
  for (const o of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && o.origin === 'snapshot' && last.origin === 'snapshot' && last.date === o.date) {
      if (!agree(last, o)) conflicts.push({ date: o.date, used: tableLabel(o), overridden: tableLabel(last) });
      merged[merged.length - 1] = combine(last, o);
    } else {
      merged.push(o);
    }
  }

  const filled: Filled[] = [];
  merged.forEach((o, i) => {
    const s = o.state;
    const p = filled[i - 1];
    const carry = (field: CarriedField): boolean => p !== undefined && s[field] === null && o.carried.includes(field);
    const stageChanged = s.stage !== null && s.stage !== p?.stage;
    filled.push({
      stage: carry('stage') ? p!.stage : s.stage,
      status: s.status ?? (p === undefined ? statusOf(s.stage, stageLookup) : stageChanged ? (statusOf(s.stage, stageLookup) ?? 'open') : p.status),
      amount: carry('amount') ? p!.amount : s.amount,
      currency: carry('amount') ? p!.currency : (s.currency ?? dealCurrency),
      closeDate: carry('closeDate') ? p!.closeDate : s.closeDate,
      forecastCategory: carry('forecastCategory') ? p!.forecastCategory : s.forecastCategory,
      probability: carry('probability') ? p!.probability : s.probability,
    });
  });
  for (const field of CARRIED) backfill(merged, filled, field);

  const missingRates = new Set<string>();
  const observations = merged.map((o, i): Observation => {
    const f = filled[i]!;
    if (f.amount !== null && !converter.hasRate(f.currency)) missingRates.add(f.currency);
    return {
      date: o.date,
      origin: o.origin,
      stage: f.stage,
      status: f.status ?? statusOf(f.stage, stageLookup) ?? 'open',
      amount: converter.convert(f.amount, f.currency),
      amountOriginal: f.amount,
      currency: f.currency,
      closeDate: f.closeDate,
      forecastCategory: f.forecastCategory,
      probability: f.probability,
    };
  });
  return { observations, conflicts, missingRates };
}

/**
 * Blanks that mean "unchanged" before the first value of a field take that first value: a
 * history row before the deal's first snapshot, or a table without the column.
 */
function backfill(merged: readonly RawObservation[], filled: Filled[], field: CarriedField): void {
  const k = filled.findIndex((f) => f[field] !== null);
  if (k <= 0) return;
  const source = filled[k]!;
  for (let i = k - 1; i >= 0 && merged[i]!.carried.includes(field); i--) {
    const target = filled[i]!;
    switch (field) {
      case 'stage':
        target.stage = source.stage;
        target.status ??= source.status;
        break;
      case 'amount':
        target.amount = source.amount;
        target.currency = source.currency;
        break;
      case 'closeDate':
        target.closeDate = source.closeDate;
        break;
      case 'forecastCategory':
        target.forecastCategory = source.forecastCategory;
        break;
      case 'probability':
        target.probability = source.probability;
        break;
    }
  }
}

/** Two tables' states of one snapshot date agree on every field both have a column for. */
function agree(a: RawObservation, b: RawObservation): boolean {
  if (a.state.status !== b.state.status) return false;
  return CARRIED.every((f) => {
    if (missing(a, f) || missing(b, f)) return true;
    return a.state[f] === b.state[f] && (f !== 'amount' || a.state.currency === b.state.currency);
  });
}

/** The later table's state, with the fields its table has no column for taken from the earlier one. */
function combine(earlier: RawObservation, later: RawObservation): RawObservation {
  if (later.carried.length === 0) return later;
  const state = { ...later.state };
  for (const f of later.carried) {
    if (state[f] !== null) continue;
    copyField(state, earlier.state, f);
    if (f === 'amount') state.currency = earlier.state.currency;
  }
  return { ...later, state, carried: later.carried.filter((f) => missing(earlier, f)) };
}

function copyField<K extends CarriedField>(to: RawState, from: RawState, field: K): void {
  to[field] = from[field];
}

function missing(o: RawObservation, field: CarriedField): boolean {
  return o.state[field] === null && o.carried.includes(field);
}

function statusOf(stage: string | null, stageLookup: StageLookup): DealStatus | null {
  return stage === null ? null : (stageLookup(stage)?.status ?? null);
}

/** Date, then history rows before snapshots (a snapshot shows the end of its day), file, sheet, row. */
function compareObservations(a: RawObservation, b: RawObservation): number {
  return (
    compareText(a.date, b.date) ||
    (a.origin === b.origin ? 0 : a.origin === 'history' ? -1 : 1) ||
    compareText(a.file, b.file) ||
    compareText(a.sheet ?? '', b.sheet ?? '') ||
    a.row - b.row
  );
}

function tableLabel(o: RawObservation): string {
  return o.sheet === null ? o.file : `${o.file} › ${o.sheet}`;
}
