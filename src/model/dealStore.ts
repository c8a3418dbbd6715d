/**
 * Where deal rows go as they arrive, compacted: per deal id only its distinct states, which
 * state it had in each snapshot source (a small array of numbers), the latest full row, and
 * its history-table observations. Every DealRow of every snapshot is not kept.
 */
import type { DealRow, IsoDate, SourceRef } from '../schema/types.ts';
import { compareText } from './compareText.ts';
import { CARRIED, rawStateOfDeal, type CarriedField, type RawState } from './rawState.ts';

/** One deals table at one snapshot date: (date, file, sheet). */
export interface SnapshotSource {
  index: number;
  /** Null when the rows had no snapshot date: they take the as-of date. */
  date: IsoDate | null;
  file: string;
  sheet: string | null;
  /** Fields at least one row of this source had a value in (the others are missing columns). */
  filled: Set<CarriedField>;
}

export interface HistoryObservation {
  date: IsoDate;
  state: RawState;
  source: SourceRef;
}

export interface DealRecord {
  readonly id: string;
  /** Distinct states seen in deal exports, in the order first met. */
  states: RawState[];
  /** By snapshot source index: 1 + index into `states`; 0 or missing when absent from that source. */
  at: number[];
  /** Index into `states` of the state last observed: a deal mostly keeps its state from one snapshot to the next. */
  lastState: number;
  /** The last batch this deal was in (see DealStore.place) and its place there. */
  batch: number;
  place: number;
  /** Latest row with a snapshot date (by date, file, sheet, row). */
  latestDated: DealRow | null;
  /** That row's source and row number, so a later row is compared without reading the row. */
  latestDatedSource: SnapshotSource | null;
  latestDatedRow: number;
  /** Latest row without a snapshot date (by file, sheet, row). */
  latestUndated: DealRow | null;
  /** Observations from history tables keyed by deal id. */
  history: HistoryObservation[];
}

export interface DealStore {
  readonly sources: readonly SnapshotSource[];
  readonly records: ReadonlyMap<string, DealRecord>;
  /** The snapshot source for (date, file, sheet), registered on first use. */
  source(date: IsoDate | null, file: string, sheet: string | null): SnapshotSource;
  /** Start a batch: the rows of one snapshot of one table, given to place() one by one. */
  beginBatch(): void;
  /**
   * The place of a deal id in the current batch: where it first came (a new place for an id new
   * to the batch, whose record is then created if needed and must be observed). Snapshots of a
   * report list deals in much the same order each time, so the record is first looked for after
   * the one before it in the previous batch, and only then by id.
   */
  place(id: string): number;
  /** The records of the current batch, by place. */
  readonly batch: readonly DealRecord[];
  /**
   * Record a deal row's state in a source (amounts without a currency are in
   * `reportingCurrency`). Returns true when this deal already had a different state in that
   * source (the same deal twice in one snapshot across calls; the new row wins).
   */
  observe(row: DealRow, source: SnapshotSource, reportingCurrency: string): boolean;
  /** observe() for the row's record, already at hand. */
  observeRecord(rec: DealRecord, row: DealRow, source: SnapshotSource, reportingCurrency: string): boolean;
  addHistory(dealId: string, observation: HistoryObservation): void;
}

export function createDealStore(): DealStore {
  const sources: SnapshotSource[] = [];
  const sourceIndex = new Map<string, SnapshotSource>();
  const records = new Map<string, DealRecord>();
  let last: SnapshotSource | null = null;

  const record = (id: string): DealRecord => {
    let rec = records.get(id);
    if (rec === undefined) {
      rec = { id, states: [], at: [], lastState: -1, batch: 0, place: 0, latestDated: null, latestDatedSource: null, latestDatedRow: 0, latestUndated: null, history: [] };
      records.set(id, rec);
    }
    return rec;
  };

  const observeRecord = (rec: DealRecord, row: DealRow, source: SnapshotSource, reportingCurrency: string): boolean => {
    if (source.filled.size < CARRIED.length) for (const field of CARRIED) if (row[field] !== null) source.filled.add(field);
    const before = rec.at[source.index] ?? 0;
    // The state is only built when the deal has not had it before (states are kept distinct).
    const currency = row.currency ?? reportingCurrency;
    const states = rec.states;
    let slot = rec.lastState >= 0 && sameState(states[rec.lastState]!, row, currency) ? rec.lastState : -1;
    for (let i = 0; slot < 0 && i < states.length; i++) if (sameState(states[i]!, row, currency)) slot = i;
    if (slot < 0) {
      const state = rawStateOfDeal(row, reportingCurrency);
      // One string per stage and currency text: later comparisons read only what is at hand.
      if (state.stage !== null) state.stage = shared(state.stage);
      if (state.currency !== null) state.currency = shared(state.currency);
      slot = states.push(state) - 1;
    }
    rec.lastState = slot;
    rec.at[source.index] = slot + 1;
    if (row.snapshotDate === null) {
      if (rec.latestUndated === null || compareRows(row, rec.latestUndated) >= 0) rec.latestUndated = row;
    } else if (rec.latestDated === null || laterRow(source, row.source.row, rec.latestDatedSource!, rec.latestDatedRow) >= 0) {
      rec.latestDated = row;
      rec.latestDatedSource = source;
      rec.latestDatedRow = row.source.row;
    }
    return before !== 0 && before !== slot + 1;
  };
  const texts = new Map<string, string>();
  const shared = (text: string): string => {
    const known = texts.get(text);
    if (known !== undefined) return known;
    if (texts.size < SHARED_TEXTS) texts.set(text, text);
    return text;
  };

  let batchNumber = 0;
  let previous: DealRecord[] = [];
  let current: DealRecord[] = [];
  // The ids as the rows gave them: the previous batch's are compared in the order they came.
  let previousIds: string[] = [];
  let currentIds: string[] = [];
  let cursor = 0;

  return {
    sources,
    records,
    get batch() {
      return current;
    },
    beginBatch() {
      batchNumber++;
      previous = current;
      current = [];
      previousIds = currentIds;
      currentIds = [];
      cursor = 0;
    },
    place(id) {
      let rec: DealRecord;
      if (previousIds[cursor] === id) {
        rec = previous[cursor++]!;
      } else {
        rec = record(id);
        // Predict on from this deal's place in the previous batch.
        if (rec.batch === batchNumber - 1 && previous[rec.place] === rec) cursor = rec.place + 1;
      }
      if (rec.batch !== batchNumber) {
        rec.batch = batchNumber;
        rec.place = current.length;
        current.push(rec);
        currentIds.push(id);
      }
      return rec.place;
    },
    observeRecord,
    source(date, file, sheet) {
      if (last !== null && last.date === date && last.file === file && last.sheet === sheet) return last;
      const key = `${date ?? ''}\u0000${file}\u0000${sheet ?? '\u0000'}`;
      let src = sourceIndex.get(key);
      if (src === undefined) {
        src = { index: sources.length, date, file, sheet, filled: new Set() };
        sources.push(src);
        sourceIndex.set(key, src);
      }
      last = src;
      return src;
    },
    observe: (row, source, reportingCurrency) => observeRecord(record(row.id), row, source, reportingCurrency),
    addHistory(dealId, observation) {
      record(dealId).history.push(observation);
    },
  };
}

/** Whether a row's state (its currency given) is `state`: sameRawState without building the row's state. */
function sameState(state: RawState, row: DealRow, currency: string): boolean {
  return (
    state.stage === row.stage &&
    state.status === row.status &&
    state.amount === row.amount &&
    state.currency === currency &&
    state.closeDate === row.closeDate &&
    state.forecastCategory === row.forecastCategory &&
    state.probability === row.probability
  );
}

/** Distinct stage and currency texts shared by the states. */
const SHARED_TEXTS = 10_000;

/** compareRows for two dated rows given by their sources and row numbers. */
function laterRow(a: SnapshotSource, aRow: number, b: SnapshotSource, bRow: number): number {
  if (a === b) return aRow - bRow;
  return compareText(a.date!, b.date!) || compareText(a.file, b.file) || compareText(a.sheet ?? '', b.sheet ?? '') || aRow - bRow;
}

/** Order of deal rows: snapshot date (undated last), file, sheet, row. */
export function compareRows(a: DealRow, b: DealRow): number {
  return (
    compareText(a.snapshotDate ?? '\uffff', b.snapshotDate ?? '\uffff') ||
    compareText(a.source.file, b.source.file) ||
    compareText(a.source.sheet ?? '', b.source.sheet ?? '') ||
    a.source.row - b.source.row
  );
}
