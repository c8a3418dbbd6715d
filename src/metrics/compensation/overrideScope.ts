/**
 * Whose deals count toward a manager's override. A team's manager is the manager most of its
 * reps name in the roster; a deal belongs to the team its owner was in on the deal's close date
 * (the model places each deal in the team of the roster row in force then), so a rep who changes
 * team mid-period counts for the old manager before the move and the new one after.
 * - `team`: deals of the teams the manager manages (the manager's own deals excluded), plus deals
 *   with no team whose owner reports to the manager;
 * - `descendants`: the same for the manager and every manager below them in the roster.
 */
import { compareText } from '../../model/compareText.ts';
import type { Deal, Model } from '../../model/types.ts';

export interface OverrideScope {
  manager: string;
  on: 'team' | 'descendants';
  /** Teams whose deals count, sorted. */
  teams: string[];
  /** People below the manager today (the roster's latest rows), sorted. */
  people: string[];
  /** True when the deal counts toward the override. */
  counts(deal: Deal): boolean;
}

export function overrideScope(model: Pick<Model, 'reps'>, manager: string, on: 'team' | 'descendants'): OverrideScope {
  const managerOf = teamManagers(model);
  const reportsTo = new Map<string, string[]>();
  for (const rep of model.reps) {
    if (rep.manager === null || rep.manager === rep.name) continue;
    const list = reportsTo.get(rep.manager) ?? [];
    list.push(rep.name);
    reportsTo.set(rep.manager, list);
  }
  const managers = new Set([manager]);
  const people = new Set<string>();
  const queue = [manager];
  while (queue.length > 0) {
    const m = queue.shift()!;
    for (const p of reportsTo.get(m) ?? []) {
      if (people.has(p) || p === manager) continue;
      people.add(p);
      if (on === 'descendants') {
        managers.add(p);
        queue.push(p);
      }
    }
  }
  const teams = new Set([...managerOf].filter(([, m]) => managers.has(m)).map(([t]) => t));
  return {
    manager,
    on,
    teams: [...teams].sort(compareText),
    people: [...people].sort(compareText),
    counts: (deal) => deal.owner !== manager && (deal.team !== null ? teams.has(deal.team) : people.has(deal.owner)),
  };
}

/** Each team's manager: the manager most of its reps name (ties: the first by name). */
function teamManagers(model: Pick<Model, 'reps'>): Map<string, string> {
  const votes = new Map<string, Map<string, number>>();
  for (const rep of model.reps) {
    if (rep.team === null || rep.manager === null || rep.manager === rep.name) continue;
    const byManager = votes.get(rep.team) ?? new Map<string, number>();
    byManager.set(rep.manager, (byManager.get(rep.manager) ?? 0) + 1);
    votes.set(rep.team, byManager);
  }
  const out = new Map<string, string>();
  for (const [team, byManager] of votes) {
    const best = [...byManager].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))[0]!;
    out.set(team, best[0]);
  }
  return out;
}
