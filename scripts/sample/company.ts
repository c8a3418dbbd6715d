/**
 * The fictional company behind the shipped sample: regions, teams, people and how each rep
 * performs over time. Plain data; the simulation reads it.
 */
import { dayFromIso, type Day } from './dates.ts';

export type Segment = 'Enterprise' | 'Commercial';

export interface Person {
  name: string;
  email: string;
  role: 'Account Executive' | 'Sales Manager' | 'VP Sales';
  manager: string | null;
  team: string | null;
  region: string | null;
  start: Day;
  end: Day | null;
}

export interface Rep extends Person {
  role: 'Account Executive';
  team: string;
  region: string;
  segment: Segment;
  /** Skill at the start and at the end of the history (1 = the team's norm); linear in between. */
  skillFrom: number;
  skillTo: number;
  /** Multiplies how many deals the rep opens. */
  volume: number;
  /** Multiplies deal sizes. */
  dealSize: number;
  trend: 'improving' | 'declining' | 'steady';
}

export interface Team {
  name: string;
  region: string;
  segment: Segment;
  manager: string;
}

export interface Company {
  name: string;
  currency: 'USD';
  regions: string[];
  teams: Team[];
  reps: Rep[];
  managers: Person[];
  vp: Person;
  /** Who runs the weekly report exports (Sales Operations). */
  reportAuthor: string;
}

export const COMPANY_NAME = 'Northwind Analytics';
const EMAIL_DOMAIN = 'northwind-analytics.example';

/** `Chloé Laurent` -> `chloe.laurent@...`, `Liam O'Connor` -> `liam.oconnor@...`. */
export function emailFor(name: string): string {
  const local = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/\s+/)
    .map((part) => part.replace(/[^a-z]/g, ''))
    .filter((part) => part !== '');
  const first = local[0] ?? 'rep';
  const last = local.slice(1).join('');
  return `${first}.${last}@${EMAIL_DOMAIN}`;
}

interface RepSeed {
  name: string;
  start: string;
  end?: string;
  skill?: [number, number];
  volume?: number;
  dealSize?: number;
  trend?: 'improving' | 'declining';
}

const TEAM_SEEDS: { name: string; region: string; segment: Segment; manager: string; reps: RepSeed[] }[] = [
  {
    name: 'NA Enterprise', region: 'North America', segment: 'Enterprise', manager: 'Robert Lindqvist',
    reps: [
      { name: 'Aaron Whitaker', start: '2019-03-04', skill: [1.15, 1.2], dealSize: 1.1 },
      { name: 'Brianna Castillo', start: '2021-06-14', skill: [0.95, 1.0] },
      { name: 'Marcus Bell', start: '2018-09-10', skill: [0.9, 1.1] },
      { name: 'Olivia Hart', start: '2022-01-10', skill: [0.85, 0.9], volume: 1.1 },
      { name: 'Samuel Greene', start: '2020-04-20', skill: [1.05, 1.0], dealSize: 0.9 },
    ],
  },
  {
    name: 'NA Commercial', region: 'North America', segment: 'Commercial', manager: 'Priya Raman',
    reps: [
      { name: 'Daniel Reyes', start: '2021-02-01', end: '2026-06-12', skill: [0.9, 0.8] },
      { name: 'Emily Sato', start: '2020-08-17', skill: [1.25, 1.3], volume: 1.1 },
      { name: 'Jordan Patel', start: '2019-05-06', skill: [1.5, 0.4], trend: 'declining' },
      { name: 'Grace Kim', start: '2023-01-09', skill: [0.8, 0.85], volume: 0.95 },
      { name: 'Tyler Brooks', start: '2021-10-11', skill: [0.95, 0.9], dealSize: 1.1 },
      { name: 'Nina Alvarez', start: '2026-07-06', skill: [1.0, 1.0] },
    ],
  },
  {
    name: 'EMEA Enterprise', region: 'EMEA', segment: 'Enterprise', manager: 'Henrik Vogel',
    reps: [
      { name: 'Lukas Becker', start: '2019-11-04', skill: [1.1, 1.15] },
      { name: 'Sophie Martin', start: '2021-03-15', skill: [0.9, 0.95], dealSize: 1.15 },
      { name: 'Alessandro Ricci', start: '2020-06-01', skill: [1.0, 0.95] },
      { name: 'Freya Johansson', start: '2022-09-12', skill: [0.75, 0.85], volume: 1.05 },
      { name: 'Tomasz Nowak', start: '2021-11-22', skill: [1.0, 1.05], dealSize: 0.9 },
    ],
  },
  {
    name: 'EMEA Commercial', region: 'EMEA', segment: 'Commercial', manager: 'Claire Dubois',
    reps: [
      { name: 'Chloé Laurent', start: '2020-02-03', skill: [1.2, 1.15] },
      { name: 'Oliver Bennett', start: '2021-07-19', skill: [0.95, 1.0], volume: 1.05 },
      { name: 'Amara Nwosu', start: '2023-03-06', skill: [0.45, 1.6], trend: 'improving' },
      { name: "Pieter de Vries", start: '2019-05-13', skill: [1.05, 1.0], dealSize: 1.05 },
      { name: 'Isabel Santos', start: '2022-02-14', skill: [0.85, 0.85] },
    ],
  },
  {
    name: 'APAC Enterprise', region: 'APAC', segment: 'Enterprise', manager: 'Kenji Watanabe',
    reps: [
      { name: 'Hiroshi Tanaka', start: '2019-07-01', skill: [1.1, 1.1] },
      { name: 'Aisha Rahman', start: '2021-09-06', skill: [0.95, 1.05], dealSize: 1.05 },
      { name: "Liam O'Connor", start: '2022-04-04', skill: [0.85, 0.8], volume: 1.1 },
      { name: 'Sarah Cheng', start: '2020-10-12', skill: [1.0, 1.0] },
      { name: 'Ravi Menon', start: '2026-05-18', skill: [1.0, 1.0] },
    ],
  },
  {
    name: 'APAC Commercial', region: 'APAC', segment: 'Commercial', manager: 'Mei Lin Tan',
    reps: [
      { name: 'Wei Zhang', start: '2020-03-02', skill: [1.15, 1.2] },
      { name: 'Jessica Taylor', start: '2021-12-06', skill: [0.9, 0.95], volume: 1.05 },
      { name: 'Arjun Nair', start: '2022-06-20', skill: [1.0, 1.0], dealSize: 0.95 },
      { name: 'Emma Wilson', start: '2023-02-13', skill: [0.8, 0.9] },
    ],
  },
];

const VP_NAME = 'Margaret Okafor';

/** The sample company. Deterministic: no randomness needed here. */
export function buildCompany(): Company {
  const vp: Person = {
    name: VP_NAME, email: emailFor(VP_NAME), role: 'VP Sales', manager: null, team: null, region: null,
    start: dayFromIso('2018-01-08'), end: null,
  };
  const teams: Team[] = [];
  const reps: Rep[] = [];
  const managers: Person[] = [];
  for (const seed of TEAM_SEEDS) {
    teams.push({ name: seed.name, region: seed.region, segment: seed.segment, manager: seed.manager });
    managers.push({
      name: seed.manager, email: emailFor(seed.manager), role: 'Sales Manager', manager: VP_NAME,
      team: seed.name, region: seed.region, start: dayFromIso('2018-06-04'), end: null,
    });
    for (const r of seed.reps) {
      const [skillFrom, skillTo] = r.skill ?? [1, 1];
      reps.push({
        name: r.name, email: emailFor(r.name), role: 'Account Executive', manager: seed.manager,
        team: seed.name, region: seed.region, segment: seed.segment,
        start: dayFromIso(r.start), end: r.end ? dayFromIso(r.end) : null,
        skillFrom, skillTo, volume: r.volume ?? 1, dealSize: r.dealSize ?? 1, trend: r.trend ?? 'steady',
      });
    }
  }
  return {
    name: COMPANY_NAME,
    currency: 'USD',
    regions: [...new Set(teams.map((t) => t.region))],
    teams,
    reps,
    managers,
    vp,
    reportAuthor: 'Dana Whitfield',
  };
}
