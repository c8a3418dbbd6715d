/**
 * data/earnings-credits.csv: every deal behind data/earnings.csv, one line per deal and person
 * paid on it: own deals (commission, the bands the deal filled in close-date order, before any
 * cap) and team deals (override rate × credit).
 */
import { toCsv, type CsvColumn } from '../tables/csv.ts';
import type { SiteData } from '../load/siteData.ts';

/** Money to the cent: the CSV reads like a statement, not like float noise. */
const cents = (v: number | null | undefined): number | null => (v === null || v === undefined ? null : Math.round(v * 100) / 100);

const COLUMNS = [
  'person', 'plan', 'period', 'kind', 'deal_id', 'deal_name', 'account', 'owner', 'team', 'close_date', 'type',
  'amount', 'multiplier', 'multiplier_rules', 'credited', 'earned',
] as const;

export function earningsCreditsCsv(siteData: SiteData): string {
  const statements = siteData.dashboard.compensation?.earnings.statements ?? [];
  const rows = statements.flatMap((s) =>
    s.credits.map((c) => ({
      person: s.person,
      plan: s.plan,
      period: s.period.key,
      kind: c.kind,
      deal_id: c.dealId,
      deal_name: c.dealName,
      account: c.account,
      owner: c.owner,
      team: c.team,
      close_date: c.closeDate,
      type: c.type,
      amount: cents(c.amount),
      multiplier: c.multiplier,
      multiplier_rules: c.matched.join('; ') || null,
      credited: cents(c.credited),
      earned: cents(c.pay),
    })),
  );
  return toCsv(COLUMNS.map((key): CsvColumn => ({ key, label: key })), rows);
}
