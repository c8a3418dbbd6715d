/**
 * Every rep the model knows: roster reps, plus deal owners and quota holders missing from the
 * roster (inRoster false). Owners are matched to the roster by name or CRM user id; an owner
 * missing from the roster is named by its most common spelling among the deals.
 */
import type { Issue, QuotaRow, SourceRef } from '../schema/types.ts';
import { compareText } from './compareText.ts';
import { describePlace, listNames, modelIssue, plural } from './modelIssue.ts';
import { nameKey, type RepDirectory, type RosterRep } from './repDirectory.ts';
import type { Rep } from './types.ts';

/** The name deals without an owner are shown under. */
export const NO_OWNER = 'Unassigned';

export type OwnerMatch = { roster: RosterRep } | { key: string };

export interface RepRegistry {
  /** Register a deal's owner (null: the deal has none). Call for every deal before `ownerName`. */
  addOwner(owner: string | null, source: SourceRef): OwnerMatch;
  /** The owner's name as the model spells it. */
  ownerName(match: OwnerMatch): string;
  /** A quota holder's name as the model spells it (reps, teams, regions); null for the company. */
  holderName(row: QuotaRow): string | null;
  /** All reps, sorted by name. */
  reps(): Rep[];
  /** Reps missing from the roster, unused roster reps, deals without an owner, unknown quota holders. */
  issues(): Issue[];
}

interface Unlisted {
  spellings: Map<string, number>;
  name: string | null;
  deals: number;
  quotaOnly: boolean;
}

const QUOTA_WARNINGS = 20;
/** Owner spellings remembered by addOwner. */
const OWNER_SPELLINGS = 10_000;

/** An owner as written, cleaned (spaces collapsed; empty becomes NO_OWNER) and matched. */
interface OwnerText {
  text: string;
  empty: boolean;
  roster: RosterRep | null;
  /** Matching key when not in the roster. */
  key: string;
  match: OwnerMatch;
}

export function createRepRegistry(directory: RepDirectory): RepRegistry {
  const unlisted = new Map<string, Unlisted>();
  const usedRoster = new Set<string>();
  const issues: Issue[] = [];
  let quotaWarnings = 0;
  let quotaWarningsLeft = 0;

  const nameOf = (key: string): string => {
    const u = unlisted.get(key)!;
    if (u.name === null) {
      let best = '';
      let bestCount = -1;
      for (const [spelling, count] of u.spellings) {
        if (count > bestCount || (count === bestCount && spelling < best)) [best, bestCount] = [spelling, count];
      }
      u.name = best;
    }
    return u.name;
  };

  // What an owner's text matches does not change: worked out once per spelling (a few hundred at most).
  const owners = new Map<string, OwnerText>();
  const ownerText = (owner: string | null): OwnerText => {
    const known = owner === null ? undefined : owners.get(owner);
    if (known !== undefined) return known;
    let text = owner?.trim().replace(/\s+/g, ' ') ?? '';
    const empty = text === '';
    if (empty) text = NO_OWNER;
    const roster = directory.find(text);
    const key = roster === null ? nameKey(text) : '';
    const o: OwnerText = { text, empty, roster, key, match: roster === null ? { key } : { roster } };
    if (owner !== null && owners.size < OWNER_SPELLINGS) owners.set(owner, o);
    return o;
  };

  return {
    addOwner(owner) {
      const o = ownerText(owner);
      if (o.roster !== null) {
        usedRoster.add(o.roster.key);
        return o.match;
      }
      let u = unlisted.get(o.key);
      if (u === undefined) {
        u = { spellings: new Map(), name: null, deals: 0, quotaOnly: false };
        unlisted.set(o.key, u);
      }
      u.deals++;
      u.spellings.set(o.text, (u.spellings.get(o.text) ?? 0) + 1);
      return o.match;
    },
    ownerName: (match) => ('roster' in match ? match.roster.rep.name : nameOf(match.key)),
    holderName(row) {
      const text = row.name?.trim().replace(/\s+/g, ' ') ?? '';
      if (row.level === 'company') return null;
      if (row.level === 'team' || row.level === 'region') {
        const known = row.level === 'team' ? directory.team(text) : directory.region(text);
        if (known === null && directory.hasRoster) warnQuota(row, `no rep in the roster is in the ${row.level} "${text}"`, `check the ${row.level} name against the roster`);
        return known ?? text;
      }
      const roster = directory.find(text);
      if (roster !== null) {
        usedRoster.add(roster.key);
        return roster.rep.name;
      }
      const key = nameKey(text);
      const u = unlisted.get(key);
      if (u !== undefined) return nameOf(key);
      unlisted.set(key, { spellings: new Map([[text, 1]]), name: text, deals: 0, quotaOnly: true });
      warnQuota(row, `the rep "${text}" is neither in the roster nor the owner of any deal`, 'check the spelling against the roster, or add the rep to the roster');
      return text;
    },
    reps() {
      const reps: Rep[] = directory.reps.map((r) => r.rep);
      for (const key of unlisted.keys()) {
        reps.push({ name: nameOf(key), id: null, manager: null, team: null, region: null, startDate: null, endDate: null, role: null, inRoster: false });
      }
      return reps.sort((a, b) => compareText(a.name, b.name));
    },
    issues() {
      const out = [...issues];
      if (quotaWarningsLeft > 0) {
        out.push(
          modelIssue('warning', 'quota-without-rep', null, `${plural(quotaWarningsLeft, 'more quota row')} name a rep, team or region found neither in the roster nor among the deal owners; check the names against the roster.`),
        );
      }
      // Deals without an owner are reported by the table they come from (one warning per table).
      const missing = [...unlisted.entries()]
        .filter(([key, u]) => !u.quotaOnly && key !== nameKey(NO_OWNER))
        .map(([key]) => nameOf(key))
        .sort(compareText);
      const ids = missing.some((m) => /^005[A-Za-z0-9]{12}(?:[A-Za-z0-9]{3})?$/.test(m))
        ? ' Some owners are CRM user ids (005...): give the roster an id column so they show by name.'
        : '';
      if (!directory.hasRoster) {
        if (unlisted.size > 0) {
          out.push(
            modelIssue('info', 'no-roster', null, `No rep roster was found, so reps have no team or region; add a roster file with rep, team and region columns to see team and region views.${ids}`),
          );
        }
      } else {
        if (missing.length > 0) {
          out.push(
            modelIssue(
              'warning',
              'rep-missing-from-roster',
              null,
              `${plural(missing.length, 'deal owner')} ${missing.length === 1 ? 'is' : 'are'} not in the rep roster, so their team and region are unknown: ${listNames(missing)}; add ${missing.length === 1 ? 'the rep' : 'them'} to the roster (or fix the spelling there).${ids}`,
              { value: missing.slice(0, 10).join(', ') },
            ),
          );
        }
        const idle = directory.reps.filter((r) => !usedRoster.has(r.key)).map((r) => r.rep.name).sort(compareText);
        if (idle.length > 0) {
          out.push(
            modelIssue(
              'info',
              'rep-without-deals',
              null,
              `${plural(idle.length, 'rep')} in the roster ${idle.length === 1 ? 'has' : 'have'} no deals and no quota: ${listNames(idle)}; nothing needs fixing if they are new or not in sales.`,
            ),
          );
        }
      }
      return out;
    },
  };

  function warnQuota(row: QuotaRow, what: string, fix: string): void {
    quotaWarnings++;
    if (quotaWarnings > QUOTA_WARNINGS) {
      quotaWarningsLeft++;
      return;
    }
    issues.push(
      modelIssue('warning', 'quota-without-rep', row.source, `${describePlace(row.source)}: the quota is kept, but ${what}; ${fix}.`, {
        value: row.name,
      }),
    );
  }
}
