/**
 * The notes `finish` adds about whole files: rows without a snapshot date, data after the as-of
 * date, two tables disagreeing about one snapshot, currencies without a rate, history rows
 * naming no deal.
 */
import type { DealRow, Issue, IsoDate, SourceRef } from '../schema/types.ts';
import { compareText } from './compareText.ts';
import type { UnmatchedHistory } from './historyByName.ts';
import { describePlace, listNames, modelIssue, plural } from './modelIssue.ts';

export interface ModelNoteInputs {
  asOf: IsoDate;
  undated: Map<string, { count: number; first: SourceRef }>;
  after: { ids: Set<string>; dates: Set<IsoDate>; historyRows: number };
  historyAfterAsOf: number;
  latestRows: Map<string, DealRow>;
  conflicts: Map<string, { date: IsoDate; used: string; overridden: string; count: number; first: string }>;
  missingRates: Map<string, { deals: number; quotas: number; first: SourceRef }>;
  unmatched: UnmatchedHistory;
  reporting: string;
}

/** The file-level notes: undated rows, data after the as-of date, merged snapshots, currencies, unmatched history. */
export function modelNotes(n: ModelNoteInputs): Issue[] {
  const out: Issue[] = [];
  for (const [file, u] of n.undated) {
    out.push(
      modelIssue(
        'info',
        'snapshot-date-from-as-of',
        { file, sheet: u.first.sheet },
        `${file}: ${plural(u.count, 'deal row')} ${u.count === 1 ? 'has' : 'have'} no snapshot date, so ${u.count === 1 ? 'it was' : 'they were'} taken as of the as-of date ${n.asOf}; put the export date in the file name (deals-2026-03-31.csv) or set "snapshotDate" for this file under "files" in quarterdeck.config.json if that is wrong.`,
      ),
    );
  }
  const laterOnly = [...n.after.ids].filter((id) => !n.latestRows.has(id)).length;
  const ignoredHistory = n.historyAfterAsOf;
  if (n.after.dates.size > 0 || ignoredHistory > 0) {
    const parts: string[] = [];
    if (n.after.dates.size > 0) parts.push(`${plural(n.after.dates.size, 'snapshot date')} (${listNames([...n.after.dates].sort(compareText), 5)})`);
    if (ignoredHistory > 0) parts.push(plural(ignoredHistory, 'history row'));
    out.push(
      modelIssue(
        'info',
        'after-as-of',
        null,
        `${parts.join(' and ')} after the as-of date ${n.asOf} ${parts.length === 1 && n.after.dates.size + ignoredHistory === 1 ? 'was' : 'were'} ignored${laterOnly > 0 ? `, leaving out ${plural(laterOnly, 'deal')} seen only after it` : ''}; set "asOf" in quarterdeck.config.json to a later date to include them.`,
        { value: n.asOf },
      ),
    );
  }
  for (const c of n.conflicts.values()) {
    out.push(
      modelIssue(
        'warning',
        'snapshot-conflict',
        { file: c.used.split(' › ')[0]! },
        `${c.overridden} and ${c.used} both give the snapshot of ${c.date} and disagree on ${plural(c.count, 'deal')} (first: ${c.first}); the values from ${c.used} were used, so keep one export per snapshot date or fix the file names' dates.`,
        { value: c.date },
      ),
    );
  }
  for (const [currency, m] of [...n.missingRates].sort(([a], [b]) => compareText(a, b))) {
    const what = [m.deals > 0 ? plural(m.deals, 'deal') : '', m.quotas > 0 ? plural(m.quotas, 'quota row') : ''].filter(Boolean).join(' and ');
    const one = m.deals + m.quotas === 1;
    const effect =
      (m.deals > 0 ? (one ? 'its amount is left out of totals' : 'their amounts are left out of totals') : '') +
      (m.deals > 0 && m.quotas > 0 ? ' and ' : '') +
      (m.quotas > 0 ? (m.quotas === 1 ? 'the quota row is left out' : 'the quota rows are left out') : '');
    out.push(
      modelIssue(
        'warning',
        'missing-exchange-rate',
        m.first,
        `${what} (first: ${describePlace(m.first)}) ${one ? 'is' : 'are'} in ${currency}, which has no exchange rate, so ${effect}; add it to quarterdeck.config.json as "exchangeRates": { "${currency}": <${n.reporting} per ${currency}> }.`,
        { value: currency },
      ),
    );
  }
  for (const [file, u] of n.unmatched) {
    out.push(
      modelIssue(
        'info',
        'history-without-deal',
        { file, sheet: u.first.source.sheet },
        `${file}: ${plural(u.count, 'history row')} (first: row ${u.first.source.row}, "${u.first.key}") ${u.count === 1 ? 'names' : 'name'} no deal in the deal exports, so ${u.count === 1 ? 'it was' : 'they were'} not used; nothing needs fixing unless those deals belong in the deal exports.`,
        { value: u.first.key },
      ),
    );
  }
  return out;
}
