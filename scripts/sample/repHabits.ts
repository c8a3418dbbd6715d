/**
 * How each rep of the sample keeps the CRM: how they call their deals' forecast categories and
 * how optimistic their close dates are. Real teams have both kinds: the rep with "happy ears"
 * who commits deals that then slip or die, and the sandbagger who keeps sure deals in Best Case.
 */
import type { Rep } from './company.ts';

export interface RepHabits {
  /** Added to the rep's read of a deal before calling its category: > 0 over-calls, < 0 under-calls. */
  callBias: number;
  /** The rep's close-date estimates are this share of the time the deal really needs (< 1: too early). */
  dateOptimism: number;
  /** Chance that the rep updates a due close date at a weekly pipeline review. */
  diligence: number;
}

const HABITS: Record<string, Partial<RepHabits>> = {
  'Jordan Patel': { callBias: 0.9, dateOptimism: 0.55, diligence: 0.6 },
  'Olivia Hart': { callBias: 0.6, dateOptimism: 0.6 },
  'Tyler Brooks': { callBias: 0.5, dateOptimism: 0.65, diligence: 0.65 },
  "Liam O'Connor": { callBias: 0.45, dateOptimism: 0.6 },
  'Freya Johansson': { callBias: 0.35, diligence: 0.7 },
  'Grace Kim': { callBias: 0.3, dateOptimism: 0.65 },
  'Amara Nwosu': { callBias: -0.7, dateOptimism: 0.9 },
  'Lukas Becker': { callBias: -0.55, dateOptimism: 0.9, diligence: 0.95 },
  'Wei Zhang': { callBias: -0.5, dateOptimism: 0.85 },
  'Hiroshi Tanaka': { callBias: -0.35, diligence: 0.95 },
  'Emily Sato': { callBias: -0.3, dateOptimism: 0.85 },
  'Chloé Laurent': { callBias: -0.25 },
};

const DEFAULT: RepHabits = { callBias: 0, dateOptimism: 0.75, diligence: 0.82 };

export function repHabits(rep: Pick<Rep, 'name'>): RepHabits {
  return { ...DEFAULT, ...HABITS[rep.name] };
}
