/**
 * Where deal rows go as they arrive, compacted: per deal id only its distinct states, which
 * state it had in each snapshot source (a small array of numbers), the latest full row, and
 * its history-table observations. Every DealRow of every snapshot is not kept.
 */
import type { DealRow, IsoDate, SourceRef } from '../schema/types.ts';
import { compareText } from './compareText.ts';
import { CARRIED, sameRawState, type CarriedField, type RawState } from './rawState.ts';

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
  /** Latest row with a snapshot date (by date, file, sheet, row). */
  latestDated: DealRow | null;
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
  /**
   * Record a deal row's state in a source. Returns the state this deal already had in that
   * source (the same deal twice in one snapshot across calls; the new row wins), else null.
   */
  observe(row: DealRow, source: SnapshotSource, state: RawState): RawState | null;
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
      rec = { id, states: [], at: [], latestDated: null, latestUndated: null, history: [] };
      records.set(id, rec);
    }
    return rec;
  };

  return {
    sources,
    records,
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
    observe(row, source, state) {
      if (source.filled.size < CARRIED.length) for (const field of CARRIED) if (state[field] !== null) source.filled.add(field);
      const rec = record(row.id);
      const before = rec.at[source.index] ?? 0;
      let slot = rec.states.findIndex((s) => sameRawState(s, state));
      if (slot < 0) slot = rec.states.push(state) - 1;
      rec.at[source.index] = slot + 1;
      if (row.snapshotDate === null) {
        if (rec.latestUndated === null || compareRows(row, rec.latestUndated) >= 0) rec.latestUndated = row;
      } else if (rec.latestDated === null || compareRows(row, rec.latestDated) >= 0) {
        rec.latestDated = row;
      }
      return before === 0 ? null : (rec.states[before - 1] ?? null);
    },
    addHistory(dealId, observation) {
      record(dealId).history.push(observation);
    },
  };
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
