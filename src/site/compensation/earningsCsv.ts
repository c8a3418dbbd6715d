/**
 * data/earnings.csv: one line per person and plan period, with the columns the issue names
 * (person, role, plan, period, quota, credited, attainment, commission, override, total) and the
 * parts of the payout, plus the ids of the deals behind each line. Estimates, not payroll.
 */
import { toCsv, type CsvColumn } from '../tables/csv.ts';
import type { SiteData } from '../load/siteData.ts';

/** Money to the cent, ratios to 4 decimals: the CSV reads like a statement, not like float noise. */
const cents = (v: number | null | undefined): number | null => (v === null || v === undefined ? null : Math.round(v * 100) / 100);
const ratio = (v: number | null | undefined): number | null => (v === null || v === undefined ? null : Math.round(v * 10_000) / 10_000);

const COLUMNS = [
  'person', 'role', 'plan', 'period', 'period_start', 'period_end', 'status', 'quota', 'credited', 'attainment',
  'commission', 'kickers', 'cap_reduction', 'override', 'earned', 'draw_advanced', 'draw_recovered', 'total', 'deals', 'deal_ids',
] as const;

export function earningsCsv(siteData: SiteData): string {
  const statements = siteData.dashboard.compensation?.earnings.statements ?? [];
  const rows = statements.map((s) => ({
    person: s.person,
    role: s.role,
    plan: s.plan,
    period: s.period.key,
    period_start: s.window.start,
    period_end: s.window.end,
    status: s.status,
    quota: cents(s.quota),
    credited: cents(s.credited),
    attainment: ratio(s.attainment),
    commission: cents(s.commission?.commission),
    kickers: cents(s.commission?.kicker),
    cap_reduction: cents(s.commission?.capReduction),
    override: cents(s.override?.amount),
    earned: cents(s.earned),
    draw_advanced: cents(s.draw.advanced),
    draw_recovered: cents(s.draw.recovered),
    total: cents(s.total),
    deals: s.credits.length,
    deal_ids: s.credits.map((c) => c.dealId).join(' '),
  }));
  return toCsv(columns(COLUMNS), rows);
}

function columns(keys: readonly string[]): CsvColumn[] {
  return keys.map((key) => ({ key, label: key }));
}
