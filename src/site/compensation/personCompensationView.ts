/**
 * One person's compensation, for their statement page and the section on their rep page: every
 * period's statement, the current period's payout curve and next threshold, the likely payout
 * from the forecast's trials, and what each open deal is worth to them (their own deals, and for
 * a manager the team's deals ranked by override impact).
 */
import type { DealWorthRow } from '../../metrics/compensation/dealWorth.ts';
import type { EarningsStatement } from '../../metrics/compensation/earningsTypes.ts';
import type { PayoutCurve } from '../../metrics/compensation/payoutCurve.ts';
import type { PayoutOutlook } from '../../metrics/compensation/payoutDistribution.ts';
import type { SiteData } from '../load/siteData.ts';
import { slug } from '../paths/slug.ts';
import { standingText } from './standingText.ts';

export interface DealWorthLine {
  deal: DealWorthRow;
  /** What closing it adds to this person's earnings. */
  gain: number;
  /** What it adds to the others paid on it (the owner, the managers). */
  others: Array<{ person: string; kind: 'own' | 'override'; gain: number }>;
}

export interface PersonCompensationView {
  person: string;
  slug: string;
  role: string | null;
  plan: string | null;
  currency: string;
  asOf: string;
  /** Every period's statement, oldest first. */
  statements: EarningsStatement[];
  /** The current period's statement (to date); null when the person has none. */
  current: EarningsStatement | null;
  curve: PayoutCurve | null;
  standing: string | null;
  outlook: PayoutOutlook | null;
  outlookPeriod: string | null;
  trials: number | null;
  /** Own open deals: due this period first, then most valuable first. */
  ownDeals: DealWorthLine[];
  /** For a manager: the team's open deals, due this period first, ranked by override impact. */
  teamDeals: DealWorthLine[];
  /** Warnings and errors about this person's plan. */
  issues: string[];
}

export function personCompensationView(siteData: SiteData, name: string): PersonCompensationView | null {
  const report = siteData.dashboard.compensation;
  if (report === undefined) return null;
  const statements = report.earnings.statements.filter((s) => s.person === name);
  const issues = report.earnings.issues.filter((i) => i.value === name).map((i) => i.message);
  if (statements.length === 0 && issues.length === 0) return null;
  const current = statements.find((s) => s.status === 'to date') ?? null;
  const curve = current === null ? null : (report.curves.find((c) => c.person === name && c.periodKey === current.period.key)?.curve ?? null);
  const plan = current === null ? null : (siteData.report.config.compensation?.plans[current.planIndex] ?? null);
  const top = plan?.rates?.tiers.at(-1)?.multiplier;
  const standing = curve === null ? null : standingText(curve.next, siteData.model.currency, plan?.rates === undefined || top === undefined ? null : `${top}×`);
  const lines = (kind: 'own' | 'override') =>
    report.dealWorth
      .flatMap((deal) => {
        const mine = deal.gains.find((g) => g.person === name && g.kind === kind);
        if (mine === undefined) return [];
        return [{ deal, gain: mine.gain, others: deal.gains.filter((g) => g !== mine).map((g) => ({ person: g.person, kind: g.kind, gain: g.gain })) }];
      })
      // Deals due this period first (closing them now is on the table), then the most valuable.
      .sort((a, b) => Number(b.deal.dueThisPeriod) - Number(a.deal.dueThisPeriod) || b.gain - a.gain || (a.deal.dealId < b.deal.dealId ? -1 : 1));
  return {
    person: name,
    slug: slug(name),
    role: statements.at(-1)?.role ?? null,
    plan: statements.at(-1)?.plan ?? null,
    currency: siteData.model.currency,
    asOf: siteData.model.asOf,
    statements,
    current,
    curve,
    standing,
    outlook: report.outlook?.people.find((p) => p.person === name) ?? null,
    outlookPeriod: report.outlook?.period ?? null,
    trials: report.outlook?.trials ?? null,
    ownDeals: lines('own'),
    teamDeals: lines('override'),
    issues,
  };
}
