/**
 * Everyone the rep pages are about: the roster's reps plus any deal owner or rep-table name the
 * roster does not list, sorted by name, each with its page slug and whether they have left.
 */
import type { IsoDate } from '../../model/types.ts';
import type { SiteData } from '../load/siteData.ts';
import { slug } from '../paths/slug.ts';

export interface RepListing {
  name: string;
  slug: string;
  team: string | null;
  region: string | null;
  role: string | null;
  manager: string | null;
  startDate: IsoDate | null;
  endDate: IsoDate | null;
  /** The roster gives an end date on or before the as-of date. */
  left: boolean;
  inRoster: boolean;
}

const cache = new WeakMap<SiteData, RepListing[]>();

export function repDirectory(siteData: SiteData): RepListing[] {
  const cached = cache.get(siteData);
  if (cached !== undefined) return cached;
  const { model, dashboard } = siteData;
  const asOf = model.asOf;
  const byName = new Map<string, RepListing>();
  for (const r of model.reps) {
    byName.set(r.name, {
      name: r.name,
      slug: slug(r.name),
      team: r.team,
      region: r.region,
      role: r.role,
      manager: r.manager,
      startDate: r.startDate,
      endDate: r.endDate,
      left: r.endDate !== null && r.endDate <= asOf,
      inRoster: r.inRoster,
    });
  }
  for (const row of dashboard.repPeriods ?? []) {
    if (byName.has(row.rep)) continue;
    byName.set(row.rep, {
      name: row.rep,
      slug: slug(row.rep),
      team: row.team,
      region: row.region,
      role: null,
      manager: null,
      startDate: null,
      endDate: null,
      left: false,
      inRoster: false,
    });
  }
  const list = [...byName.values()].sort((a, b) => collator.compare(a.name, b.name));
  cache.set(siteData, list);
  return list;
}

/** The listing of one rep by name; undefined when nobody has that name. */
export function repListing(siteData: SiteData, name: string): RepListing | undefined {
  return repDirectory(siteData).find((r) => r.name === name);
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
