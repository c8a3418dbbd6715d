/**
 * Good and bad quarters: every fiscal quarter has a company-wide market factor and each team a
 * factor of its own, multiplying the odds that deals advance. This is what makes one quarter's
 * deals win together more (or less) than a stage's long-run rate says, as they do in real life.
 */
import type { Company } from './company.ts';
import type { Day } from './dates.ts';
import { fiscalQuarter } from './fiscalQuarter.ts';
import type { Random } from './random.ts';

/** Standard deviation of the log factor: company-wide and per team. */
const COMPANY_SD = 0.03;
const TEAM_SD = 0.06;

export type Market = (team: string, day: Day) => number;

/** Factors for the quarters from `from` to `to` (day numbers); 1 outside them. */
export function market(company: Company, random: Random, from: Day, to: Day): Market {
  const factors = new Map<string, number>();
  for (let q = fiscalQuarter(from).index; q <= fiscalQuarter(to).index; q++) {
    const r = random.fork(`quarter:${q}`);
    const shared = r.normal(0, COMPANY_SD);
    for (const team of company.teams) factors.set(`${team.name}|${q}`, Math.exp(shared + r.normal(0, TEAM_SD)));
  }
  return (team, day) => factors.get(`${team}|${fiscalQuarter(day).index}`) ?? 1;
}
