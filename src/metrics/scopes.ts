/**
 * The groups every metric is reported for: the company, each region, each team, each rep.
 */
import type { Deal, Model, Rep } from '../model/types.ts';

export type ScopeLevel = 'company' | 'region' | 'team' | 'rep';

export interface Scope {
  level: ScopeLevel;
  /** Rep, team or region name; the company name for the company. */
  name: string;
  /** Stable key for URLs and joins: `company`, `region:West`, `team:Enterprise East`, `rep:Ana Ruiz`. */
  key: string;
  /** Team and region a rep belongs to (null for other levels or when unknown). */
  team: string | null;
  region: string | null;
}

export function scopeKey(level: ScopeLevel, name: string): string {
  return level === 'company' ? 'company' : `${level}:${name}`;
}

/** Every scope in the model: company first, then regions, teams and reps, each sorted by name. */
export function scopes(model: Model, companyName: string): Scope[] {
  const regions = new Set<string>();
  const teams = new Map<string, string | null>();
  for (const rep of model.reps) {
    if (rep.region !== null) regions.add(rep.region);
    if (rep.team !== null && !teams.has(rep.team)) teams.set(rep.team, rep.region);
  }
  const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [
    { level: 'company', name: companyName, key: 'company', team: null, region: null },
    ...[...regions].sort(byName).map((r): Scope => ({ level: 'region', name: r, key: scopeKey('region', r), team: null, region: r })),
    ...[...teams.keys()].sort(byName).map((t): Scope => ({ level: 'team', name: t, key: scopeKey('team', t), team: t, region: teams.get(t) ?? null })),
    ...model.reps.map((r: Rep): Scope => ({ level: 'rep', name: r.name, key: scopeKey('rep', r.name), team: r.team, region: r.region })),
  ];
}

/** True when the deal counts toward the scope (by the deal's owner, team and region). */
export function inScope(deal: Deal, scope: Scope): boolean {
  switch (scope.level) {
    case 'company':
      return true;
    case 'region':
      return deal.region === scope.name;
    case 'team':
      return deal.team === scope.name;
    case 'rep':
      return deal.owner === scope.name;
  }
}
