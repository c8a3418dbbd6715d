/**
 * The leadership pack's section per region and team of a closed quarter: who manages it, what
 * it booked against its quota, deals won and lost, win rate, the change on the previous quarter
 * and its best performers (from the quarter's leaderboard).
 */
import type { RetrospectiveResult } from '../../metrics/retrospective.ts';
import type { SiteData } from '../load/siteData.ts';
import { dashboardLookup } from '../load/dashboardLookup.ts';
import { formatMoney, formatPercent } from '../format/tablesFormat.ts';
import { teamManager } from '../teams/teamManager.ts';

export interface ScopeSection {
  level: 'region' | 'team';
  name: string;
  region: string | null;
  manager: string | null;
  /** One paragraph from the numbers. */
  summary: string;
  /** The team's reps by attainment (teams only): `Ana 112%, Bo 95%`. */
  leaders: string | null;
}

export function scopeSections(siteData: SiteData, retro: RetrospectiveResult, previousKey: string | null): ScopeSection[] {
  const { dashboard, model } = siteData;
  const lookup = dashboardLookup(dashboard);
  const money = (n: number) => formatMoney(n, dashboard.currency, { compact: true }) ?? 'unknown';
  const pct = (n: number | null) => (n === null ? null : formatPercent(n));
  const out: ScopeSection[] = [];
  for (const scope of dashboard.scopes) {
    if (scope.level !== 'region' && scope.level !== 'team') continue;
    const m = lookup.metrics(scope.key, retro.quarter.key);
    if (m === null) continue;
    const before = previousKey === null ? null : lookup.metrics(scope.key, previousKey);
    const bits: string[] = [`Booked ${money(m.bookings)} from ${m.wonCount} won deal${m.wonCount === 1 ? '' : 's'}`];
    bits.push(m.quota !== null && m.quota > 0 ? `${pct(m.attainment) ?? 'unknown'} of its ${money(m.quota)} quota` : 'no quota');
    let summary = `${bits.join(', ')}.`;
    if (m.lostCount > 0 || m.wonCount > 0) summary += ` ${m.lostCount} lost; win rate ${pct(m.winRateByCount) ?? 'unknown'} by count.`;
    if (before !== null) {
      const d = m.bookings - before.bookings;
      summary += ` ${d === 0 ? 'Level with' : `${money(Math.abs(d))} ${d > 0 ? 'up on' : 'down on'}`} the quarter before (${money(before.bookings)}).`;
    }
    const leaders =
      scope.level === 'team'
        ? retro.leaderboard
            .filter((row) => row.team === scope.name && row.attainment !== null)
            .slice(0, 3)
            .map((row) => `${row.rep} ${pct(row.attainment)}`)
            .join(', ') || null
        : null;
    out.push({ level: scope.level, name: scope.name, region: scope.region, manager: teamManager(model, { level: scope.level, name: scope.name }), summary, leaders });
  }
  // Each region followed by its teams.
  const regions = out.filter((s) => s.level === 'region');
  const teams = out.filter((s) => s.level === 'team');
  const ordered = regions.flatMap((r) => [r, ...teams.filter((t) => t.region === r.name)]);
  return [...ordered, ...teams.filter((t) => !ordered.includes(t))];
}
