/**
 * The rep roster as a lookup: deal owners and quota holders to roster reps (by name, ignoring
 * case, spaces and punctuation, else by CRM user id or email), and a rep's team and region on a date.
 */
import type { IsoDate, RosterRow } from '../schema/types.ts';
import { normalizeKey } from '../schema/values/normalizeKey.ts';
import { compareText } from './compareText.ts';
import type { Rep } from './types.ts';

export interface RosterRep {
  /** Matching key of the name. */
  key: string;
  rep: Rep;
  /** The rep's roster rows, oldest first (by start date, then file order); the last is the latest. */
  rows: RosterRow[];
}

export interface RepDirectory {
  readonly hasRoster: boolean;
  /** Roster reps in roster order. */
  readonly reps: readonly RosterRep[];
  /** The roster rep an owner or quota holder refers to, by name, else by CRM user id; null when none. */
  find(nameOrId: string): RosterRep | null;
  /** Team and region on a date: the roster row in force then (start/end dates), else the latest row. */
  placement(rep: RosterRep, date: IsoDate | null): { team: string | null; region: string | null };
  /** The roster's spelling of a team name; null when no roster row has that team. */
  team(name: string): string | null;
  /** The roster's spelling of a region name; null when no roster row has that region. */
  region(name: string): string | null;
}

/** Matching key of a person's name: case, spaces and punctuation ignored. */
export function nameKey(name: string): string {
  const key = normalizeKey(name);
  return key === '' ? name.trim().toLowerCase() : key;
}

export function repDirectory(rows: readonly RosterRow[]): RepDirectory {
  const sorted = [...rows].sort(
    (a, b) =>
      compareText(a.startDate ?? '', b.startDate ?? '') ||
      compareText(a.source.file, b.source.file) ||
      compareText(a.source.sheet ?? '', b.source.sheet ?? '') ||
      a.source.row - b.source.row,
  );
  const byName = new Map<string, RosterRep>();
  const teams = new Map<string, string>();
  const regions = new Map<string, string>();
  for (const row of sorted) {
    const key = nameKey(row.rep);
    let entry = byName.get(key);
    if (entry === undefined) {
      entry = { key, rep: repOf([row]), rows: [] };
      byName.set(key, entry);
    }
    entry.rows.push(row);
    if (row.team !== null) teams.set(normalizeKey(row.team), row.team.trim());
    if (row.region !== null) regions.set(normalizeKey(row.region), row.region.trim());
  }
  const byId = new Map<string, RosterRep>();
  for (const entry of byName.values()) {
    entry.rep = repOf(entry.rows);
    for (const row of entry.rows) {
      // Emails too: a deal owned by "Owner.Email" finds its rep.
      const email = row.email?.trim().toLowerCase();
      if (email && !byId.has(email)) byId.set(email, entry);
      const id = row.repId?.trim();
      if (!id) continue;
      byId.set(id, entry);
      if (id.length === 18 && !byId.has(id.slice(0, 15))) byId.set(id.slice(0, 15), entry);
    }
  }

  return {
    hasRoster: byName.size > 0,
    reps: [...byName.values()],
    find(nameOrId) {
      const text = nameOrId.trim();
      const hit = byName.get(nameKey(text)) ?? byId.get(text) ?? (text.includes('@') ? byId.get(text.toLowerCase()) : undefined);
      if (hit !== undefined) return hit;
      // Salesforce ids: an 18-character id is the 15-character one plus a checksum.
      return text.length === 18 ? (byId.get(text.slice(0, 15)) ?? null) : null;
    },
    placement(rep, date) {
      let row = rep.rows[rep.rows.length - 1]!;
      if (date !== null) {
        for (let i = rep.rows.length - 1; i >= 0; i--) {
          const r = rep.rows[i]!;
          if ((r.startDate === null || r.startDate <= date) && (r.endDate === null || r.endDate >= date)) {
            row = r;
            break;
          }
        }
      }
      return { team: row.team, region: row.region };
    },
    team: (name) => teams.get(normalizeKey(name)) ?? null,
    region: (name) => regions.get(normalizeKey(name)) ?? null,
  };
}

/** A rep from its roster rows: the latest row's fields, the earliest start date. */
function repOf(rows: readonly RosterRow[]): Rep {
  const latest = rows[rows.length - 1]!;
  let id: string | null = null;
  for (let i = rows.length - 1; i >= 0 && id === null; i--) id = rows[i]!.repId?.trim() || null;
  const starts = rows.map((r) => r.startDate).filter((d): d is string => d !== null).sort();
  return {
    name: latest.rep.trim(),
    id,
    manager: latest.manager,
    team: latest.team,
    region: latest.region,
    startDate: starts[0] ?? null,
    endDate: latest.endDate,
    role: latest.role,
    inRoster: true,
  };
}
