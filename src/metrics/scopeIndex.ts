/**
 * The scopes of a model numbered 0..n-1 (company first, as scopes() lists them) and, for each
 * deal, the numbers of the scopes it counts toward: lets one pass over the deals fill every
 * scope's totals at once.
 */
import type { Deal, Model } from '../model/types.ts';
import { scopeKey, scopes, type Scope } from './scopes.ts';

export interface ScopeIndex {
  scopes: Scope[];
  /** Indices of the scopes the deal counts toward (company, its region, team and owner when those are scopes). */
  of(deal: Pick<Deal, 'owner' | 'team' | 'region'>): number[];
}

export function scopeIndex(model: Model, companyName: string): ScopeIndex {
  const list = scopes(model, companyName);
  const byKey = new Map<string, number>();
  list.forEach((s, i) => {
    if (!byKey.has(s.key)) byKey.set(s.key, i);
  });
  return {
    scopes: list,
    of(deal) {
      const out = [0];
      const add = (key: string) => {
        const i = byKey.get(key);
        if (i !== undefined && !out.includes(i)) out.push(i);
      };
      if (deal.region !== null) add(scopeKey('region', deal.region));
      if (deal.team !== null) add(scopeKey('team', deal.team));
      add(scopeKey('rep', deal.owner));
      return out;
    },
  };
}
