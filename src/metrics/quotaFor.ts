/**
 * The quota of a scope (rep, team, region or company) for a period.
 *
 * - A holder's own quota rows win: rows overlapping the period are prorated by days (a yearly
 *   row counts for the share of its days inside the period; monthly rows add up). When the
 *   holder has rows of several granularities, one granularity is used so nothing counts twice:
 *   the period's own, else the nearest finer one, else the nearest coarser one.
 * - Without own rows, the quota rolls up from the level below: a team sums its reps that are
 *   active in the period (roster start/end dates overlap it; no dates = active); a region sums
 *   its teams (and its reps without a team); the company sums its regions (and teams without a
 *   region, and reps with neither).
 * - null when nothing gives a quota.
 */
import { fsum } from 'd3';
import { daysBetween, maxDate, minDate } from '../model/isoDate.ts';
import type { Model, PeriodGranularity, Quota, Rep } from '../model/types.ts';
import type { PeriodLike } from './periodInfo.ts';
import type { ScopeLevel } from './scopes.ts';

export type QuotaSource = `${ScopeLevel} row` | `sum of ${string}` | 'none';

export interface QuotaPart {
  level: ScopeLevel;
  name: string;
  amount: number | null;
  source: QuotaSource;
}

export interface QuotaResult {
  amount: number | null;
  /** 'team row', 'sum of reps', 'sum of regions and teams', 'none', ... */
  source: QuotaSource;
  /** True when the quota rows used cover only part of the period's days (or of a part's). */
  partial: boolean;
  /** Granularity of the own rows used (null for roll-ups and 'none'). */
  granularity: PeriodGranularity | null;
  /** The parts of a roll-up, with their own amounts (null: no quota); empty otherwise. */
  parts: QuotaPart[];
}

export interface QuotaForOptions {
  /** Only for roll-ups of reps: reps outside the period (roster dates) are left out. Default true. */
  activeRepsOnly?: boolean;
}

const ORDER: readonly PeriodGranularity[] = ['month', 'quarter', 'half', 'year'];
const NONE: QuotaResult = { amount: null, source: 'none', partial: false, granularity: null, parts: [] };

export function quotaFor(
  model: Model,
  scope: { level: ScopeLevel; name: string },
  period: PeriodLike,
  options: QuotaForOptions = {},
): QuotaResult {
  const activeOnly = options.activeRepsOnly ?? true;
  const preference = granularityPreference(period.granularity);

  const own = (level: ScopeLevel, name: string): QuotaResult | null => {
    const rows = model.quotas.filter(
      (q) => q.level === level && (level === 'company' || q.name === name) && q.start <= period.end && q.end >= period.start,
    );
    for (const granularity of preference) {
      const used = rows.filter((q) => q.granularity === granularity);
      if (used.length > 0) return prorated(used, granularity, period, level);
    }
    return null;
  };

  const reps = model.reps;
  const active = (rep: Rep): boolean =>
    !activeOnly ||
    ((rep.startDate === null || rep.startDate <= period.end) && (rep.endDate === null || rep.endDate >= period.start));

  const teamsOfRegion = (region: string): string[] =>
    sortedUnique(reps.filter((r) => r.region === region && r.team !== null).map((r) => r.team!));

  const quotaOf = (level: ScopeLevel, name: string): QuotaResult => {
    const mine = own(level, name);
    if (mine !== null) return mine;
    let children: Array<{ level: ScopeLevel; name: string }> = [];
    switch (level) {
      case 'rep':
        return NONE;
      case 'team':
        children = reps.filter((r) => r.team === name && active(r)).map((r) => ({ level: 'rep', name: r.name }));
        break;
      case 'region':
        children = [
          ...teamsOfRegion(name).map((t) => ({ level: 'team' as const, name: t })),
          ...reps.filter((r) => r.region === name && r.team === null && active(r)).map((r) => ({ level: 'rep' as const, name: r.name })),
        ];
        break;
      case 'company': {
        const regions = sortedUnique([
          ...reps.filter((r) => r.region !== null).map((r) => r.region!),
          ...model.quotas.filter((q) => q.level === 'region' && q.name !== null).map((q) => q.name!),
        ]);
        const placedTeams = new Set(reps.filter((r) => r.region !== null && r.team !== null).map((r) => r.team!));
        const looseTeams = sortedUnique([
          ...reps.filter((r) => r.region === null && r.team !== null).map((r) => r.team!),
          ...model.quotas.filter((q) => q.level === 'team' && q.name !== null).map((q) => q.name!),
        ]).filter((t) => !placedTeams.has(t));
        children = [
          ...regions.map((r) => ({ level: 'region' as const, name: r })),
          ...looseTeams.map((t) => ({ level: 'team' as const, name: t })),
          ...reps.filter((r) => r.region === null && r.team === null && active(r)).map((r) => ({ level: 'rep' as const, name: r.name })),
        ];
        break;
      }
    }
    const results = children.map((c) => ({ child: c, quota: quotaOf(c.level, c.name) }));
    const parts: QuotaPart[] = results.map(({ child, quota }) => ({ ...child, amount: quota.amount, source: quota.source }));
    const counted = results.filter((r) => r.quota.amount !== null);
    if (counted.length === 0) return { ...NONE, parts };
    const levels = (['region', 'team', 'rep'] as const).filter((l) => counted.some((r) => r.child.level === l));
    return {
      amount: fsum(counted, (r) => r.quota.amount),
      source: `sum of ${levels.map((l) => `${l}s`).join(' and ')}`,
      partial: counted.some((r) => r.quota.partial),
      granularity: null,
      parts,
    };
  };

  return quotaOf(scope.level, scope.name);
}

/** The period's own granularity first, then finer ones (nearest first), then coarser ones. */
function granularityPreference(granularity: PeriodGranularity | undefined): readonly PeriodGranularity[] {
  if (granularity === undefined) return ORDER;
  const i = ORDER.indexOf(granularity);
  return [granularity, ...ORDER.slice(0, i).reverse(), ...ORDER.slice(i + 1)];
}

function prorated(rows: readonly Quota[], granularity: PeriodGranularity, period: PeriodLike, level: ScopeLevel): QuotaResult {
  const amounts: number[] = [];
  let covered = 0;
  for (const q of rows) {
    const from = maxDate(q.start, period.start);
    const to = minDate(q.end, period.end);
    const rowDays = daysBetween(q.start, q.end) + 1;
    const overlap = daysBetween(from, to) + 1;
    amounts.push(overlap === rowDays ? q.amount : (q.amount * overlap) / rowDays);
    covered += overlap;
  }
  const periodDays = daysBetween(period.start, period.end) + 1;
  return { amount: fsum(amounts), source: `${level} row`, partial: covered < periodDays, granularity, parts: [] };
}

function sortedUnique(values: string[]): string[] {
  return [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
