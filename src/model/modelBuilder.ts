/**
 * Typed rows -> the model, incrementally: the caller hands over one file's rows at a time and
 * drops them; the builder keeps per deal only its distinct states, which state it had in each
 * snapshot, its latest full row and its history rows (see dealStore.ts). `finish` settles the
 * as-of date and builds deals with their history, reps, quotas and snapshots.
 *
 * Rules:
 * - as-of date: config.asOf, else the latest snapshot date, else the latest date in the data
 *   (created dates, close dates of closed deals, activity dates, history dates; the close dates
 *   of open deals are forecasts, not facts, so they do not count);
 * - rows without a snapshot date take the as-of date; observations after it are ignored;
 * - the same deal twice in one snapshot of one table: the later row wins; two tables with the
 *   same snapshot date are merged, the later table (by file name, then sheet) winning;
 * - columnsPresent: a column counts as present when any deal row had a value in it.
 */
import type { CallRow } from '../schema/CallRowSchema.ts';
import { resolveCalls } from './resolveCalls.ts';
import type { Config } from '../schema/configSchema.ts';
import { resolveStages } from '../schema/stages.ts';
import { stageEntryDates } from '../schema/stageEntryDates.ts';
import type { DealRow, HistoryRow, Issue, IsoDate, QuotaRow, RosterRow, SourceRef } from '../schema/types.ts';
import { currencyConverter } from './currencyConverter.ts';
import { compareText } from './compareText.ts';
import { dealHistory } from './dealHistory.ts';
import { createDealStore, type DealRecord, type HistoryObservation, type SnapshotSource } from './dealStore.ts';
import { dedupeDealRows } from './dedupeDealRows.ts';
import { fiscalCalendar } from './fiscalCalendar.ts';
import { historyByName, tallyUnmatched, type UnmatchedHistory } from './historyByName.ts';
import { describePlace, modelIssue } from './modelIssue.ts';
import { modelNotes } from './modelNotes.ts';
import { CARRIED, rawStateOfHistory, type CarriedField } from './rawState.ts';
import { repDirectory } from './repDirectory.ts';
import { createRepRegistry, type OwnerMatch } from './repRegistry.ts';
import { resolveObservations, type RawObservation } from './resolveObservations.ts';
import { quotaNotes } from './quotaNotes.ts';
import { resolveQuotas } from './resolveQuotas.ts';
import type { Deal, Model, Snapshot } from './types.ts';

export interface ModelBuilder {
  addDeals(rows: readonly DealRow[]): void;
  addHistory(rows: readonly HistoryRow[]): void;
  addQuotas(rows: readonly QuotaRow[]): void;
  addRoster(rows: readonly RosterRow[]): void;
  /** The manager's calls (a calls file). */
  addCalls?(rows: readonly CallRow[]): void;
  /** Build the model. Deal rows whose snapshotDate is null take the as-of date. */
  finish(): { model: Model; issues: Issue[] };
}

type ColumnsPresent = Model['columnsPresent'];

/** Used only when the data holds no date at all (then there is nothing to date either). */
const NO_DATE = '1970-01-01';

export interface ModelBuilderOptions {
  /**
   * False when the config file does not set "currency": then, when every amount in the data
   * carries one and the same currency (a symbol or a code), that currency is the reporting
   * currency instead of the default. Default true.
   */
  currencyConfigured?: boolean;
}

export function createModelBuilder(config: Config, options: ModelBuilderOptions = {}): ModelBuilder {
  const calendar = fiscalCalendar({ startMonth: config.fiscalYearStartMonth, naming: config.fiscalYearNaming });
  let converter = currencyConverter(config);
  const currencyConfigured = options.currencyConfigured ?? true;
  /** Amounts seen by their currency ('' = none written), deals and quotas. */
  const amountCurrencies = new Map<string, number>();
  const noteCurrency = (amount: number | null, currency: string | null): void => {
    if (amount === null) return;
    const key = currency ?? '';
    amountCurrencies.set(key, (amountCurrencies.get(key) ?? 0) + 1);
  };
  const stageLookup = resolveStages(config);
  const configAsOf = config.asOf ?? null;
  const store = createDealStore();
  const issues: Issue[] = [];
  const columnsPresent: ColumnsPresent = {
    nextStep: false,
    lastActivityDate: false,
    forecastCategory: false,
    probability: false,
    createdDate: false,
    lossReason: false,
  };
  let latestDataDate: IsoDate | null = null;
  const noteDate = (date: IsoDate | null): void => {
    if (date !== null && (latestDataDate === null || date > latestDataDate)) latestDataDate = date;
  };
  const undated = new Map<string, { count: number; first: SourceRef }>();
  const after = { ids: new Set<string>(), dates: new Set<IsoDate>(), historyRows: 0 };
  const namedHistory = new Map<string, HistoryObservation[]>();
  const quotaRows: QuotaRow[] = [];
  const rosterRows: RosterRow[] = [];
  const callRows: CallRow[] = [];

  return {
    addDeals(rows) {
      const kept: DealRow[] = [];
      // Whether the kept rows are all of one snapshot of one table (the usual batch: one table's rows).
      let first: DealRow | null = null;
      let oneSource = true;
      for (const row of rows) {
        columnsPresent.nextStep ||= row.nextStep !== null;
        columnsPresent.lastActivityDate ||= row.lastActivityDate !== null;
        columnsPresent.forecastCategory ||= row.forecastCategory !== null;
        columnsPresent.probability ||= row.probability !== null;
        columnsPresent.createdDate ||= row.createdDate !== null;
        columnsPresent.lossReason ||= row.lossReason !== null;
        if (!currencyConfigured) noteCurrency(row.amount, row.currency);
        noteDate(row.createdDate);
        noteDate(row.lastActivityDate);
        if (row.status !== 'open') noteDate(row.closeDate);
        if (configAsOf !== null && row.snapshotDate !== null && row.snapshotDate > configAsOf) {
          after.ids.add(row.id);
          after.dates.add(row.snapshotDate);
          continue;
        }
        if (row.snapshotDate === null) {
          const seen = undated.get(row.source.file);
          if (seen === undefined) undated.set(row.source.file, { count: 1, first: row.source });
          else seen.count++;
        }
        if (first === null) first = row;
        else if (oneSource && (row.snapshotDate !== first.snapshotDate || row.source.file !== first.source.file || row.source.sheet !== first.source.sheet)) oneSource = false;
        kept.push(row);
      }
      if (first === null) return;
      // One source (the usual batch: one table's rows): a deal id's place in the batch, found
      // through its record, tells a repeated id; the record is then observed directly.
      const source = oneSource ? store.source(first.snapshotDate, first.source.file, first.source.sheet) : null;
      if (source !== null) store.beginBatch();
      const deduped =
        source === null
          ? dedupeDealRows(kept)
          : dedupeDealRows(kept, {
              find(row) {
                const known = store.batch.length;
                const place = store.place(row.id);
                return place < known ? place : -1;
              },
              add() {},
            });
      issues.push(...deduped.issues);
      for (let i = 0; i < deduped.rows.length; i++) {
        const row = deduped.rows[i]!;
        const repeated =
          source === null
            ? store.observe(row, store.source(row.snapshotDate, row.source.file, row.source.sheet), converter.currency)
            : store.observeRecord(store.batch[i]!, row, source, converter.currency);
        if (repeated) {
          issues.push(
            modelIssue(
              'warning',
              'duplicate-id',
              row.source,
              `${describePlace(row.source)}: deal id "${row.id}" was already given with different values for the same snapshot of this table; this row was used, so remove the other row or export one row per deal.`,
              { value: row.id },
            ),
          );
        }
      }
    },

    addHistory(rows) {
      for (const row of rows) {
        noteDate(row.date);
        if (configAsOf !== null && row.date > configAsOf) {
          after.historyRows++;
          continue;
        }
        const observation: HistoryObservation = { date: row.date, state: rawStateOfHistory(row), source: row.source };
        if (row.keyType === 'id') {
          store.addHistory(row.dealKey, observation);
        } else {
          const list = namedHistory.get(row.dealKey);
          if (list === undefined) namedHistory.set(row.dealKey, [observation]);
          else list.push(observation);
        }
      }
    },

    addQuotas(rows) {
      if (!currencyConfigured) for (const row of rows) noteCurrency(row.amount, row.currency);
      quotaRows.push(...rows);
    },

    addRoster(rows) {
      rosterRows.push(...rows);
    },

    addCalls(rows) {
      callRows.push(...rows);
    },

    finish() {
      const out: Issue[] = [...issues];

      // The reporting currency, when the config sets none and every amount carries the same one.
      let currencySource: Model['currencySource'] = 'config';
      const only = amountCurrencies.size === 1 ? [...amountCurrencies.keys()][0]! : '';
      if (!currencyConfigured && only !== '' && only !== converter.currency) {
        converter = currencyConverter({ currency: only, exchangeRates: config.exchangeRates });
        currencySource = 'data';
        out.push(
          modelIssue('info', 'currency-from-data', null, `No reporting currency is set and every amount is in ${only}, so ${only} is the reporting currency; set "currency" in quarterdeck.config.json to report in another one (with "exchangeRates").`, { value: only }),
        );
      }

      // The as-of date.
      let latestSnapshot: IsoDate | null = null;
      for (const s of store.sources) if (s.date !== null && (latestSnapshot === null || s.date > latestSnapshot)) latestSnapshot = s.date;
      let asOf: IsoDate;
      let asOfSource: Model['asOfSource'];
      if (configAsOf !== null) {
        asOf = configAsOf;
        asOfSource = 'config';
      } else if (latestSnapshot !== null) {
        asOf = latestSnapshot;
        asOfSource = 'latest snapshot';
      } else {
        asOf = latestDataDate ?? NO_DATE;
        asOfSource = 'latest date in data';
        out.push(
          latestDataDate === null
            ? modelIssue('warning', 'no-as-of-date', null, 'No date was found in the data, so the dashboard has no as-of date; set "asOf" in quarterdeck.config.json to the date the exports were taken.')
            : modelIssue('info', 'as-of-from-data', null, `No export says when it was taken, so the as-of date is ${asOf}, the latest date in the data; set "asOf" in quarterdeck.config.json (or put the date in the file names) if the exports are from a later day.`, { value: asOf }),
        );
      }

      // Snapshot sources in order; undated ones take the as-of date.
      const dateOf = (s: SnapshotSource): IsoDate => s.date ?? asOf;
      const sources = store.sources
        .filter((s) => dateOf(s) <= asOf)
        .sort((a, b) => compareText(dateOf(a), dateOf(b)) || compareText(a.file, b.file) || compareText(a.sheet ?? '', b.sheet ?? ''));
      const lastDate = sources.length > 0 ? dateOf(sources[sources.length - 1]!) : null;
      const latestSources = sources.filter((s) => dateOf(s) === lastDate);
      // The fields each source lacks a column for; sources lacking the same fields share one array.
      const carriedLists = new Map<string, readonly CarriedField[]>();
      const missingColumns = new Map<number, readonly CarriedField[]>();
      for (const s of sources) {
        const list = CARRIED.filter((f) => !s.filled.has(f));
        const key = list.join(',');
        if (!carriedLists.has(key)) carriedLists.set(key, list);
        missingColumns.set(s.index, carriedLists.get(key)!);
      }
      // The same, by position in `sources`, for the loop over every deal and source below; dates numbered in order.
      const sourceIndex = sources.map((s) => s.index);
      const sourceDate = sources.map(dateOf);
      const carriedAt = sources.map((s) => missingColumns.get(s.index)!);
      const dateNumber: number[] = [];
      for (let i = 0; i < sources.length; i++) dateNumber.push(i > 0 && sourceDate[i] === sourceDate[i - 1] ? dateNumber[i - 1]! : (dateNumber[i - 1] ?? -1) + 1);
      const dealsByDate = new Int32Array(sources.length);

      // Latest row of each deal; history keyed by name.
      const latestRows = new Map<string, DealRow>();
      for (const rec of store.records.values()) {
        const row = latestRow(rec, asOf);
        if (row !== null) latestRows.set(rec.id, row);
      }
      const unmatched: UnmatchedHistory = new Map();
      const dealNames = new Map<string, string>();
      // Without history keyed by name there is nothing to match: the names are not indexed.
      if (namedHistory.size > 0) for (const [id, row] of latestRows) if (row.name !== null) dealNames.set(id, row.name);
      const named = historyByName(namedHistory, dealNames, unmatched);
      out.push(...named.issues);

      // Deals.
      const directory = repDirectory(rosterRows);
      const registry = createRepRegistry(directory);
      const conflicts = new Map<string, { date: IsoDate; used: string; overridden: string; count: number; first: string }>();
      const missingRates = new Map<string, { deals: number; quotas: number; first: SourceRef }>();
      const leftOutAmounts = new Map<string, number>();
      const pending: { deal: Deal; owner: OwnerMatch }[] = [];
      let historyAfterAsOf = after.historyRows;
      const records = [...store.records.values()].sort((a, b) => compareText(a.id, b.id));
      for (const rec of records) {
        const row = latestRow(rec, asOf);
        if (row === null) {
          for (const o of rec.history) tallyUnmatched(unmatched, rec.id, o.source);
          continue;
        }
        const raw: RawObservation[] = [];
        const historyRows = [...rec.history, ...(named.byDeal.get(rec.id) ?? [])];
        // Without history rows, the snapshots between the first and the last of a run with the
        // same state (and the same missing columns) change nothing in the deal's history: only
        // the run's ends are kept, so a deal costs its changes, not its snapshots.
        const runs = historyRows.length === 0;
        let counted = -1;
        let runSlot = 0;
        let runCarried: readonly CarriedField[] | null = null;
        let runEnd = -1;
        const observe = (i: number, slot: number): void => {
          const s = sources[i]!;
          raw.push({ date: sourceDate[i]!, origin: 'snapshot', file: s.file, sheet: s.sheet, row: 0, state: rec.states[slot - 1]!, carried: carriedAt[i]! });
        };
        for (let i = 0; i < sources.length; i++) {
          const slot = rec.at[sourceIndex[i]!] ?? 0;
          if (slot === 0) continue;
          const d = dateNumber[i]!;
          if (counted !== d) dealsByDate[d]!++;
          counted = d;
          const carried = carriedAt[i]!;
          if (runs && slot === runSlot && carried === runCarried) {
            runEnd = i;
            continue;
          }
          if (runEnd >= 0) observe(runEnd, runSlot);
          observe(i, slot);
          runSlot = slot;
          runCarried = carried;
          runEnd = -1;
        }
        if (runEnd >= 0) observe(runEnd, runSlot);
        for (const o of historyRows) {
          if (o.date > asOf) {
            historyAfterAsOf++;
            continue;
          }
          raw.push({ date: o.date, origin: 'history', file: o.source.file, sheet: o.source.sheet, row: o.source.row, state: o.state, carried: CARRIED });
        }
        const resolved = resolveObservations(raw, { dealCurrency: row.currency ?? converter.currency, converter, stageLookup });
        for (const c of resolved.conflicts) {
          const key = `${c.date}\u0000${c.used}\u0000${c.overridden}`;
          const seen = conflicts.get(key);
          if (seen === undefined) conflicts.set(key, { ...c, count: 1, first: rec.id });
          else seen.count++;
        }
        for (const currency of resolved.missingRates) {
          const seen = missingRates.get(currency);
          if (seen === undefined) missingRates.set(currency, { deals: 1, quotas: 0, first: row.source });
          else seen.deals++;
        }
        const last = resolved.observations[resolved.observations.length - 1]!;
        if (last.amount === null && last.amountOriginal !== null && resolved.missingRates.has(last.currency)) {
          leftOutAmounts.set(last.currency, (leftOutAmounts.get(last.currency) ?? 0) + last.amountOriginal);
        }
        const history = dealHistory(resolved.observations, {
          asOf,
          calendar,
          stageEntryDates: stageEntryDates(row.attributes),
          lastActivityDate: row.lastActivityDate,
          absentFromLatestSnapshot: lastDate !== null && !latestSources.some((s) => (rec.at[s.index] ?? 0) > 0),
        });
        const final = resolved.observations[resolved.observations.length - 1]!;
        const owner = registry.addOwner(row.owner, row.source);
        pending.push({
          owner,
          deal: {
            id: rec.id,
            idDerived: row.idDerived,
            name: row.name ?? rec.id,
            account: row.account,
            owner: '',
            team: null,
            region: null,
            stage: final.stage,
            status: final.status,
            amount: final.amount,
            amountOriginal: final.amountOriginal,
            // A deal without an amount is in the reporting currency (it may have been decided from the data after the row was read).
            currency: final.amountOriginal === null ? converter.currency : final.currency,
            createdDate: row.createdDate,
            closeDate: final.closeDate,
            forecastCategory: final.forecastCategory,
            probability: final.probability,
            type: row.type,
            leadSource: row.leadSource,
            nextStep: row.nextStep,
            lastActivityDate: row.lastActivityDate,
            lossReason: row.lossReason,
            attributes: row.attributes,
            source: row.source,
            history,
          },
        });
      }
      const deals: Deal[] = pending.map(({ deal, owner }) => {
        deal.owner = registry.ownerName(owner);
        if ('roster' in owner) Object.assign(deal, directory.placement(owner.roster, deal.closeDate));
        return deal;
      });
      // In id order already: records were sorted by id.

      // Quotas and reps.
      const quotas = resolveQuotas(quotaRows, { calendar, converter, holderName: (q) => registry.holderName(q) });
      out.push(...quotas.issues, ...registry.issues(), ...quotaNotes(quotas.quotas, deals, { asOf, calendar }));
      for (const [currency, q] of quotas.missingRates) {
        const seen = missingRates.get(currency);
        if (seen === undefined) missingRates.set(currency, { deals: 0, quotas: q.count, first: q.first });
        else seen.quotas += q.count;
      }

      // Snapshots.
      const snapshotCounts = new Map<IsoDate, number>();
      for (let i = 0; i < sources.length; i++) snapshotCounts.set(sourceDate[i]!, dealsByDate[dateNumber[i]!]!);
      const snapshots: Snapshot[] = [];
      for (const s of sources) {
        const date = dateOf(s);
        let snap = snapshots[snapshots.length - 1];
        if (snap === undefined || snap.date !== date) {
          snap = { date, files: [], dealCount: snapshotCounts.get(date) ?? 0 };
          snapshots.push(snap);
        }
        if (!snap.files.includes(s.file)) snap.files.push(s.file);
      }
      for (const snap of snapshots) snap.files.sort(compareText);

      out.push(...modelNotes({ asOf, undated, after, historyAfterAsOf, latestRows, conflicts, missingRates, unmatched, reporting: converter.currency }));
      const calls = resolveCalls(callRows, { calendar, converter });
      out.push(...calls.issues);
      const model: Model = {
        asOf,
        asOfSource,
        currency: converter.currency,
        fiscalYearStartMonth: config.fiscalYearStartMonth,
        fiscalYearNaming: config.fiscalYearNaming,
        deals,
        snapshots,
        reps: registry.reps(),
        quotas: quotas.quotas,
        calls: calls.calls,
        hasHistory: deals.some((d) => d.history.known),
        leftOut: [...missingRates]
          .sort(([a], [b]) => compareText(a, b))
          .map(([currency, m]) => ({ currency, deals: m.deals, quotas: m.quotas, amount: Math.round((leftOutAmounts.get(currency) ?? 0) * 100) / 100 })),
        currencySource,
        columnsPresent: { ...columnsPresent },
      };
      return { model, issues: sortIssues(out) };
    },
  };
}

/** The deal's latest row at or before the as-of date (undated rows count as of the as-of date). */
function latestRow(rec: DealRecord, asOf: IsoDate): DealRow | null {
  const dated = rec.latestDated !== null && rec.latestDated.snapshotDate! <= asOf ? rec.latestDated : null;
  const undatedRow = rec.latestUndated;
  if (dated === null || undatedRow === null) return dated ?? undatedRow;
  const order =
    compareText(dated.snapshotDate!, asOf) ||
    compareText(dated.source.file, undatedRow.source.file) ||
    compareText(dated.source.sheet ?? '', undatedRow.source.sheet ?? '') ||
    dated.source.row - undatedRow.source.row;
  return order > 0 ? dated : undatedRow;
}

/** By file, sheet, row (model-wide issues first), code and message: the same whatever order the files came in. */
function sortIssues(issues: Issue[]): Issue[] {
  return issues
    .map((issue, i) => ({ issue, i }))
    .sort(
      (a, b) =>
        compareText(a.issue.file, b.issue.file) ||
        compareText(a.issue.sheet ?? '', b.issue.sheet ?? '') ||
        (a.issue.row ?? 0) - (b.issue.row ?? 0) ||
        compareText(a.issue.code, b.issue.code) ||
        compareText(a.issue.message, b.issue.message) ||
        a.i - b.i,
    )
    .map((x) => x.issue);
}
