import { describe, expect, it } from 'vitest';
import { chanceLabel } from '../../src/charts/chanceLabel.ts';
import { chartDate, dayLabel, monthLabel } from '../../src/charts/chartDates.ts';
import { dodgeLabels } from '../../src/charts/dodgeLabels.ts';

describe('dodgeLabels', () => {
  it('dodgeLabels keeps labels that are far enough apart where they are', () => {
    expect(dodgeLabels([10, 50, 30], { gap: 5, min: 0, max: 100 })).toEqual([10, 50, 30]);
  });

  it('dodgeLabels moves a label up until it is a gap above the one below, in the order given', () => {
    // Sorted 10, 12, 13 -> 10, 15, 20; returned in the input order (13, 10, 12).
    expect(dodgeLabels([13, 10, 12], { gap: 5, min: 0, max: 100 })).toEqual([20, 10, 15]);
  });

  it('dodgeLabels walks back down from the top when the labels would go past it', () => {
    // 95, 96, 99 -> 95, 100, 105 over max 100 -> 90, 95, 100.
    expect(dodgeLabels([95, 96, 99], { gap: 5, min: 0, max: 100 })).toEqual([90, 95, 100]);
  });

  it('dodgeLabels clamps values to the range', () => {
    expect(dodgeLabels([-20, 200], { gap: 1, min: 0, max: 100 })).toEqual([0, 100]);
  });
});

describe('chartDates', () => {
  it('chartDate is UTC midnight and dayLabel writes it the same in any time zone', () => {
    expect(chartDate('2026-09-16').toISOString()).toBe('2026-09-16T00:00:00.000Z');
    expect(dayLabel('2026-09-01')).toBe('Sep 1');
    expect(monthLabel('2027-01')).toBe('Jan 2027');
  });
});

describe('chanceLabel', () => {
  it('chanceLabel rounds to whole percents; the ends read "under 1%" and "over 99%", even at 0 and 1 trials in a thousand', () => {
    expect([0, 0.0002, 0.0049, 0.005, 0.01, 0.404, 0.9949, 0.995, 0.9999, 1].map((p) => chanceLabel(p))).toEqual(['under 1%', 'under 1%', 'under 1%', '1%', '1%', '40%', '99%', 'over 99%', 'over 99%', 'over 99%']);
    expect(chanceLabel(1, { certain: true })).toBe('100%');
  });
});
