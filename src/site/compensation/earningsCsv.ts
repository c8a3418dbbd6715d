/**
 * data/earnings.csv: one line per person and plan period, with the columns the issue names
 * (person, role, plan, period, quota, credited, attainment, commission, override, total) and the
 * parts of the payout, plus the ids of the deals behind each line. Estimates, not payroll.
 */
import { toCsv, type CsvColumn } from '../csv.ts';
import type { SiteData } from '../siteData.ts';

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
    quota: s.quota,
    credited: s.credited,
    attainment: s.attainment,
    commission: s.commission?.commission ?? null,
    kickers: s.commission?.kicker ?? null,
    cap_reduction: s.commission?.capReduction ?? null,
    override: s.override?.amount ?? null,
    earned: s.earned,
    draw_advanced: s.draw.advanced,
    draw_recovered: s.draw.recovered,
    total: s.total,
    deals: s.credits.length,
    deal_ids: s.credits.map((c) => c.dealId).join(' '),
  }));
  return toCsv(columns(COLUMNS), rows);
}

function columns(keys: readonly string[]): CsvColumn[] {
  return keys.map((key) => ({ key, label: key }));
}
