/**
 * History tables keyed by deal name (Salesforce's OpportunityHistory in the analytics sample has
 * no opportunity id): each name matched to a deal by exact name, else by name ignoring case,
 * spaces and punctuation. A name shared by several deals is not used (warning); rows naming no
 * deal are counted for one info per file.
 */
import type { Issue, SourceRef } from '../schema/types.ts';
import { normalizeKey } from '../schema/values/normalizeKey.ts';
import { compareText } from './compareText.ts';
import type { HistoryObservation } from './dealStore.ts';
import { describePlace, modelIssue, plural } from './modelIssue.ts';

const WARNINGS_PER_FILE = 20;

/** History rows that matched no deal, by file. */
export type UnmatchedHistory = Map<string, { count: number; first: { key: string; source: SourceRef } }>;

export function tallyUnmatched(tally: UnmatchedHistory, key: string, source: SourceRef): void {
  const seen = tally.get(source.file);
  if (seen === undefined) tally.set(source.file, { count: 1, first: { key, source } });
  else {
    seen.count++;
    const first = seen.first.source;
    if (compareText(source.sheet ?? '', first.sheet ?? '') < 0 || (source.sheet === first.sheet && source.row < first.row)) {
      seen.first = { key, source };
    }
  }
}

export interface HistoryByName {
  /** Deal id -> its history observations. */
  byDeal: Map<string, HistoryObservation[]>;
  issues: Issue[];
}

export function historyByName(
  byName: ReadonlyMap<string, readonly HistoryObservation[]>,
  dealNames: ReadonlyMap<string, string>,
  unmatched: UnmatchedHistory,
): HistoryByName {
  const exact = new Map<string, string[]>();
  const loose = new Map<string, string[]>();
  for (const [id, name] of dealNames) {
    push(exact, name, id);
    push(loose, normalizeKey(name), id);
  }
  const byDeal = new Map<string, HistoryObservation[]>();
  const ambiguous = new Map<string, { count: number; issues: Issue[] }>();
  const names = [...byName.keys()].sort(compareText);
  for (const name of names) {
    const observations = byName.get(name)!;
    let ids = exact.get(name);
    if (ids === undefined) ids = loose.get(normalizeKey(name)) ?? [];
    if (ids.length === 1) {
      const list = byDeal.get(ids[0]!) ?? [];
      list.push(...observations);
      byDeal.set(ids[0]!, list);
      continue;
    }
    if (ids.length === 0) {
      for (const o of observations) tallyUnmatched(unmatched, name, o.source);
      continue;
    }
    const first = observations.reduce((a, b) => (b.source.row < a.source.row ? b : a));
    const file = first.source.file;
    const tally = ambiguous.get(file) ?? { count: 0, issues: [] };
    ambiguous.set(file, tally);
    tally.count++;
    if (tally.issues.length < WARNINGS_PER_FILE) {
      const shown = [...ids].sort(compareText);
      tally.issues.push(
        modelIssue(
          'warning',
          'ambiguous-history-name',
          first.source,
          `${describePlace(first.source)}: the deal name "${name}" in this history table belongs to ${shown.length} deals (${shown.slice(0, 3).join(', ')}${shown.length > 3 ? ', ...' : ''}), so ${observations.length === 1 ? 'its history row was' : `its ${observations.length} history rows were`} not used; give those deals distinct names or export the history with the deal id.`,
          { value: name },
        ),
      );
    }
  }
  const issues: Issue[] = [];
  for (const [file, tally] of ambiguous) {
    issues.push(...tally.issues);
    const extra = tally.count - tally.issues.length;
    if (extra > 0) {
      issues.push(
        modelIssue(
          'warning',
          'ambiguous-history-name',
          { file },
          `${file}: ${plural(extra, 'more deal name')} in this history table belong to several deals each, so their rows were not used; give those deals distinct names or export the history with the deal id.`,
        ),
      );
    }
  }
  return { byDeal, issues };
}

function push(map: Map<string, string[]>, key: string, id: string): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [id]);
  else if (!list.includes(id)) list.push(id);
}
