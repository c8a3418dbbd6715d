/**
 * A scoped build's model (`--scope team=NAME` or `region=NAME`), made right after the data
 * stage and before any metric: only that team's (or region's) deals, reps and quotas, so every
 * number the site computes is theirs, and the company's totals, quotas and other teams' names
 * never reach it. The company-level figures of the site then describe the scope.
 *
 * - Deals: those whose team (region) is the scope's, as of the as-of date.
 * - Reps: those of the scope in the roster, and the owners of its deals.
 * - Quotas: of those reps; of the team (a team scope) or of the region and its teams (a region
 *   scope); company quotas are left out.
 * - Snapshots: each counts the scope's deals seen from their first to their last snapshot.
 * - The data report: deal counts and the won total of the scope; issues that name a deal,
 *   account or rep outside it are left out (the row counts per file stay: they describe the files).
 */
import { fsum } from 'd3';
import type { DataReport } from '../dataStage.ts';
import type { Issue } from '../schema/types.ts';
import { compareText } from './compareText.ts';
import type { Model } from './types.ts';

export interface Scope {
  kind: 'team' | 'region';
  name: string;
}

export class ScopeError extends Error {}

export function scopeModel(model: Model, report: DataReport, scope: Scope): { model: Model; report: DataReport; scope: Scope } {
  const wanted = scope.name.trim().toLowerCase();
  const valueOf = (x: { team: string | null; region: string | null }) => (scope.kind === 'team' ? x.team : x.region);
  const known = [...new Set([...model.deals.map(valueOf), ...model.reps.map(valueOf)].filter((v): v is string => v !== null))].sort(compareText);
  const name = known.find((k) => k === scope.name) ?? known.find((k) => k.trim().toLowerCase() === wanted);
  if (name === undefined) {
    throw new ScopeError(
      known.length === 0
        ? `--scope ${scope.kind}=${scope.name}: the data has no ${scope.kind} column, so it cannot be scoped by ${scope.kind}.`
        : `--scope ${scope.kind}=${scope.name}: no ${scope.kind} of that name in the data; the ${scope.kind}s are ${known.map((k) => `"${k}"`).join(', ')}.`,
    );
  }
  const deals = model.deals.filter((d) => valueOf(d) === name);
  const owners = new Set(deals.map((d) => d.owner));
  const inScope = model.reps.filter((r) => valueOf(r) === name || owners.has(r.name));
  const repNames = new Set(inScope.map((r) => r.name));
  // A manager who is a rep outside the scope is not named in it.
  const otherReps = new Set(model.reps.filter((r) => !repNames.has(r.name)).map((r) => r.name));
  const reps = inScope.map((r) => (r.manager !== null && otherReps.has(r.manager) ? { ...r, manager: null } : r));
  const teams = new Set([...deals.map((d) => d.team), ...reps.map((r) => r.team)].filter((t): t is string => t !== null));
  const quotas = model.quotas.filter((q) => {
    if (q.level === 'rep') return q.name !== null && repNames.has(q.name);
    if (q.level === 'team') return q.name !== null && (scope.kind === 'team' ? q.name === name : teams.has(q.name));
    if (q.level === 'region') return scope.kind === 'region' && q.name === name;
    return false;
  });
  const snapshots = model.snapshots.map((s) => ({
    ...s,
    dealCount: deals.filter((d) => d.history.firstSeen <= s.date && s.date <= d.history.lastSeen).length,
  }));

  const outside = new Set<string>();
  const accounts = new Set(deals.map((d) => d.account));
  for (const d of model.deals) {
    if (valueOf(d) === name) continue;
    outside.add(d.id);
    outside.add(d.name);
    if (d.account !== null && !accounts.has(d.account)) outside.add(d.account);
  }
  for (const r of model.reps) if (!repNames.has(r.name)) outside.add(r.name);
  for (const d of model.deals) if (!repNames.has(d.owner)) outside.add(d.owner);
  const mentionsOutside = namesMatcher(outside);
  const keep = (issue: Issue) => !mentionsOutside(issue.message) && (issue.value === null || !mentionsOutside(issue.value));

  const counts = { total: deals.length, open: 0, won: 0, lost: 0 };
  for (const d of deals) counts[d.status] += 1;
  const wonAmount = fsum(deals.filter((d) => d.status === 'won' && d.amount !== null).map((d) => d.amount!));
  return {
    scope: { kind: scope.kind, name },
    model: { ...model, deals, reps, quotas, snapshots },
    report: {
      ...report,
      deals: { ...report.deals, ...counts, wonAmount },
      modelIssues: report.modelIssues.filter(keep),
      files: report.files.map((f) => ({ ...f, issues: f.issues.filter(keep), tables: f.tables.map((t) => ({ ...t, issues: t.issues.filter(keep) })) })),
    },
  };
}

/** True when the text holds any of the names (of 3 characters or more). */
function namesMatcher(names: Set<string>): (text: string) => boolean {
  const keys = [...names].filter((n) => n.length >= 3).sort((a, b) => b.length - a.length || compareText(a, b));
  if (keys.length === 0) return () => false;
  const pattern = new RegExp(keys.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
  return (text) => pattern.test(text);
}
