/**
 * Header row -> canonical fields of one kind of table, from the alias table plus the config's
 * `columns` (all files) and the file entry's `columns` (this file; wins over the global ones).
 * A config mapping takes its header away from whatever alias would have claimed it.
 */
import { ALIASES, DATE_ENTERED_PREFIX, type MappedKind } from './aliases.ts';
import { normalizeKey } from './values/normalizeKey.ts';

export interface ColumnMatch {
  kind: MappedKind;
  /** canonical field -> 0-based column index. */
  fields: Map<string, number>;
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

export function matchColumns(headers: readonly string[], kind: MappedKind, overrides: ColumnOverrides): ColumnMatch {
  const index = aliasIndex(kind);
  const keys = headers.map((h) => normalizeKey(h));
  const fields = new Map<string, number>();
  const used = new Set<number>();
  const missingOverrides: ColumnMatch['missingOverrides'] = [];
  const known = ALIASES[kind] as Record<string, readonly string[]>;

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
      used.add(at);
    }
  };
  applyOverrides(overrides.global, false);
  if (overrides.file) applyOverrides(overrides.file, true);
  const pinned = new Set(fields.keys());

  const best = new Map<string, { col: number; rank: number }>();
  keys.forEach((key, col) => {
    if (used.has(col) || key === '') return;
    const hit = index.get(key);
    if (!hit || pinned.has(hit.field)) return;
    const current = best.get(hit.field);
    if (!current || hit.rank < current.rank) best.set(hit.field, { col, rank: hit.rank });
  });
  for (const [field, { col }] of best) {
    fields.set(field, col);
    used.add(col);
  }

  const dateEntered: ColumnMatch['dateEntered'] = [];
  if (kind === 'deals') {
    for (const [field, col] of fields) {
      if (field.startsWith(DATE_ENTERED_PREFIX)) {
        dateEntered.push({ index: col, stage: field.slice(DATE_ENTERED_PREFIX.length) });
        fields.delete(field);
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

  const unmapped: number[] = [];
  for (let col = 0; col < headers.length; col++) if (!used.has(col)) unmapped.push(col);
  return { kind, fields, dateEntered, unmapped, missingOverrides };
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
