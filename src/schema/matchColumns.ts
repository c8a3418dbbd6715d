/**
 * Header row -> canonical fields of one kind of table, decided once per table, in four steps:
 *   1. config: the config's `columns` (all files) and the file entry's `columns` (this file;
 *      wins over the global ones). A config mapping takes its header away from everything else.
 *   2. alias: the header is one of the field's spellings (aliases.ts), compared with case,
 *      spaces and punctuation ignored, also once Salesforce's `__c` suffix is dropped
 *      (`StageName__c` is `StageName`). Several columns spelling one field: the spelling listed
 *      first wins, then the leftmost column.
 *   3. word match: the header's words and synonyms (wordRules.ts) name a field no alias filled
 *      (`Potential Owner`, `Assigned To`, `Closing Date`, `Owner.External_Id__c`).
 *   4. value profile: when two columns could be one money or date field, the column whose values
 *      look like it wins (money beats small whole numbers; dates beat text).
 * `how` says, for every mapped field, which step chose it and why.
 */
import type { RawRow } from '../ingest/types.ts';
import { ALIASES, DATE_ENTERED_PREFIX, type MappedKind } from './aliases.ts';
import { headerWords } from './headers/headerWords.ts';
import { profileScore, valueProfile, type ValueProfile } from './headers/valueProfile.ts';
import { WORD_RULES } from './headers/wordRules.ts';
import { normalizeKey } from './values/normalizeKey.ts';

export type MatchedBy = 'config' | 'alias' | 'word match' | 'value profile';

export interface MatchReason {
  by: MatchedBy;
  /** Why, in a few words: `alias "Close Date"`, `words: close, date`, `money values beat "Quota" (small whole numbers)`. */
  detail: string;
}

export interface ColumnMatch {
  kind: MappedKind;
  /** canonical field -> 0-based column index. */
  fields: Map<string, number>;
  /** canonical field -> how it was chosen. */
  how: Map<string, MatchReason>;
  /** HubSpot `Date entered "<stage>"` columns (deals only). */
  dateEntered: { index: number; stage: string }[];
  /** Columns matched to no field, in column order. */
  unmapped: number[];
  /** Mappings from the file's config entry whose header is not in the table. */
  missingOverrides: { field: string; header: string }[];
}

export interface ColumnOverrides {
  /** config.columns */
  global: Readonly<Record<string, string>>;
  /** fileConfig.columns */
  file: Readonly<Record<string, string>> | null;
}

type AliasIndex = Map<string, { field: string; rank: number }>;

const INDEXES = new Map<MappedKind, AliasIndex>();

/** Fields whose ties are broken by the values: what the values should look like. */
const PROFILED: Record<string, 'money' | 'date'> = {
  amount: 'money', actualRevenue: 'money',
  closeDate: 'date', createdDate: 'date', date: 'date', lastActivityDate: 'date', startDate: 'date', endDate: 'date',
};

function aliasIndex(kind: MappedKind): AliasIndex {
  let index = INDEXES.get(kind);
  if (index) return index;
  index = new Map();
  for (const [field, spellings] of Object.entries(ALIASES[kind] as Record<string, readonly string[]>)) {
    spellings.forEach((spelling, rank) => {
      const key = normalizeKey(spelling);
      const taken = index!.get(key);
      if (taken && taken.field !== field) {
        throw new Error(`alias clash: ${kind} "${spelling}" is listed for ${taken.field} and ${field}`);
      }
      if (!taken) index!.set(key, { field, rank });
    });
  }
  INDEXES.set(kind, index);
  return index;
}

/** HubSpot: `Date entered "Closed Won (Sales Pipeline)"` -> the stage text inside the quotes. */
const DATE_ENTERED = /^\s*date\s+entered\s*[:\-]?\s*["“”'‘’]?(.+?)["“”'‘’]?\s*$/i;

export function dateEnteredStage(header: string): string | null {
  const m = DATE_ENTERED.exec(header);
  const stage = m?.[1]?.trim();
  return stage ? stage : null;
}

/**
 * @param rows the table's data rows, for value profiles (omitted: ties go to the first spelling or the leftmost column).
 */
export function matchColumns(headers: readonly string[], kind: MappedKind, overrides: ColumnOverrides, rows: readonly RawRow[] = []): ColumnMatch {
  const index = aliasIndex(kind);
  const keys = headers.map((h) => normalizeKey(h));
  const fields = new Map<string, number>();
  const how = new Map<string, MatchReason>();
  const used = new Set<number>();
  const missingOverrides: ColumnMatch['missingOverrides'] = [];
  const known = ALIASES[kind] as Record<string, readonly string[]>;
  const profiles = new Map<number, ValueProfile>();
  const profileOf = (col: number): ValueProfile => {
    let p = profiles.get(col);
    if (p === undefined) profiles.set(col, (p = valueProfile(rows, col)));
    return p;
  };

  const applyOverrides = (mapping: Readonly<Record<string, string>>, fromFile: boolean): void => {
    for (const [field, header] of Object.entries(mapping)) {
      if (!Object.hasOwn(known, field) && !(kind === 'deals' && field.startsWith(DATE_ENTERED_PREFIX))) continue;
      const at = findHeader(headers, keys, header);
      if (at < 0) {
        if (fromFile) missingOverrides.push({ field, header });
        continue;
      }
      const previous = fields.get(field);
      if (previous !== undefined) used.delete(previous);
      for (const [other, col] of fields) if (col === at) fields.delete(other);
      fields.set(field, at);
      how.set(field, { by: 'config', detail: fromFile ? 'the file\'s "columns" in the config' : '"columns" in the config' });
      used.add(at);
    }
  };
  applyOverrides(overrides.global, false);
  if (overrides.file) applyOverrides(overrides.file, true);
  const pinned = new Set(fields.keys());

  // 2. aliases, also with Salesforce's __c suffix dropped.
  const words = headers.map((h) => headerWords(h));
  const candidates = new Map<string, { col: number; rank: number; custom: boolean }[]>();
  keys.forEach((key, col) => {
    if (used.has(col) || key === '') return;
    let hit = index.get(key);
    let custom = false;
    if (hit === undefined && words[col]!.custom) {
      hit = index.get(normalizeKey(words[col]!.plain));
      custom = hit !== undefined;
    }
    if (!hit || pinned.has(hit.field)) return;
    const list = candidates.get(hit.field) ?? [];
    list.push({ col, rank: hit.rank, custom });
    candidates.set(hit.field, list);
  });
  for (const [field, list] of candidates) {
    list.sort((a, b) => a.rank - b.rank || a.col - b.col);
    let chosen = list[0]!;
    let reason: MatchReason = { by: 'alias', detail: `alias "${known[field]![chosen.rank]}"${chosen.custom ? ' (custom-field suffix __c ignored)' : ''}` };
    const want = PROFILED[field];
    if (want !== undefined && list.length > 1 && rows.length > 0) {
      const best = pickByProfile(list.map((c) => c.col), want, profileOf);
      if (best !== chosen.col) {
        const loser = chosen;
        chosen = list.find((c) => c.col === best)!;
        reason = { by: 'value profile', detail: `${want} values beat "${headers[loser.col]?.trim()}" (${describeProfile(profileOf(loser.col))})` };
      }
    }
    fields.set(field, chosen.col);
    how.set(field, reason);
    used.add(chosen.col);
  }

  // HubSpot stage entry dates, before the word rules (their words say "date entered").
  const dateEntered: ColumnMatch['dateEntered'] = [];
  if (kind === 'deals') {
    for (const [field, col] of fields) {
      if (field.startsWith(DATE_ENTERED_PREFIX)) {
        dateEntered.push({ index: col, stage: field.slice(DATE_ENTERED_PREFIX.length) });
        fields.delete(field);
        how.delete(field);
      }
    }
    headers.forEach((header, col) => {
      if (used.has(col)) return;
      const stage = dateEnteredStage(header);
      if (stage !== null) {
        dateEntered.push({ index: col, stage });
        used.add(col);
      }
    });
    dateEntered.sort((a, b) => a.index - b.index);
  }

  // 3. word rules, for fields no alias filled.
  const rules = WORD_RULES[kind];
  const byWords = new Map<string, { col: number; says: string }[]>();
  headers.forEach((_, col) => {
    if (used.has(col) || keys[col] === '') return;
    const h = words[col]!;
    const set = new Set(h.words);
    const rule = rules.find((r) => r.test(set, h));
    if (rule === undefined) return;
    let field = rule.field;
    let says = rule.says;
    // A "Closed date" next to an expected close date an alias already mapped: the actual close date.
    if (kind === 'deals' && field === 'closeDate' && fields.has('closeDate') && !fields.has('actualCloseDate') && (set.has('closed') || set.has('actual'))) {
      field = 'actualCloseDate';
      says = 'closed with a date, next to an expected close date';
    }
    if (fields.has(field)) return;
    const list = byWords.get(field) ?? [];
    list.push({ col, says });
    byWords.set(field, list);
  });
  // Two close dates (Freshsales' "Expected close date" and "Closed date"): the expected one is the close date, the other the actual one.
  const closes = byWords.get('closeDate');
  if (kind === 'deals' && closes !== undefined && closes.length > 1 && !fields.has('actualCloseDate')) {
    const expected = closes.find((c) => words[c.col]!.words.some((w) => ['expected', 'est', 'estimated', 'forecast', 'deadline'].includes(w)));
    const actual = closes.find((c) => c !== expected && words[c.col]!.words.some((w) => ['closed', 'actual'].includes(w)));
    if (expected !== undefined && actual !== undefined) {
      byWords.set('closeDate', [expected]);
      byWords.set('actualCloseDate', [{ col: actual.col, says: 'closed with a date, next to an expected close date' }]);
    }
  }
  for (const [field, list] of byWords) {
    let chosen = list[0]!;
    let reason: MatchReason = { by: 'word match', detail: `words: ${words[chosen.col]!.words.join(', ')} (${chosen.says})` };
    const want = PROFILED[field];
    if (want !== undefined && list.length > 1 && rows.length > 0) {
      const best = pickByProfile(list.map((c) => c.col), want, profileOf);
      if (best !== chosen.col) {
        const loser = chosen;
        chosen = list.find((c) => c.col === best)!;
        reason = { by: 'value profile', detail: `${want} values beat "${headers[loser.col]?.trim()}" (${describeProfile(profileOf(loser.col))})` };
      }
    }
    fields.set(field, chosen.col);
    how.set(field, reason);
    used.add(chosen.col);
  }

  // Odoo's "Expected Revenue" is the deal's value (its weighted one is "Prorated Revenue"): with no other amount column it is the amount.
  if (kind === 'deals' && !fields.has('amount') && fields.has('expectedRevenue') && !pinned.has('expectedRevenue')) {
    fields.set('amount', fields.get('expectedRevenue')!);
    fields.delete('expectedRevenue');
    how.delete('expectedRevenue');
    how.set('amount', { by: 'word match', detail: 'the only amount column is an expected revenue (Odoo\'s deal value)' });
  }

  const unmapped: number[] = [];
  for (let col = 0; col < headers.length; col++) if (!used.has(col)) unmapped.push(col);
  return { kind, fields, how, dateEntered, unmapped, missingOverrides };
}

/** The column whose values fit best; the first (by the order given) among equals. */
function pickByProfile(cols: number[], want: 'money' | 'date', profileOf: (col: number) => ValueProfile): number {
  let best = cols[0]!;
  let bestScore = profileScore(profileOf(best), want);
  for (const col of cols.slice(1)) {
    const score = profileScore(profileOf(col), want);
    if (score > bestScore) [best, bestScore] = [col, score];
  }
  return best;
}

function describeProfile(p: ValueProfile): string {
  return { money: 'money', count: 'small whole numbers', date: 'dates', text: 'text', empty: 'empty' }[p.kind];
}

/** Exact header first, then trimmed, then normalised; -1 when absent. */
function findHeader(headers: readonly string[], keys: readonly string[], wanted: string): number {
  let at = headers.indexOf(wanted);
  if (at >= 0) return at;
  const trimmed = wanted.trim();
  at = headers.findIndex((h) => h.trim() === trimmed);
  if (at >= 0) return at;
  const key = normalizeKey(wanted);
  return key === '' ? -1 : keys.indexOf(key);
}
