import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { DealRowSchema } from '../../src/schema/DealRowSchema.ts';
import { HistoryRowSchema } from '../../src/schema/HistoryRowSchema.ts';
import { QuotaRowSchema } from '../../src/schema/QuotaRowSchema.ts';
import { RosterRowSchema } from '../../src/schema/RosterRowSchema.ts';
import type { DealRow, HistoryRow, QuotaRow, RosterRow } from '../../src/schema/types.ts';

describe('row schemas', () => {
  it('produce the contract types', () => {
    expectTypeOf<z.output<typeof DealRowSchema>>().toExtend<DealRow>();
    expectTypeOf<z.output<typeof HistoryRowSchema>>().toEqualTypeOf<HistoryRow>();
    expectTypeOf<z.output<typeof QuotaRowSchema>>().toExtend<QuotaRow>();
    expectTypeOf<z.output<typeof RosterRowSchema>>().toExtend<RosterRow>();
  });

  const deal = {
    id: 'D1', idDerived: false, name: 'n', account: null, owner: 'Ada', stage: 'Lead In', status: 'open', amount: 1, currency: 'USD',
    createdDate: '2026-01-01', closeDate: null, forecastCategory: null, probability: 0.5, type: null, leadSource: null, nextStep: null,
    lastActivityDate: null, lossReason: null, snapshotDate: null, attributes: Object.create(null), source: { file: 'f', sheet: null, row: 2 },
  };

  it('accept a valid deal row', () => {
    expect(DealRowSchema.safeParse(deal).success).toBe(true);
  });

  it.each([
    ['status', 'maybe'], ['probability', 1.5], ['currency', 'usd'], ['closeDate', '2026-13-01'], ['attributes', {}], ['amount', Number.NaN],
  ])('reject %s = %j', (field, value) => {
    expect(DealRowSchema.safeParse({ ...deal, [field]: value }).success).toBe(false);
  });

  it('a quota needs a name unless it is company level', () => {
    const quota = { level: 'rep', name: null, period: { kind: 'fiscalYear', fiscalYear: 2027 }, periodLabel: 'FY2027', amount: 1, currency: null, source: { file: 'f', sheet: null, row: 2 } };
    expect(QuotaRowSchema.safeParse(quota).success).toBe(false);
    expect(QuotaRowSchema.safeParse({ ...quota, level: 'company' }).success).toBe(true);
    expect(QuotaRowSchema.safeParse({ ...quota, level: 'company', period: { kind: 'fiscalQuarter', fiscalYear: 2027, quarter: 5 } }).success).toBe(false);
  });
});
