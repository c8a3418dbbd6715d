/**
 * The managers' weekly forecast calls, as a sales-ops sheet collects them: every Monday each
 * team's manager calls a number for the quarter, and the VP calls each region and the company.
 * Each row carries the Commit and Best Case roll-ups the caller saw that morning (closed won
 * in the quarter plus the open Commit, resp. Commit and Best Case, deals with a close date in
 * the quarter) and the call itself: the manager's haircut or uplift on the reps' Commit, plus a
 * share of the upside that shrinks as the quarter runs out. Saved from Excel as "CSV UTF-8".
 *
 * Columns: Date (call submitted, YYYY-MM-DD), Scope (company | region | team), Name (blank for
 * the company), Call, Commit, Best Case, Period (`FY2027 Q3`, as the quota sheet labels
 * quarters), Submitted By.
 */
import type { Company } from './company.ts';
import { isoFromDay, weekday, type Day } from './dates.ts';
import { dealAt } from './dealAt.ts';
import { fiscalQuarter, type FiscalQuarter } from './fiscalQuarter.ts';
import type { Random } from './random.ts';
import type { DealTruth } from './truth.ts';

export const FORECAST_CALL_HEADERS = ['Date', 'Scope', 'Name', 'Call', 'Commit', 'Best Case', 'Period', 'Submitted By'] as const;

/** How each manager calls: a haircut (< 0) or uplift (> 0) on the reps' Commit, and the share of the upside taken at the start of the quarter. */
const MANAGER_STYLE: Record<string, { adjust: number; upside: number }> = {
  'Robert Lindqvist': { adjust: -0.04, upside: 0.35 },
  // Knows her team commits too much (Jordan Patel above all): a deep haircut.
  'Priya Raman': { adjust: -0.12, upside: 0.2 },
  'Henrik Vogel': { adjust: 0.03, upside: 0.3 },
  // Knows Amara Nwosu sandbags: calls above the Commit.
  'Claire Dubois': { adjust: 0.08, upside: 0.3 },
  'Kenji Watanabe': { adjust: -0.02, upside: 0.45 },
  'Mei Lin Tan': { adjust: 0, upside: 0.25 },
};
/** The VP trims what the managers call a little. */
const VP_ADJUST = -0.03;

export interface ForecastCall {
  day: Day;
  scope: 'company' | 'region' | 'team';
  name: string;
  call: number;
  commit: number;
  bestCase: number;
  period: string;
  submittedBy: string;
}

interface Rollup {
  commit: number;
  bestCase: number;
}

interface TeamRollup extends Rollup {
  won: number;
}

function roundTo(x: number, step: number): number {
  return Math.round(x / step) * step;
}

/** Commit and Best Case per team on `day` for deals closing in quarter `q`. */
function teamRollups(company: Company, deals: readonly DealTruth[], q: FiscalQuarter, day: Day): Map<string, TeamRollup> {
  const teamOf = new Map(company.reps.map((r) => [r.name, r.team]));
  const out = new Map<string, TeamRollup>(company.teams.map((t) => [t.name, { won: 0, commit: 0, bestCase: 0 }]));
  for (const deal of deals) {
    const view = dealAt(deal, day);
    if (!view || view.status === 'lost' || view.closeDate < q.start || view.closeDate > q.end) continue;
    const r = out.get(teamOf.get(view.owner) ?? deal.team);
    if (!r) continue;
    if (view.status === 'won') r.won += view.amount;
    if (view.status === 'won' || view.category === 'Commit') r.commit += view.amount;
    if (view.status === 'won' || view.category === 'Commit' || view.category === 'Best Case') r.bestCase += view.amount;
  }
  return out;
}

/** Every Monday of each quarter in `quarters`, up to `asOf`. */
export function callDays(quarters: readonly FiscalQuarter[], asOf: Day): Day[] {
  const days: Day[] = [];
  for (const q of quarters) {
    let d = q.start;
    while (weekday(d) !== 1) d++;
    for (; d <= Math.min(q.end, asOf); d += 7) days.push(d);
  }
  return days;
}

export function forecastCalls(company: Company, deals: readonly DealTruth[], days: readonly Day[], random: Random): ForecastCall[] {
  const calls: ForecastCall[] = [];
  for (const day of days) {
    const q = fiscalQuarter(day);
    const elapsed = (day - q.start) / (q.end - q.start + 1);
    const rollups = teamRollups(company, deals, q, day);
    const teamCalls = new Map<string, number>();
    for (const team of company.teams) {
      const r = rollups.get(team.name) ?? { won: 0, commit: 0, bestCase: 0 };
      const style = MANAGER_STYLE[team.manager] ?? { adjust: 0, upside: 0.3 };
      // Closed won is banked; the haircut or uplift is on the open Commit.
      const open = (r.commit - r.won) * (1 + style.adjust + random.normal(0, 0.03));
      const upside = style.upside * (1 - elapsed) * (r.bestCase - r.commit);
      const call = Math.max(r.won, roundTo(r.won + open + upside, 5000));
      teamCalls.set(team.name, call);
      calls.push({ day, scope: 'team', name: team.name, call, commit: r.commit, bestCase: r.bestCase, period: q.label, submittedBy: team.manager });
    }
    const vpCall = (teams: readonly string[]) => roundTo(teams.reduce((n, t) => n + (teamCalls.get(t) ?? 0), 0) * (1 + VP_ADJUST), 10_000);
    const sum = (teams: readonly string[]): Rollup => ({
      commit: teams.reduce((n, t) => n + (rollups.get(t)?.commit ?? 0), 0),
      bestCase: teams.reduce((n, t) => n + (rollups.get(t)?.bestCase ?? 0), 0),
    });
    for (const region of company.regions) {
      const teams = company.teams.filter((t) => t.region === region).map((t) => t.name);
      calls.push({ day, scope: 'region', name: region, call: vpCall(teams), ...sum(teams), period: q.label, submittedBy: company.vp.name });
    }
    const all = company.teams.map((t) => t.name);
    calls.push({ day, scope: 'company', name: '', call: vpCall(all), ...sum(all), period: q.label, submittedBy: company.vp.name });
  }
  return calls;
}

function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The calls as a CSV saved from Excel ("CSV UTF-8"): byte-order mark, CRLF, quotes only where needed. */
export function forecastCallsCsv(calls: readonly ForecastCall[]): string {
  const lines = [FORECAST_CALL_HEADERS.join(',')];
  for (const c of calls) {
    lines.push(
      [isoFromDay(c.day), c.scope, c.name, String(c.call), String(c.commit), String(c.bestCase), c.period, c.submittedBy].map(field).join(','),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
