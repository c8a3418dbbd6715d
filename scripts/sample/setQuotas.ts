/**
 * Quarterly quotas, set the way a sales-ops team would with hindsight of the plan: every
 * full-time rep of a segment gets the same quota in a fiscal year, rising 10% a year, sized so
 * the company lands near its target over the completed quarters; new hires ramp 25% / 50% / 75% by quarter of tenure; a leaver's last quarter
 * is prorated. Team rows carry a team-level quota a little above the sum of their reps for some teams.
 */
import type { Company, Rep, Segment } from './company.ts';
import type { Day } from './dates.ts';
import { fiscalQuarter, type FiscalQuarter } from './fiscalQuarter.ts';
import type { DealTruth, QuotaTruth } from './truth.ts';

export interface SetQuotasOptions {
  quarters: FiscalQuarter[];
  asOf: Day;
  /** Company attainment aimed at, e.g. 0.97. */
  target: number;
  historyStart: Day;
}

/** Team quota over the sum of its reps. */
const TEAM_UPLIFT: Record<string, number> = {
  'NA Enterprise': 1.05,
  'EMEA Commercial': 1.08,
  'APAC Enterprise': 1.04,
};

const RAMP = [0.25, 0.5, 0.75];
/** Quotas rise this much from one fiscal year to the next. */
const YEARLY_GROWTH = 1.1;

/** Share of a full quota the rep carries in a quarter: 0 when not employed. */
export function quotaShare(rep: Rep, q: FiscalQuarter, historyStart: Day): number {
  if (rep.start > q.end || (rep.end !== null && rep.end < q.start)) return 0;
  const days = q.end - q.start + 1;
  let share = 1;
  if (rep.start > historyStart) {
    const tenure = q.index - fiscalQuarter(rep.start).index;
    share = RAMP[tenure] ?? 1;
    if (tenure === 0) share *= (q.end - rep.start + 1) / days;
  }
  if (rep.end !== null && rep.end <= q.end) share *= (rep.end - q.start + 1) / days;
  return share;
}

/** Who owned the deal when it closed. */
export function ownerAtClose(deal: DealTruth): string {
  const day = deal.closed ?? deal.created;
  let owner = deal.owners[0]?.owner ?? '';
  for (const o of deal.owners) if (o.day <= day) owner = o.owner;
  return owner;
}

function roundTo(x: number, step: number): number {
  return Math.round(x / step) * step;
}

export function setQuotas(company: Company, deals: readonly DealTruth[], options: SetQuotasOptions): QuotaTruth {
  const { quarters, asOf, target, historyStart } = options;
  const firstYear = quarters[0]?.fiscalYear ?? 0;
  const growth = (fy: number) => YEARLY_GROWTH ** (fy - firstYear);
  const segmentOf = new Map(company.reps.map((r) => [r.name, r.segment]));
  const completed = new Set(quarters.filter((q) => q.end < asOf).map((q) => q.index));
  // Won amount, and full-quota shares weighted by the plan's growth, per segment over completed quarters.
  const won = new Map<Segment, number>();
  const shares = new Map<Segment, number>();
  for (const deal of deals) {
    if (deal.outcome !== 'won' || deal.closed === null || !completed.has(fiscalQuarter(deal.closed).index)) continue;
    const segment = segmentOf.get(ownerAtClose(deal));
    if (segment) won.set(segment, (won.get(segment) ?? 0) + (deal.amounts[deal.amounts.length - 1]?.value ?? 0));
  }
  for (const q of quarters) {
    if (!completed.has(q.index)) continue;
    for (const rep of company.reps) {
      shares.set(rep.segment, (shares.get(rep.segment) ?? 0) + quotaShare(rep, q, historyStart) * growth(q.fiscalYear));
    }
  }
  const fullQuota = (segment: Segment, fy: number): number => {
    const s = shares.get(segment);
    if (!s) throw new Error(`no completed quarter to size ${segment} quotas`);
    return roundTo(((won.get(segment) ?? 0) / s / target) * growth(fy), 5000);
  };

  const reps = new Map<string, (number | null)[]>();
  for (const rep of company.reps) {
    reps.set(
      rep.name,
      quarters.map((q) => {
        const share = quotaShare(rep, q, historyStart);
        if (share < 0.05) return null;
        const full = fullQuota(rep.segment, q.fiscalYear);
        return share === 1 ? full : roundTo(full * share, 1000);
      }),
    );
  }
  const teams = new Map<string, number[]>();
  for (const team of company.teams) {
    const uplift = TEAM_UPLIFT[team.name] ?? 1;
    teams.set(
      team.name,
      quarters.map((_, i) => {
        let sum = 0;
        for (const rep of company.reps) if (rep.team === team.name) sum += reps.get(rep.name)?.[i] ?? 0;
        return uplift === 1 ? sum : Math.ceil((sum * uplift) / 5000) * 5000;
      }),
    );
  }
  return { quarters, reps, teams };
}
