import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/schema/parseConfig.ts';

const configWith = (plan: unknown) => JSON.stringify({ compensation: { plans: [plan] } }, null, 2);
const messages = (text: string) => {
  const r = parseConfig(text, 'quarterdeck.config.json');
  return r.ok ? [] : r.issues.map((i) => i.message);
};
const AE = { name: 'AE', roles: ['Account Executive'], targetVariable: 20_000 };

describe('compensation plan errors in quarterdeck.config.json', () => {
  it('overlapping tiers', () => {
    const plan = { ...AE, rates: { mode: 'marginal', tiers: [{ upTo: 1.0, multiplier: 1 }, { upTo: 0.5, multiplier: 0.5 }, { multiplier: 1.5 }] } };
    expect(messages(configWith(plan))).toEqual([
      'quarterdeck.config.json › compensation › plans › item 1 › rates › tiers › item 2 › upTo: plan "AE": tier 2 of rates (upTo 0.5) overlaps tier 1 (upTo 1); list the tiers in increasing upTo order.',
    ]);
  });

  it('two tiers with the same upTo overlap too; an override tier list is checked the same way', () => {
    const plan = { name: 'Mgr', reps: ['Priya Raman'], override: { on: 'team', mode: 'tiered', tiers: [{ upTo: 0.8, rate: 0.01 }, { upTo: 0.8, rate: 0.02 }, { rate: 0.04 }] } };
    expect(messages(configWith(plan))).toEqual([
      'quarterdeck.config.json › compensation › plans › item 1 › override › tiers › item 2 › upTo: plan "Mgr": tier 2 of override (upTo 0.8) overlaps tier 1 (upTo 0.8); list the tiers in increasing upTo order.',
    ]);
  });

  it('the last tier must be open-ended, and only the last', () => {
    const plan = { ...AE, rates: { mode: 'retroactive', tiers: [{ multiplier: 1 }, { upTo: 1.5, multiplier: 1.5 }] } };
    expect(messages(configWith(plan))).toEqual([
      'quarterdeck.config.json › compensation › plans › item 1 › rates › tiers › item 1 › upTo: plan "AE": tier 1 of rates has no upTo but is not the last tier; only the last tier is open-ended, so give this one an upTo.',
      'quarterdeck.config.json › compensation › plans › item 1 › rates › tiers › item 2 › upTo: plan "AE": the last tier of rates has upTo 1.5; remove it so the last tier holds everything above the tier before it.',
    ]);
  });

  it('a plan for nobody, paying nothing, or with rates but no target variable', () => {
    expect(messages(configWith({ name: 'Empty' }))).toEqual([
      'quarterdeck.config.json › compensation › plans › item 1 › roles: plan "Empty" applies to nobody: give it "roles" (roster roles) or "reps" (names).',
      'quarterdeck.config.json › compensation › plans › item 1 › rates: plan "Empty" pays nothing: give it "rates" (commission on the person\'s bookings) or "override" (on their team\'s).',
    ]);
    expect(messages(configWith({ name: 'AE', roles: ['AE'], rates: { mode: 'marginal', tiers: [{ multiplier: 1 }] } }))).toEqual([
      'quarterdeck.config.json › compensation › plans › item 1 › targetVariable: plan "AE" has rates but no targetVariable: add the variable pay for 100% attainment in one quarter.',
    ]);
  });

  it('the issue example parses', () => {
    const text = JSON.stringify({
      compensation: {
        plans: [
          { name: 'AE', roles: ['Account Executive'], period: 'quarter', targetVariable: 20000,
            rates: { mode: 'marginal', tiers: [{ upTo: 0.5, multiplier: 0.5 }, { upTo: 1.0, multiplier: 1.0 }, { multiplier: 1.5 }] },
            gate: 0.5, cap: 2.5 },
          { name: 'Manager', reps: ['Priya Raman'], period: 'quarter',
            override: { on: 'team', mode: 'tiered', tiers: [{ upTo: 0.8, rate: 0.01 }, { upTo: 1.2, rate: 0.02 }, { rate: 0.04 }] } },
        ],
      },
    });
    const r = parseConfig(text, 'quarterdeck.config.json');
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.config.compensation.plans.map((p) => p.name)).toEqual(['AE', 'Manager']);
  });
});

describe('the README example', () => {
  it('parses as a config', async () => {
    const { readFile } = await import('node:fs/promises');
    const readme = await readFile(new URL('../../../README.md', import.meta.url), 'utf8');
    const block = /```json\n("compensation": \{[\s\S]*?\n\})\n```/.exec(readme);
    expect(block, 'README has a ```json block starting with "compensation"').not.toBeNull();
    const r = parseConfig(`{${block![1]}}`, 'quarterdeck.config.json');
    expect(r.ok ? [] : r.issues.map((i) => i.message)).toEqual([]);
    if (r.ok) expect(r.config.compensation.plans.map((p) => p.name)).toEqual(['AE', 'Manager', 'VP']);
  });
});
