/**
 * The sample's compensation plans (written into data/quarterdeck.config.json) so the
 * compensation pages show on a fresh clone: account executives on quarterly commission with
 * accelerators, a gate, a cap, a kicker and renewals credited at half; sales managers on a
 * tiered override of their team; the VP on a flat override of everyone below them.
 */
import type { ConfigInput } from '../../src/schema/configSchema.ts';

export const SAMPLE_COMPENSATION: NonNullable<ConfigInput['compensation']> = {
  plans: [
    {
      name: 'Account Executive',
      roles: ['Account Executive'],
      period: 'quarter',
      targetVariable: 30000,
      rates: {
        mode: 'marginal',
        tiers: [
          { upTo: 0.5, multiplier: 0.5 },
          { upTo: 1.0, multiplier: 1.0 },
          { multiplier: 1.5 },
        ],
      },
      gate: 0.25,
      cap: 3,
      kickers: [{ at: 1.25, bonus: 5000 }],
      multipliers: [{ field: 'Type', equals: 'Renewal', multiplier: 0.5 }],
    },
    {
      name: 'Sales Manager',
      roles: ['Sales Manager'],
      period: 'quarter',
      override: {
        on: 'team',
        mode: 'tiered',
        tiers: [
          { upTo: 0.8, rate: 0.01 },
          { upTo: 1.2, rate: 0.02 },
          { rate: 0.03 },
        ],
      },
    },
    {
      name: 'VP Sales',
      roles: ['VP Sales'],
      period: 'quarter',
      override: { on: 'descendants', mode: 'flat', rate: 0.004 },
    },
  ],
};
