/**
 * Every deal of the sample company: each rep opens deals week by week at a rate set by their
 * segment, skill and ramp; each deal then lives its life (planDeal). The rep who left has his
 * open deals closed or reassigned when he goes.
 */
import { buildAccounts } from './accounts.ts';
import type { Company, Rep } from './company.ts';
import type { Day } from './dates.ts';
import { market } from './market.ts';
import { planDeal, type DealPlan } from './planDeal.ts';
import type { Random } from './random.ts';
import type { DealTruth } from './truth.ts';
import { LOST_STAGE } from './vocabulary.ts';

export interface SimulateDealsOptions {
  /** First day deals are opened (before the history so that the pipeline is full when it starts). */
  simulationStart: Day;
  /** Deals that ended before this day are dropped. */
  historyStart: Day;
  /** The as-of date: skill trends end here. */
  asOf: Day;
  /**
   * No deal is opened after this day (default: the as-of date). Deals opened after the as-of
   * date never reach an export; they are the generator's truth of what else closes by quarter end.
   */
  openUntil?: Day;
}

/** Deals opened per rep per week, before skill, growth and ramp. */
const WEEKLY_RATE = { Enterprise: 1.1, Commercial: 1.8 } as const;
/** Days a new hire needs to reach full productivity. */
const RAMP_DAYS = 120;

/** The rep's skill on `day`: their trend, times the ramp of a new hire. */
export function skillOn(rep: Rep, day: Day, options: SimulateDealsOptions): number {
  const t = Math.min(1, Math.max(0, (day - options.historyStart) / (options.asOf - options.historyStart)));
  const trend = rep.skillFrom + (rep.skillTo - rep.skillFrom) * t;
  const ramp = rep.start > options.historyStart ? Math.min(1, 0.35 + (0.65 * (day - rep.start)) / RAMP_DAYS) : 1;
  return trend * ramp;
}

/** 15-character Salesforce Opportunity ID: key prefix 006, then a base-62 record number. */
export function opportunityId(seq: number): string {
  const digits = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
  let n = seq;
  let s = '';
  while (n > 0) {
    s = digits[n % 62] + s;
    n = Math.floor(n / 62);
  }
  return `0068c0${s.padStart(9, '0')}`;
}

const FIRST_SEQ = 41_000_000;

/** Close or hand over the open deals of a rep who left (mutates the plans of that rep). */
function handOver(plans: DealPlan[], rep: Rep, teammates: readonly Rep[], random: Random): void {
  const leftOn = rep.end;
  if (leftOn === null) return;
  for (const plan of plans) {
    const end = plan.closed ?? plan.deleted ?? Infinity;
    if (plan.created > leftOn || end <= leftOn) continue;
    if (random.chance(0.45) || teammates.length === 0) {
      const day = Math.max(plan.created + 1, leftOn - random.int(0, 4));
      plan.stages = plan.stages.filter((s) => s.day < day);
      plan.stages.push({ day, stage: LOST_STAGE, category: 'Omitted', nextStep: '' });
      plan.closeDates = plan.closeDates.filter((c) => c.day < day);
      plan.closeDates.push({ day, value: day });
      plan.amounts = plan.amounts.filter((a) => a.day < day);
      plan.activities = [...plan.activities.filter((a) => a < day), day];
      plan.outcome = 'lost';
      plan.closed = day;
      plan.deleted = null;
      plan.lossReason = 'No Decision';
      if (plan.staleFrom !== null && plan.staleFrom >= day) plan.staleFrom = null;
    } else {
      plan.owners.push({ day: leftOn + random.int(1, 5), owner: random.pick(teammates).name });
    }
  }
}

export function simulateDeals(company: Company, random: Random, options: SimulateDealsOptions): DealTruth[] {
  const accounts = buildAccounts(company.regions, random.fork('accounts'));
  const openUntil = options.openUntil ?? options.asOf;
  const markets = market(company, random.fork('market'), options.simulationStart, openUntil + 400);
  const all: DealPlan[] = [];
  for (const rep of company.reps) {
    const r = random.fork(`rep:${rep.name}`);
    const plans: DealPlan[] = [];
    const lastOpen = rep.end === null ? openUntil : Math.min(openUntil, rep.end - 21);
    const repMarket = (day: Day) => markets(rep.team, day);
    for (let week = options.simulationStart; week <= lastOpen; week += 7) {
      if (week < rep.start + 14) continue;
      const skill = skillOn(rep, week, options);
      const growth = 1 + (0.12 * (week - options.historyStart)) / 365;
      const rate = WEEKLY_RATE[rep.segment] * rep.volume * growth * (0.5 + 0.5 * Math.min(skill, 1.3));
      const count = r.poisson(rate);
      for (let i = 0; i < count; i++) {
        const created = week + r.int(0, 6);
        if (created > lastOpen) continue;
        plans.push(planDeal(r, { rep, created, skill, accounts, market: repMarket }));
      }
    }
    if (rep.end !== null) {
      const leftOn = rep.end;
      const teammates = company.reps.filter(
        (t) => t.team === rep.team && t !== rep && t.start <= leftOn && (t.end === null || t.end > leftOn),
      );
      handOver(plans, rep, teammates, r.fork('handover'));
    }
    all.push(...plans);
  }
  const kept = all.filter((p) => (p.closed ?? p.deleted ?? Infinity) >= options.historyStart);
  kept.sort((a, b) => a.created - b.created); // stable: ties keep rep order
  return kept.map((plan, i) => {
    const seq = FIRST_SEQ + i * 7 + (i % 5);
    return { seq, id: opportunityId(seq), ...plan };
  });
}
