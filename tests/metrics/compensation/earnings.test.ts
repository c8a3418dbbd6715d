import { describe, expect, it } from 'vitest';
import { earnings } from '../../../src/metrics/compensation/earnings.ts';
import { CompensationConfigSchema, type CompensationConfig } from '../../../src/schema/CompensationConfigSchema.ts';
import type { Deal } from '../../../src/model/types.ts';
import { fiscalQuota, makeDeal, makeModel, makeRep } from '../fixtures.ts';

// Fixture calendar: FY2027 starts 2026-02-01; Q1 Feb-Apr, Q2 May-Jul (as of 2026-06-15).
const plans = (plans: unknown[]): CompensationConfig => CompensationConfigSchema.parse({ plans });
const AE = {
  name: 'AE',
  roles: ['Account Executive'],
  period: 'quarter',
  targetVariable: 20_000,
  rates: { mode: 'marginal', tiers: [{ upTo: 0.5, multiplier: 0.5 }, { upTo: 1.0, multiplier: 1.0 }, { multiplier: 1.5 }] },
};
const wonDeal = (id: string, owner: string, closeDate: string, amount: number | null, extra: Partial<Deal> = {}) =>
  makeDeal({ id, owner, closeDate, amount, status: 'won', stage: 'Closed Won', ...extra });

describe('earnings', () => {
  it('the worked example as a statement: quota 100,000, bookings 130,000 in three deals → 24,000, each deal traced', () => {
    const model = makeModel({
      reps: [makeRep('Ana', { role: 'Account Executive', team: 'East', manager: 'Mo' })],
      quotas: [fiscalQuota('rep', 'Ana', 'quarter', 2027, 2, 100_000)],
      deals: [
        wonDeal('D1', 'Ana', '2026-05-10', 40_000),
        wonDeal('D2', 'Ana', '2026-06-01', 70_000),
        wonDeal('D3', 'Ana', '2026-06-12', 20_000),
        wonDeal('D0', 'Ana', '2026-04-30', 10_000), // Q1
        makeDeal({ id: 'D4', owner: 'Ana', closeDate: '2026-06-30', amount: 50_000, status: 'open' }),
      ],
    });
    const result = earnings(model, plans([AE]), { asOf: '2026-06-15' });
    const q2 = result.statements.find((s) => s.period.key === 'FY2027-Q2')!;
    expect(q2).toMatchObject({ person: 'Ana', plan: 'AE', quota: 100_000, credited: 130_000, status: 'to date' });
    expect(q2.attainment).toBeCloseTo(1.3, 12);
    expect(q2.total).toBeCloseTo(24_000, 6);
    // D1 fills 0..40,000 at 0.1 = 4,000; D2 fills 40,000..110,000: 10,000×0.1 + 50,000×0.2 + 10,000×0.3 = 14,000;
    // D3 fills 110,000..130,000 at 0.3 = 6,000.
    expect(q2.credits.map((c) => [c.dealId, Math.round(c.pay!)])).toEqual([['D1', 4_000], ['D2', 14_000], ['D3', 6_000]]);
    // Q1 is closed: 10,000 with no quota there → no commission, a warning naming the period.
    const q1 = result.statements.find((s) => s.period.key === 'FY2027-Q1')!;
    expect(q1).toMatchObject({ status: 'closed', credited: 10_000, quota: null, commission: null, total: 0 });
    expect(result.issues.map((i) => i.message)).toEqual([
      'Ana has no quota for FY2027 Q1, so no commission is estimated there; add a quota row for Ana to the quota file.',
    ]);
  });

  it('a rep with no quota at all: no payout and one warning', () => {
    const model = makeModel({
      reps: [makeRep('Bo', { role: 'Account Executive' })],
      deals: [wonDeal('D1', 'Bo', '2026-05-10', 40_000)],
    });
    const result = earnings(model, plans([AE]), { asOf: '2026-06-15' });
    expect(result.statements.map((s) => [s.period.key, s.credited, s.commission, s.total])).toEqual([
      ['FY2027-Q1', 0, null, 0],
      ['FY2027-Q2', 40_000, null, 0],
    ]);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({
      severity: 'warning',
      code: 'comp-no-quota',
      message: 'Bo has no quota for FY2027 Q1, FY2027 Q2, so no commission is estimated there; add a quota row for Bo to the quota file.',
    });
  });

  it('attribute multipliers: Type = New Business counts 1.2×, Renewal 0.5×', () => {
    const model = makeModel({
      reps: [makeRep('Ana', { role: 'Account Executive' })],
      quotas: [fiscalQuota('rep', 'Ana', 'quarter', 2027, 2, 100_000)],
      deals: [
        wonDeal('D1', 'Ana', '2026-05-10', 50_000, { type: 'New Business' }),
        wonDeal('D2', 'Ana', '2026-05-20', 40_000, { type: 'renewal ' }),
        wonDeal('D3', 'Ana', '2026-05-30', 10_000, { type: 'Upsell' }),
      ],
    });
    const plan = { ...AE, multipliers: [{ field: 'Type', equals: 'New Business', multiplier: 1.2 }, { field: 'type', equals: 'Renewal', multiplier: 0.5 }] };
    const q2 = earnings(model, plans([plan]), { asOf: '2026-06-15' }).statements.find((s) => s.period.key === 'FY2027-Q2')!;
    // Credited: 60,000 + 20,000 + 10,000 = 90,000 → 50,000×0.1 + 40,000×0.2 = 13,000.
    expect(q2.credits.map((c) => [c.dealId, c.credited, c.matched])).toEqual([
      ['D1', 60_000, ['Type = New Business ×1.2']],
      ['D2', 20_000, ['type = Renewal ×0.5']],
      ['D3', 10_000, []],
    ]);
    expect(q2.credited).toBeCloseTo(90_000, 9);
    expect(q2.total).toBeCloseTo(13_000, 6);
  });

  it('ramp: a rep who started 2026-03-10 has 1/3 and then 5/6 of the full quota', () => {
    const model = makeModel({
      reps: [makeRep('Cy', { role: 'Account Executive', startDate: '2026-03-10' })],
      quotas: [fiscalQuota('rep', 'Cy', 'quarter', 2027, 1, 90_000), fiscalQuota('rep', 'Cy', 'quarter', 2027, 2, 90_000)],
      deals: [wonDeal('D1', 'Cy', '2026-04-10', 30_000), wonDeal('D2', 'Cy', '2026-06-10', 75_000)],
    });
    const plan = { ...AE, ramp: { months: [0.5, 0.5, 1] } };
    const [q1, q2] = earnings(model, plans([plan]), { asOf: '2026-06-15' }).statements;
    // Q1 = Feb (before start: 0), Mar (tenure 1: 0.5), Apr (tenure 2: 0.5) → 1/3 × 90,000 = 30,000.
    // Base rate 20,000 / 30,000 = 2/3; 30,000 credited = 100%: 15,000 × 2/3 × 0.5 + 15,000 × 2/3 = 5,000 + 10,000.
    expect(q1!.quota).toBeCloseTo(30_000, 6);
    expect(q1!.attainment).toBeCloseTo(1, 12);
    expect(q1!.total).toBeCloseTo(15_000 * (2 / 3) * 0.5 + 15_000 * (2 / 3), 6); // 5,000 + 10,000 = 15,000
    // Q2 = May (tenure 3: 1), Jun, Jul (after the list: 1) → the full 90,000, no ramp.
    expect(q2!.quota).toBe(90_000);
    expect(q2!.rampShare).toBe(1);
    // 75,000 / 90,000: 45,000 × (20,000/90,000 × 0.5) + 30,000 × 20,000/90,000 = 5,000 + 6,666.67.
    expect(q2!.total).toBeCloseTo(5_000 + 20_000 / 3, 6);
  });

  it('draw: a recoverable draw advances in Q1 and recovers in Q2', () => {
    const model = makeModel({
      reps: [makeRep('Ana', { role: 'Account Executive' })],
      quotas: [fiscalQuota('rep', 'Ana', 'quarter', 2027, 1, 100_000), fiscalQuota('rep', 'Ana', 'quarter', 2027, 2, 100_000)],
      deals: [wonDeal('D1', 'Ana', '2026-03-10', 30_000), wonDeal('D2', 'Ana', '2026-06-10', 130_000)],
    });
    const plan = { ...AE, draw: { amount: 5_000, recoverable: true } };
    const [q1, q2] = earnings(model, plans([plan]), { asOf: '2026-06-15' }).statements;
    // Q1 earns 30,000 × 0.1 = 3,000 → advance 2,000, payout 5,000.
    expect(q1!.earned).toBeCloseTo(3_000, 6);
    expect(q1!.draw.advanced).toBeCloseTo(2_000, 6);
    expect(q1!.total).toBeCloseTo(5_000, 6);
    // Q2 earns 24,000 → recovers the 2,000: payout 22,000.
    expect(q2!.draw.recovered).toBeCloseTo(2_000, 6);
    expect(q2!.total).toBeCloseTo(22_000, 6);
    const flat = earnings(model, plans([{ ...plan, draw: { amount: 5_000, recoverable: false } }]), { asOf: '2026-06-15' }).statements;
    expect(flat.map((s) => Math.round(s.total))).toEqual([5_000, 24_000]);
  });

  it('override follows the close date: a rep who moves team mid-quarter counts for each manager in turn', () => {
    // Eve was in East (manager Mo) until 2026-05-31, then West (manager Wu). The model places each
    // deal in the team of the roster row in force on its close date.
    const model = makeModel({
      reps: [
        makeRep('Mo', { role: 'Sales Manager', team: 'East', manager: 'Vi' }),
        makeRep('Wu', { role: 'Sales Manager', team: 'West', manager: 'Vi' }),
        makeRep('Vi', { role: 'VP Sales' }),
        makeRep('Ann', { role: 'Account Executive', team: 'East', manager: 'Mo' }),
        makeRep('Eve', { role: 'Account Executive', team: 'West', manager: 'Wu' }),
        makeRep('Wes', { role: 'Account Executive', team: 'West', manager: 'Wu' }),
      ],
      quotas: [fiscalQuota('team', 'East', 'quarter', 2027, 2, 300_000), fiscalQuota('team', 'West', 'quarter', 2027, 2, 200_000)],
      deals: [
        wonDeal('A1', 'Ann', '2026-05-05', 100_000, { team: 'East' }),
        wonDeal('E1', 'Eve', '2026-05-20', 50_000, { team: 'East' }), // before the move
        wonDeal('E2', 'Eve', '2026-06-05', 80_000, { team: 'West' }), // after the move
        wonDeal('W1', 'Wes', '2026-06-01', 60_000, { team: 'West' }),
        wonDeal('M1', 'Mo', '2026-06-02', 25_000, { team: 'East' }), // the manager's own deal
      ],
    });
    const config = plans([
      { name: 'Manager', roles: ['Sales Manager'], override: { on: 'team', mode: 'flat', rate: 0.01 } },
      { name: 'VP', roles: ['VP Sales'], override: { on: 'descendants', mode: 'tiered', tiers: [{ upTo: 0.8, rate: 0.005 }, { rate: 0.01 }] } },
    ]);
    const result = earnings(model, config, { asOf: '2026-06-15' });
    const q2 = (person: string) => result.statements.find((s) => s.person === person && s.period.key === 'FY2027-Q2')!;
    // Mo: A1 + E1 = 150,000 (his own M1 excluded) × 1% = 1,500.
    expect(q2('Mo').credits.map((c) => c.dealId)).toEqual(['A1', 'E1']);
    expect(q2('Mo').total).toBeCloseTo(1_500, 9);
    // Wu: W1 + E2 = 140,000 × 1% = 1,400.
    expect(q2('Wu').credits.map((c) => c.dealId)).toEqual(['W1', 'E2']);
    expect(q2('Wu').total).toBeCloseTo(1_400, 9);
    // Vi: everyone below, managers' deals included: 315,000 on a quota of 500,000 = 63% → 0.5% = 1,575.
    expect(q2('Vi').override).toMatchObject({ teams: ['East', 'West'], bookings: 315_000, quota: 500_000, rate: 0.005 });
    expect(q2('Vi').total).toBeCloseTo(1_575, 9);
    // Q1 has no team quota: the tiered override cannot be placed in a band there.
    expect(result.issues.map((i) => i.message)).toEqual([
      'The teams under Vi have no quota for FY2027 Q1, so the tiered override has no attainment and is not estimated there; add team (or rep) quota rows to the quota file.',
    ]);
  });

  it('a person with both rates and an override gets both', () => {
    const model = makeModel({
      reps: [makeRep('Mo', { role: 'Player Coach', team: 'East' }), makeRep('Ann', { role: 'Account Executive', team: 'East', manager: 'Mo' })],
      quotas: [fiscalQuota('rep', 'Mo', 'quarter', 2027, 2, 100_000)],
      deals: [wonDeal('M1', 'Mo', '2026-05-05', 50_000, { team: 'East' }), wonDeal('A1', 'Ann', '2026-05-06', 200_000, { team: 'East' })],
    });
    const q2 = earnings(model, plans([{ ...AE, name: 'Coach', roles: [], reps: ['Mo'], override: { on: 'team', mode: 'flat', rate: 0.02 } }]), {
      asOf: '2026-06-15',
    }).statements.find((s) => s.period.key === 'FY2027-Q2')!;
    // Commission 50,000 × 0.1 = 5,000; override 200,000 × 2% = 4,000.
    expect(q2.commission!.total).toBeCloseTo(5_000, 9);
    expect(q2.override!.amount).toBeCloseTo(4_000, 9);
    expect(q2.total).toBeCloseTo(9_000, 9);
    expect(q2.credits.map((c) => [c.dealId, c.kind])).toEqual([['M1', 'own'], ['A1', 'override']]);
  });

  it('two plans for one person: an error naming both plans, and no statement', () => {
    const model = makeModel({ reps: [makeRep('Priya Raman', { role: 'Sales Manager' })], deals: [] });
    const config = plans([
      { name: 'Manager', roles: ['Sales Manager'], override: { on: 'team', mode: 'flat', rate: 0.01 } },
      { name: 'Priya special', reps: ['priya raman'], override: { on: 'team', mode: 'flat', rate: 0.02 } },
    ]);
    const result = earnings(model, config, { asOf: '2026-06-15' });
    expect(result.statements).toEqual([]);
    expect(result.issues.map((i) => [i.severity, i.code, i.message])).toEqual([
      [
        'error',
        'comp-two-plans',
        'Priya Raman is on two plans, "Manager" (by role Sales Manager) and "Priya special" (by name), for the same dates; one plan per person and period: remove Priya Raman from one of them, or give the plans "from"/"to" dates that do not overlap. No earnings are estimated for Priya Raman until then.',
      ],
    ]);
    // Dates that do not overlap are fine: one plan per period.
    const split = plans([
      { name: 'Manager', roles: ['Sales Manager'], to: '2026-04-30', override: { on: 'team', mode: 'flat', rate: 0.01 } },
      { name: 'Priya special', reps: ['Priya Raman'], from: '2026-05-01', override: { on: 'team', mode: 'flat', rate: 0.02 } },
    ]);
    const ok = earnings(model, split, { asOf: '2026-06-15' });
    expect(ok.issues).toEqual([]);
    expect(ok.statements.map((s) => [s.plan, s.period.key])).toEqual([['Manager', 'FY2027-Q1'], ['Priya special', 'FY2027-Q2']]);
  });
});
