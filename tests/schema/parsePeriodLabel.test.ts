import { describe, expect, it } from 'vitest';
import { parsePeriodLabel } from '../../src/schema/parsePeriodLabel.ts';

describe('parsePeriodLabel', () => {
  it.each([
    ['Q1 FY27', { kind: 'fiscalQuarter', fiscalYear: 2027, quarter: 1 }],
    ['FY2027 Q1', { kind: 'fiscalQuarter', fiscalYear: 2027, quarter: 1 }],
    ['FY27 Q1', { kind: 'fiscalQuarter', fiscalYear: 2027, quarter: 1 }],
    ['FY2027-Q3', { kind: 'fiscalQuarter', fiscalYear: 2027, quarter: 3 }],
    ['q4 fy2026', { kind: 'fiscalQuarter', fiscalYear: 2026, quarter: 4 }],
    // a quarter with a year and no FY/CY is a fiscal quarter of that fiscal year
    ['2026-Q3', { kind: 'fiscalQuarter', fiscalYear: 2026, quarter: 3 }],
    ['Q3 2026', { kind: 'fiscalQuarter', fiscalYear: 2026, quarter: 3 }],
    ['CY2026 Q3', { kind: 'calendarQuarter', year: 2026, quarter: 3 }],
    ['Q2 CY26', { kind: 'calendarQuarter', year: 2026, quarter: 2 }],
    ['Jan 2026', { kind: 'month', year: 2026, month: 1 }],
    ['January 2026', { kind: 'month', year: 2026, month: 1 }],
    ['Sept 2026', { kind: 'month', year: 2026, month: 9 }],
    ['2026-01', { kind: 'month', year: 2026, month: 1 }],
    ['12/2026', { kind: 'month', year: 2026, month: 12 }],
    ['FY2027', { kind: 'fiscalYear', fiscalYear: 2027 }],
    ['FY27', { kind: 'fiscalYear', fiscalYear: 2027 }],
    ['H1 FY2027', { kind: 'fiscalHalf', fiscalYear: 2027, half: 1 }],
    ['FY27 H2', { kind: 'fiscalHalf', fiscalYear: 2027, half: 2 }],
  ])('%s', (label, expected) => {
    expect(parsePeriodLabel(label)).toEqual(expected);
  });

  it.each(['Rep', 'Amount', 'Q5 2026', 'Q1', '2026-13', 'Q1 Q2 2026', 'FY', 'Q3 26', 'H1 CY2026', 'Jan FY2026', 'Notes 2026', '', 'FY2027 Q1 Q2'])(
    '%s is not a period',
    (label) => {
      expect(parsePeriodLabel(label)).toBeNull();
    },
  );

  it('reads a bare year and an ISO date only when asked (long-form period cells)', () => {
    expect(parsePeriodLabel('2026')).toBeNull();
    expect(parsePeriodLabel('2026', { bareYear: true })).toEqual({ kind: 'fiscalYear', fiscalYear: 2026 });
    expect(parsePeriodLabel('2026-03-31')).toBeNull();
    expect(parsePeriodLabel('2026-03-31', { dates: true })).toEqual({ kind: 'date', date: '2026-03-31', granularity: 'quarter' });
    expect(parsePeriodLabel('2026-02-30', { dates: true })).toBeNull();
  });
});
