/**
 * Who is a manager or a leader rather than a rep: the roster's role says so (manager, director,
 * VP, head, chief, lead...) or others report to them, and they own no deal and carry no quota
 * of their own in the data. A player-coach (a manager with deals or a quota) stays a rep.
 * Leaders are named on their teams' and regions' pages, not ranked in the rep leaderboards.
 */
import type { SiteData } from '../load/siteData.ts';

const LEADER_ROLE = /\b(manager|mgr|director|vp|vice president|head|chief|cro|ceo|coo|lead|leader|president|svp|evp|avp)\b/i;

const cache = new WeakMap<SiteData, Set<string>>();

/** Names of the people who lead others and sell nothing themselves. */
export function leaders(siteData: SiteData): Set<string> {
  const cached = cache.get(siteData);
  if (cached !== undefined) return cached;
  const { model, dashboard } = siteData;
  const managers = new Set(model.reps.flatMap((r) => (r.manager !== null && r.manager !== r.name ? [r.manager] : [])));
  const sells = new Set(model.deals.map((d) => d.owner));
  for (const row of dashboard.repPeriods ?? []) if (row.quota !== null && row.quota > 0) sells.add(row.rep);
  const out = new Set<string>();
  for (const r of model.reps) {
    const leads = (r.role !== null && LEADER_ROLE.test(r.role)) || managers.has(r.name);
    if (leads && !sells.has(r.name)) out.add(r.name);
  }
  cache.set(siteData, out);
  return out;
}
