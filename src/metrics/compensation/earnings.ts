/**
 * Estimated earnings of every person on a compensation plan, for each plan period of the fiscal
 * year that holds the as-of date, up to the current period: quota (ramped for new people),
 * credited bookings (closed-won deals closing in the period, times the plan's attribute
 * multipliers), attainment, commission by band with gate, kickers and cap, the override on the
 * team's bookings, the draw, and the payout; every amount traceable to its deals. An estimate
 * from the exports, not a payroll statement: no splits, clawbacks, or payroll adjustments.
 */
import { fsum } from 'd3';
import { compareText } from '../../model/compareText.ts';
import { fiscalCalendar } from '../../model/fiscalCalendar.ts';
import { maxDate, minDate } from '../../model/isoDate.ts';
import { modelIssue } from '../../model/modelIssue.ts';
import type { Deal, IsoDate, Model } from '../../model/types.ts';
import type { CompensationConfig, CompensationPlan } from '../../schema/CompensationConfigSchema.ts';
import type { Issue } from '../../schema/types.ts';
import { periodInfo } from '../periodInfo.ts';
import { quotaFor } from '../quotaFor.ts';
import type { CommissionResult } from './commission.ts';
import { dealMultiplier } from './dealMultiplier.ts';
import type { CreditLine, EarningsResult, EarningsStatement } from './earningsTypes.ts';
import { overrideScope } from './overrideScope.ts';
import { periodPayout } from './periodPayout.ts';
import { planAssignments } from './planAssignments.ts';
import { rampedQuota } from './rampedQuota.ts';

export type * from './earningsTypes.ts';

export interface EarningsOptions {
  asOf: IsoDate;
}

export function earnings(model: Model, compensation: CompensationConfig, options: EarningsOptions): EarningsResult {
  const asOf = options.asOf;
  const base = { asOf, currency: model.currency, plans: compensation.plans.length };
  if (compensation.plans.length === 0) return { ...base, statements: [], issues: [] };
  const cal = fiscalCalendar({ startMonth: model.fiscalYearStartMonth, naming: model.fiscalYearNaming });
  const year = cal.periodOf(asOf, 'year');
  const { assignments, issues } = planAssignments(model.reps, compensation.plans);
  const won = model.deals.filter((d) => d.status === 'won' && d.closeDate !== null);
  const noQuota = new Map<string, string[]>();
  const noTeamQuota = new Map<string, string[]>();
  const noAmount = new Map<string, number>();
  const statements: EarningsStatement[] = [];

  for (const a of assignments) {
    const { plan, rep } = a;
    const periods = cal.periodsBetween(year.start, asOf, plan.period).filter(
      (p) =>
        (a.from === null || a.from <= p.end) &&
        (a.to === null || a.to >= p.start) &&
        (rep.startDate === null || rep.startDate <= p.end) &&
        (rep.endDate === null || rep.endDate >= p.start),
    );
    const scope = plan.override === undefined ? null : overrideScope(model, a.person, plan.override.on);
    let drawBalance = 0;
    for (const period of periods) {
      const window = { start: maxDate(period.start, a.from ?? period.start), end: minDate(period.end, a.to ?? period.end) };
      const inWindow = (d: Deal) => d.closeDate! >= window.start && d.closeDate! <= window.end;
      const notes: string[] = [];
      const credit = (deal: Deal, kind: CreditLine['kind']): CreditLine | null => {
        if (deal.amount === null) {
          noAmount.set(a.person, (noAmount.get(a.person) ?? 0) + 1);
          return null;
        }
        const m = dealMultiplier(deal, plan.multipliers);
        return {
          dealId: deal.id,
          dealName: deal.name,
          account: deal.account,
          owner: deal.owner,
          team: deal.team,
          closeDate: deal.closeDate!,
          type: deal.type,
          amount: deal.amount,
          multiplier: m.multiplier,
          matched: m.matched,
          credited: deal.amount * m.multiplier,
          kind,
          pay: null,
        };
      };
      const byClose = (x: CreditLine, y: CreditLine) => compareText(x.closeDate, y.closeDate) || compareText(x.dealId, y.dealId);
      const own = plan.rates === undefined ? [] : won.filter((d) => d.owner === a.person && inWindow(d)).flatMap((d) => credit(d, 'own') ?? []).sort(byClose);
      const team = scope === null ? [] : won.filter((d) => inWindow(d) && scope.counts(d)).flatMap((d) => credit(d, 'override') ?? []).sort(byClose);
      const credited = fsum(own, (c) => c.credited);
      const teamBookings = fsum(team, (c) => c.credited);

      let quota: number | null = null;
      let fileQuota: number | null = null;
      let rampShare = 1;
      if (plan.rates !== undefined) {
        fileQuota = quotaFor(model, { level: 'rep', name: a.person }, period).amount;
        const ramp = rampedQuota(fileQuota, period, rep.startDate, plan.ramp);
        quota = ramp.quota;
        rampShare = ramp.share;
        if (ramp.ramped) notes.push(`Ramp: ${Math.round(ramp.share * 1000) / 10}% of the full quota (tenure months ${ramp.tenureMonths.join(', ')}).`);
        if (quota === null || quota <= 0) {
          (noQuota.get(a.person) ?? noQuota.set(a.person, []).get(a.person)!).push(period.label);
          notes.push('No quota for this period: no commission is computed.');
        }
      }
      let teamQuota: number | null = null;
      if (scope !== null) {
        const parts = scope.teams.map((t) => quotaFor(model, { level: 'team', name: t }, period).amount).filter((q): q is number => q !== null);
        teamQuota = parts.length === 0 ? null : fsum(parts);
        if (plan.override!.mode === 'tiered' && (teamQuota === null || teamQuota <= 0)) {
          (noTeamQuota.get(a.person) ?? noTeamQuota.set(a.person, []).get(a.person)!).push(period.label);
        }
      }
      const inputs = { credited, quota, teamBookings, teamQuota, drawBalance };
      const pay = periodPayout(plan, inputs);
      drawBalance = pay.draw.balance;
      attributeCommission(own, pay.commission);
      for (const c of team) c.pay = pay.override?.rate == null ? null : pay.override.rate * c.credited;
      if (pay.commission?.gateMet === false) notes.push(`Below the gate of ${pct(plan.gate!)} attainment: no commission or kicker.`);
      if (pay.commission !== null && pay.commission.capReduction > 0) notes.push(`Capped at ${plan.cap}× the target variable.`);
      statements.push({
        person: a.person,
        role: rep.role,
        manager: rep.manager,
        team: rep.team,
        plan: plan.name,
        planIndex: a.planIndex,
        via: a.via,
        granularity: plan.period,
        period: periodInfo(period),
        window,
        status: period.end <= asOf ? 'closed' : 'to date',
        paysCommission: plan.rates !== undefined,
        quota: quota !== null && quota > 0 ? quota : null,
        fileQuota,
        rampShare,
        credited,
        attainment: pay.commission?.attainment ?? null,
        commission: pay.commission,
        override: pay.override === null ? null : { ...pay.override, teams: scope!.teams },
        earned: pay.earned,
        draw: pay.draw,
        total: pay.payout,
        inputs,
        credits: [...own, ...team],
        notes,
      });
    }
  }
  issues.push(...missingIssues(noQuota, noTeamQuota, noAmount, compensation.plans));
  return { ...base, statements, issues };
}

/** Each own deal's share of the commission: the bands its credit fills, in close-date order. */
function attributeCommission(own: CreditLine[], c: CommissionResult | null): void {
  if (c === null) return;
  let filled = 0;
  for (const line of own) {
    if (c.gateMet === false) {
      line.pay = 0;
      continue;
    }
    if (c.mode === 'retroactive') {
      line.pay = line.credited * c.bands[c.bandReached]!.rate;
      continue;
    }
    const lo = filled;
    const hi = filled + line.credited;
    filled = hi;
    line.pay = fsum(c.bands, (b) => {
      const from = b.from * c.quota;
      const to = b.to === null ? Infinity : b.to * c.quota;
      return Math.max(0, Math.min(hi, to) - Math.max(lo, from)) * b.rate;
    });
  }
}

function missingIssues(
  noQuota: Map<string, string[]>,
  noTeamQuota: Map<string, string[]>,
  noAmount: Map<string, number>,
  plans: readonly CompensationPlan[],
): Issue[] {
  const out: Issue[] = [];
  for (const [person, periods] of noQuota) {
    out.push(
      modelIssue(
        'warning',
        'comp-no-quota',
        null,
        `${person} has no quota for ${periods.join(', ')}, so no commission is estimated there; add a quota row for ${person} to the quota file${plans.some((p) => p.ramp !== undefined) ? ' (or a "ramp.quota" in the plan)' : ''}.`,
        { value: person },
      ),
    );
  }
  for (const [person, periods] of noTeamQuota) {
    out.push(
      modelIssue('warning', 'comp-no-team-quota', null, `The teams under ${person} have no quota for ${periods.join(', ')}, so the tiered override has no attainment and is not estimated there; add team (or rep) quota rows to the quota file.`, { value: person }),
    );
  }
  for (const [person, count] of noAmount) {
    out.push(
      modelIssue('warning', 'comp-deal-without-amount', null, `${count} closed-won deal${count === 1 ? '' : 's'} counting toward ${person}'s plan ${count === 1 ? 'has' : 'have'} no amount and earn nothing; fill in the amount in the CRM export.`, { value: person }),
    );
  }
  return out;
}

function pct(x: number): string {
  return `${Math.round(x * 1000) / 10}%`;
}

