/**
 * Who manages a team or region, from the roster: the manager most of its people report to (the
 * roster's manager column; ties by name). null when the roster names none.
 */
import type { Model } from '../../model/types.ts';

export function teamManager(model: Pick<Model, 'reps'>, scope: { level: 'team' | 'region'; name: string }): string | null {
  const counts = new Map<string, number>();
  for (const rep of model.reps) {
    const inScope = scope.level === 'team' ? rep.team === scope.name : rep.region === scope.name;
    if (!inScope || rep.manager === null || rep.manager === rep.name) continue;
    counts.set(rep.manager, (counts.get(rep.manager) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  if (scope.level === 'region' && ranked.length > 0) {
    // A region's manager is the one its team managers report to, when the roster says so.
    const teamManagers = new Set(ranked.map(([m]) => m));
    const above = model.reps.filter((r) => teamManagers.has(r.name) && r.manager !== null && r.manager !== r.name).map((r) => r.manager!);
    const top = [...new Set(above)].sort();
    if (top.length === 1) return top[0]!;
  }
  return ranked[0]?.[0] ?? null;
}
